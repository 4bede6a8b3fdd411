import { ageOn, isPlainDate } from '../plain-date';
import { readAnswer } from './answers';
import { yearGroupRank } from './reference-data';
import type {
  Condition,
  FieldDefinition,
  GroupField,
  GroupItemAnswers,
  ItemFieldDefinition,
  RequestAnswers,
  SectionDefinition,
  TemplateContext,
} from './types';

/** Where `ageAtLeast` and `yearGroupAtLeast` read the child's details in every template version. */
export const childDateOfBirthPath = 'child.dateOfBirth';
export const childYearGroupPath = 'child.yearGroup';

export interface ConditionContext extends TemplateContext {
  /** The group item being evaluated, for `item.` paths. */
  item?: GroupItemAnswers;
}

export function evaluateCondition(
  condition: Condition,
  answers: RequestAnswers,
  ctx: ConditionContext,
): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers, ctx));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers, ctx));
  if ('not' in condition) return !evaluateCondition(condition.not, answers, ctx);
  if ('ageAtLeast' in condition) {
    const dob = readAnswer(answers, childDateOfBirthPath);
    return typeof dob === 'string' && isPlainDate(dob) && ageOn(dob, ctx.today) >= condition.ageAtLeast;
  }
  if ('yearGroupAtLeast' in condition) {
    const rank = yearGroupRank(readAnswer(answers, childYearGroupPath));
    return rank !== undefined && rank >= condition.yearGroupAtLeast;
  }
  const value = readAnswer(answers, condition.field, ctx.item);
  if ('equals' in condition) return value === condition.equals;
  if ('in' in condition) return typeof value === 'string' && condition.in.includes(value);
  return Array.isArray(value) && value.includes(condition.includes);
}

export function isSectionVisible(
  section: SectionDefinition,
  answers: RequestAnswers,
  ctx: TemplateContext,
): boolean {
  return section.condition === undefined || evaluateCondition(section.condition, answers, ctx);
}

function isShown(field: FieldDefinition, answers: RequestAnswers, ctx: ConditionContext): boolean {
  return field.condition === undefined || evaluateCondition(field.condition, answers, ctx);
}

/** The section's fields shown for these answers; none when the section itself is hidden. */
export function visibleFields(
  section: SectionDefinition,
  answers: RequestAnswers,
  ctx: TemplateContext,
): FieldDefinition[] {
  if (!isSectionVisible(section, answers, ctx)) return [];
  return section.fields.filter((field) => isShown(field, answers, ctx));
}

/** The fields of one group item shown for that item's answers. */
export function visibleItemFields(
  group: GroupField,
  item: GroupItemAnswers,
  answers: RequestAnswers,
  ctx: TemplateContext,
): ItemFieldDefinition[] {
  return group.fields.filter((field) => isShown(field, answers, { ...ctx, item }));
}

/** Whether a shown field must be answered (the renderer adds "(optional)" to the others). */
export function isFieldRequired(
  field: FieldDefinition,
  answers: RequestAnswers,
  ctx: ConditionContext,
): boolean {
  return typeof field.required === 'boolean'
    ? field.required
    : evaluateCondition(field.required, answers, ctx);
}
