import {
  isValidNhsNumber,
  isValidPostcode,
  isValidUpn,
  normaliseNhsNumber,
  normalisePostcode,
  normaliseUpn,
} from '../identifiers';
import { isAnswered, isPlainObject, ownValue } from './answers';
import { evaluateCondition, isSectionVisible } from './conditions';
import { maxLengthOf, parseNumberAnswer, truncate } from './field-rules';
import type {
  AnswerValue,
  FieldDefinition,
  GroupItemAnswers,
  ItemAnswerValue,
  ItemFieldDefinition,
  RequestAnswers,
  SectionAnswers,
  TemplateContext,
  TemplateDefinition,
} from './types';

/** Drops C0 control characters and DEL, keeping tab and line feed. */
function withoutControlCharacters(text: string): string {
  let kept = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f) continue;
    kept += ch;
  }
  return kept;
}

function cleanText(value: unknown, multiline: boolean, max: number): string | undefined {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else return undefined;
  text = withoutControlCharacters(text.replace(/\r\n?/g, '\n'));
  if (!multiline) text = text.replace(/\s+/g, ' ');
  text = truncate(text.trim(), max).trim();
  return text === '' ? undefined : text;
}

function sanitiseValue(field: ItemFieldDefinition, value: unknown): ItemAnswerValue | undefined {
  const max = maxLengthOf(field);
  switch (field.type) {
    case 'select':
    case 'radios':
      return typeof value === 'string' && field.options.some((o) => o.value === value) ? value : undefined;
    case 'yesNo':
      return value === 'yes' || value === 'no' ? value : undefined;
    case 'checkboxes': {
      const list: unknown[] = Array.isArray(value) ? value : [value];
      const picked = field.options.map((o) => o.value).filter((v) => list.includes(v));
      return picked.length > 0 ? picked : undefined;
    }
    case 'number': {
      const n = parseNumberAnswer(value);
      // Text that is not a number is kept (cut short) so the person can see and correct it.
      return n !== undefined ? n : cleanText(value, false, max);
    }
    case 'textarea':
      return cleanText(value, true, max);
    case 'upn': {
      const text = cleanText(value, false, max);
      return text !== undefined && isValidUpn(text) ? normaliseUpn(text) : text;
    }
    case 'nhsNumber': {
      const text = cleanText(value, false, max);
      return text !== undefined && isValidNhsNumber(text) ? normaliseNhsNumber(text) : text;
    }
    case 'postcode': {
      const text = cleanText(value, false, max);
      return text !== undefined && isValidPostcode(text) ? normalisePostcode(text) : text;
    }
    default:
      return cleanText(value, false, max);
  }
}

function sanitiseItem(fields: ItemFieldDefinition[], raw: Record<string, unknown>): GroupItemAnswers {
  const item: GroupItemAnswers = {};
  for (const field of fields) {
    const value = sanitiseValue(field, ownValue(raw, field.id));
    if (value !== undefined) item[field.id] = value;
  }
  return item;
}

function sanitiseField(field: FieldDefinition, value: unknown): AnswerValue | undefined {
  if (field.type !== 'group') return sanitiseValue(field, value);
  if (!Array.isArray(value)) return undefined;
  const items = value
    .filter(isPlainObject)
    .slice(0, field.maxItems)
    .map((raw) => sanitiseItem(field.fields, raw));
  return items.length > 0 ? items : undefined;
}

/**
 * Answers as the template allows them, from anything a client sent: unknown sections, fields and
 * options dropped; text trimmed, stripped of control characters, cut to its maxLength, and on one
 * line with single spaces unless it is a long answer; numbers as numbers; groups cut to maxItems;
 * valid identifiers in their normal form. Never throws.
 * Keeps answers to hidden questions (the person may show them again); see `withoutHiddenAnswers`.
 */
export function sanitiseAnswers(template: TemplateDefinition, answers: unknown): RequestAnswers {
  const clean: RequestAnswers = {};
  for (const section of template.sections) {
    const raw = ownValue(answers, section.id);
    if (!isPlainObject(raw)) continue;
    const sectionAnswers: SectionAnswers = {};
    for (const field of section.fields) {
      const value = sanitiseField(field, ownValue(raw, field.id));
      if (value !== undefined) sectionAnswers[field.id] = value;
    }
    if (Object.keys(sectionAnswers).length > 0) clean[section.id] = sectionAnswers;
  }
  return clean;
}

/**
 * The answers a sent request keeps: those to questions shown for these answers. Answers to hidden
 * questions (a social worker named before "looked after" was changed to no) are not the LA's to hold.
 */
export function withoutHiddenAnswers(
  template: TemplateDefinition,
  answers: RequestAnswers,
  ctx: TemplateContext,
): RequestAnswers {
  const kept: RequestAnswers = {};
  for (const section of template.sections) {
    if (!isSectionVisible(section, answers, ctx)) continue;
    const sectionAnswers: SectionAnswers = {};
    for (const field of section.fields) {
      if (field.condition && !evaluateCondition(field.condition, answers, ctx)) continue;
      const value = ownValue(ownValue(answers, section.id), field.id) as AnswerValue | undefined;
      if (!isAnswered(value) || value === undefined) continue;
      if (field.type === 'group' && Array.isArray(value)) {
        sectionAnswers[field.id] = value.filter(isPlainObject).map((raw) => {
          const item = raw as GroupItemAnswers;
          const shown: GroupItemAnswers = {};
          for (const sub of field.fields) {
            if (sub.condition && !evaluateCondition(sub.condition, answers, { ...ctx, item })) continue;
            const v = ownValue(item, sub.id) as ItemAnswerValue | undefined;
            if (v !== undefined && isAnswered(v)) shown[sub.id] = v;
          }
          return shown;
        });
      } else {
        sectionAnswers[field.id] = value;
      }
    }
    if (Object.keys(sectionAnswers).length > 0) kept[section.id] = sectionAnswers;
  }
  return kept;
}
