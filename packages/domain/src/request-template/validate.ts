import type { z } from 'zod';

import { ValidationFailed } from '../errors';
import type { FieldError } from '../errors';
import { dateOfBirth } from '../identifiers';
import { compareDates, isPlainDate } from '../plain-date';
import { isAnswered, isPlainObject, readAnswer, sectionAnswersOf } from './answers';
import { evaluateCondition, isFieldRequired, isSectionVisible } from './conditions';
import type { ConditionContext } from './conditions';
import {
  capitalise,
  formatSchemas,
  invalidMessage,
  maxLengthOf,
  parseNumberAnswer,
  requiredMessage,
  tooLongMessage,
} from './field-rules';
import { findSection } from './templates';
import type {
  DateField,
  FieldDefinition,
  GroupField,
  GroupItemAnswers,
  ItemFieldDefinition,
  NumberField,
  RequestAnswers,
  SectionDefinition,
  SectionStatus,
  TemplateContext,
  TemplateDefinition,
} from './types';

function isShown(field: FieldDefinition, answers: RequestAnswers, ctx: ConditionContext): boolean {
  return field.condition === undefined || evaluateCondition(field.condition, answers, ctx);
}

function schemaMessage(field: FieldDefinition, schema: z.ZodType, value: string): string | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  return invalidMessage(field, result.error.issues[0]?.message ?? requiredMessage(field));
}

function dateError(
  field: DateField,
  value: string,
  answers: RequestAnswers,
  ctx: ConditionContext,
): string | undefined {
  if (field.rule === 'dateOfBirth') return schemaMessage(field, dateOfBirth(ctx.today), value);
  if (!isPlainDate(value))
    return invalidMessage(field, `${capitalise(field.errorLabel)} must be a real date`);
  if (field.rule === 'notInFuture' && compareDates(value, ctx.today) > 0) {
    return `${capitalise(field.errorLabel)} must be today or in the past`;
  }
  if (field.notBefore) {
    const other = readAnswer(answers, field.notBefore.field, ctx.item);
    if (typeof other === 'string' && isPlainDate(other) && compareDates(value, other) < 0) {
      return field.notBefore.message;
    }
  }
  return undefined;
}

function numberError(field: NumberField, value: unknown): string | undefined {
  const label = capitalise(field.errorLabel);
  const n = parseNumberAnswer(value);
  if (n === undefined) return invalidMessage(field, `${label} must be a number`);
  if (field.integer && !Number.isInteger(n)) return `${label} must be a whole number`;
  const { min, max } = field;
  const below = min !== undefined && n < min;
  const above = max !== undefined && n > max;
  if (!below && !above) return undefined;
  if (min !== undefined && max !== undefined) return `${label} must be between ${min} and ${max}`;
  return below ? `${label} must be ${min} or more` : `${label} must be ${max} or less`;
}

/** The message for one answered-or-not field, or undefined when it is fine. */
function fieldError(
  field: ItemFieldDefinition,
  value: unknown,
  answers: RequestAnswers,
  ctx: ConditionContext,
): string | undefined {
  const required = isFieldRequired(field, answers, ctx);
  if (!isAnswered(value)) return required ? requiredMessage(field) : undefined;

  switch (field.type) {
    case 'number':
      return numberError(field, value);
    case 'checkboxes': {
      const allowed = new Set(field.options.map((o) => o.value));
      const ok = Array.isArray(value) && value.every((v) => typeof v === 'string' && allowed.has(v));
      return ok ? undefined : invalidMessage(field, requiredMessage(field));
    }
    default:
      break;
  }

  if (typeof value !== 'string') return invalidMessage(field, requiredMessage(field));
  const text = value.trim();

  switch (field.type) {
    case 'text':
    case 'textarea': {
      const max = maxLengthOf(field);
      return text.length > max ? tooLongMessage(field, max) : undefined;
    }
    case 'date':
      return dateError(field, text, answers, ctx);
    case 'select':
    case 'radios':
      return field.options.some((o) => o.value === text)
        ? undefined
        : invalidMessage(field, requiredMessage(field));
    case 'yesNo':
      if (text !== 'yes' && text !== 'no') return invalidMessage(field, requiredMessage(field));
      if (required && field.requiredAnswer && text !== field.requiredAnswer.value)
        return field.requiredAnswer.message;
      return undefined;
    default:
      return schemaMessage(field, formatSchemas[field.type], text);
  }
}

function groupErrors(
  field: GroupField,
  value: unknown,
  path: string,
  answers: RequestAnswers,
  ctx: TemplateContext,
): FieldError[] {
  const items: unknown[] = Array.isArray(value) ? value : [];
  if (items.length === 0) {
    return isFieldRequired(field, answers, ctx) ? [{ field: path, reason: requiredMessage(field) }] : [];
  }
  const errors: FieldError[] = [];
  if (items.length < field.minItems)
    errors.push({ field: path, reason: `Add at least ${field.minItems} ${field.errorLabel}` });
  if (items.length > field.maxItems)
    errors.push({ field: path, reason: `You can add up to ${field.maxItems} ${field.errorLabel}` });
  items.forEach((raw, index) => {
    const item: GroupItemAnswers = isPlainObject(raw) ? (raw as GroupItemAnswers) : {};
    const itemCtx: ConditionContext = { ...ctx, item };
    for (const sub of field.fields) {
      if (!isShown(sub, answers, itemCtx)) continue;
      const reason = fieldError(
        sub,
        Object.hasOwn(item, sub.id) ? item[sub.id] : undefined,
        answers,
        itemCtx,
      );
      if (reason) errors.push({ field: `${path}.${index}.${sub.id}`, reason });
    }
  });
  return errors;
}

function sectionErrors(
  section: SectionDefinition,
  answers: RequestAnswers,
  ctx: TemplateContext,
): FieldError[] {
  if (!isSectionVisible(section, answers, ctx)) return [];
  const sectionAnswers = sectionAnswersOf(answers, section.id);
  const errors: FieldError[] = [];
  for (const field of section.fields) {
    if (!isShown(field, answers, ctx)) continue;
    const path = `${section.id}.${field.id}`;
    const value = Object.hasOwn(sectionAnswers, field.id) ? sectionAnswers[field.id] : undefined;
    if (field.type === 'group') {
      errors.push(...groupErrors(field, value, path, answers, ctx));
    } else {
      const reason = fieldError(field, value, answers, ctx);
      if (reason) errors.push({ field: path, reason });
    }
  }
  return errors;
}

/**
 * Every problem in one section, in page order, with dotted paths (`parents.items.0.name`).
 * Hidden sections and fields are never required. Throws NotFound for a section not in the template.
 */
export function validateSection(
  template: TemplateDefinition,
  sectionId: string,
  answers: RequestAnswers,
  ctx: TemplateContext,
): FieldError[] {
  return sectionErrors(findSection(template, sectionId), answers, ctx);
}

/** Every problem in the whole request, in page order; empty when it can be sent. */
export function validateRequest(
  template: TemplateDefinition,
  answers: RequestAnswers,
  ctx: TemplateContext,
): FieldError[] {
  return template.sections.flatMap((section) => sectionErrors(section, answers, ctx));
}

/** Throws ValidationFailed with every field error unless the request can be sent. */
export function assertRequestValid(
  template: TemplateDefinition,
  answers: RequestAnswers,
  ctx: TemplateContext,
): void {
  const errors = validateRequest(template, answers, ctx);
  if (errors.length > 0) throw new ValidationFailed(errors);
}

export interface SectionProgress {
  sectionId: string;
  title: string;
  status: SectionStatus;
  errorCount: number;
}

function hasAnyAnswer(section: SectionDefinition, answers: RequestAnswers, ctx: TemplateContext): boolean {
  const sectionAnswers = sectionAnswersOf(answers, section.id);
  return section.fields.some(
    (field) =>
      isShown(field, answers, ctx) &&
      Object.hasOwn(sectionAnswers, field.id) &&
      isAnswered(sectionAnswers[field.id]),
  );
}

/**
 * The task list: each section shown for these answers with its status. 'not started' until a shown
 * question is answered, then 'in progress' until it has no errors. Hidden sections are left out.
 */
export function sectionStatus(
  template: TemplateDefinition,
  answers: RequestAnswers,
  ctx: TemplateContext,
): SectionProgress[] {
  return template.sections
    .filter((section) => isSectionVisible(section, answers, ctx))
    .map((section) => {
      const errorCount = sectionErrors(section, answers, ctx).length;
      const status: SectionStatus = !hasAnyAnswer(section, answers, ctx)
        ? 'not started'
        : errorCount === 0
          ? 'complete'
          : 'in progress';
      return { sectionId: section.id, title: section.title, status, errorCount };
    });
}
