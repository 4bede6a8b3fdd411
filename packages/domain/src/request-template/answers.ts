import type { GroupItemAnswers, RequestAnswers, SectionAnswers } from './types';

/** Paths inside a repeatable group that name a field of the same item start with this. */
export const itemPathPrefix = 'item.';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Own properties only, so a key like `constructor` or `__proto__` never reads through the prototype. */
export function ownValue(record: unknown, key: string): unknown {
  return isPlainObject(record) && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function sectionAnswersOf(answers: RequestAnswers, sectionId: string): SectionAnswers {
  const section = ownValue(answers, sectionId);
  return isPlainObject(section) ? (section as SectionAnswers) : {};
}

/** The answer at `section.field`, or at `item.field` within the given group item. */
export function readAnswer(answers: RequestAnswers, path: string, item?: GroupItemAnswers): unknown {
  if (path.startsWith(itemPathPrefix)) return ownValue(item, path.slice(itemPathPrefix.length));
  const [sectionId, fieldId, ...rest] = path.split('.');
  if (sectionId === undefined || fieldId === undefined || rest.length > 0) return undefined;
  return ownValue(ownValue(answers, sectionId), fieldId);
}

/** Missing, null, blank text and empty lists are all "not answered". */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
