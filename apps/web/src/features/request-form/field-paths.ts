import { fieldElementId } from '@casework/domain';
import type { FieldDefinition, GroupField, RequestAnswers, TemplateDefinition } from '@casework/domain';

import { dateErrorFields } from './answer-input';

/**
 * Answer paths are `section.field`, or `section.group.index.field` inside a repeatable group, the
 * same paths the validator reports errors against.
 */
export function fieldAtPath(template: TemplateDefinition, path: string): FieldDefinition | undefined {
  const [sectionId, fieldId, index, itemFieldId, ...rest] = path.split('.');
  if (rest.length > 0) return undefined;
  const field = template.sections.find((s) => s.id === sectionId)?.fields.find((f) => f.id === fieldId);
  if (!field || index === undefined) return field;
  if (field.type !== 'group' || !/^\d+$/.test(index) || itemFieldId === undefined) return undefined;
  return field.fields.find((f) => f.id === itemFieldId);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Own properties only, so a path like `child.constructor` never reads through the prototype.
function ownValue(record: unknown, key: string): unknown {
  if (Array.isArray(record)) return /^\d+$/.test(key) ? (record as unknown[])[Number(key)] : undefined;
  return isRecord(record) && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The answer at any path, including one inside a group item. */
export function answerAtPath(answers: RequestAnswers, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => ownValue(value, key), answers);
}

/** The field an item's focus and error link go to first: its first question that is always shown. */
export function firstItemField(group: GroupField) {
  return group.fields.find((f) => f.condition === undefined) ?? group.fields[0];
}

/**
 * The id of the element an error summary link for `path` should move focus to (`#${id}`):
 * - most fields: `fieldElementId(path)`; for radios, yes/no and checkboxes that is the first option,
 *   whose id is the group's id in @casework/ui;
 * - dates: the first date box with a problem (`-day`, or `-month`/`-year` when the answers show that
 *   is the first empty box of a partly filled date);
 * - a repeatable group (e.g. "Add at least one parent or carer"): the first question of its first
 *   item, which SectionFields always shows while the group is required.
 */
export function errorTargetId(template: TemplateDefinition, path: string, answers?: RequestAnswers): string {
  const id = fieldElementId(path);
  const field = fieldAtPath(template, path);
  if (field?.type === 'date') {
    const [first = 'day'] = answers ? dateErrorFields(answerAtPath(answers, path)) : [];
    return `${id}-${first}`;
  }
  if (field?.type === 'group') {
    const first = firstItemField(field);
    return first ? errorTargetId(template, `${path}.0.${first.id}`, answers) : id;
  }
  return id;
}
