import { formatLongDate, isAnswered, isPlainDate, parseNumberAnswer } from '@casework/domain';
import type { ItemFieldDefinition, NumberField } from '@casework/domain';

import { checkboxValues, datePartsFromAnswer } from './answer-input';

export interface LocalAuthorityOption {
  /** The 3-digit DfE local authority number, as stored in answers. */
  code: string;
  name: string;
  /** Whether the LA uses Casework; the form labels the others. */
  isOnboarded: boolean;
}

export interface FormatAnswerContext {
  localAuthorities: readonly LocalAuthorityOption[];
  /** The school's name for a URN, when known. */
  describeSchool?: ((urn: string) => string | undefined) | undefined;
  /** Whether the question had to be answered: an empty answer reads "Not answered", otherwise "Not provided". */
  isRequired: boolean;
}

/** An answer as people read it; `list` is for ticked checkboxes, `missing` for no answer. */
export type FormattedAnswer =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'missing'; text: 'Not answered' | 'Not provided' };

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 10 });

function text(value: string): FormattedAnswer {
  return { kind: 'text', text: value };
}

function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return Array.isArray(value) ? value.map(plainText).join(', ') : '';
}

/** "£1,140", "91.5%", "1.5 hours"; text that is not a number is shown as it was typed. */
export function formatNumber(field: Pick<NumberField, 'prefix' | 'suffix'>, value: unknown): string {
  const n = parseNumberAnswer(value);
  if (n === undefined) return plainText(value);
  const suffix = field.suffix ? (/^[A-Za-z]/.test(field.suffix) ? ` ${field.suffix}` : field.suffix) : '';
  return `${n < 0 ? '-' : ''}${field.prefix ?? ''}${numberFormat.format(Math.abs(n))}${suffix}`;
}

/** "7 March 2027"; an incomplete or impossible date is shown part by part, saying so. */
export function formatDate(value: unknown): string {
  const stored = plainText(value).trim();
  if (isPlainDate(stored)) return formatLongDate(stored);
  const parts = datePartsFromAnswer(stored);
  const named = (['day', 'month', 'year'] as const)
    .filter((part) => parts[part] !== '')
    .map((part) => `${part} ${parts[part]}`)
    .join(', ');
  const isComplete = parts.day !== '' && parts.month !== '' && parts.year !== '';
  return `${isComplete ? 'Not a real date' : 'Incomplete date'}: ${named}`;
}

/** NHS numbers are read in groups of 3, 3 and 4 digits. */
function formatNhsNumber(value: string): string {
  const digits = value.replace(/\s/g, '');
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value;
}

export function localAuthorityName(
  localAuthorities: readonly LocalAuthorityOption[],
  code: string,
): string | undefined {
  return localAuthorities.find((la) => la.code === code)?.name;
}

/**
 * A stored answer as people should read it on check-answers and read-only pages: dates in full,
 * options by their labels, yes/no as Yes/No, local authorities by name, schools by name and URN,
 * numbers with their prefix and suffix, ticked options as a list.
 */
export function formatAnswer(
  field: ItemFieldDefinition,
  value: unknown,
  ctx: FormatAnswerContext,
): FormattedAnswer {
  if (!isAnswered(value)) return { kind: 'missing', text: ctx.isRequired ? 'Not answered' : 'Not provided' };

  switch (field.type) {
    case 'date':
      return text(formatDate(value));
    case 'number':
      return text(formatNumber(field, value));
    case 'select':
    case 'radios': {
      const answer = plainText(value);
      return text(field.options.find((o) => o.value === answer)?.label ?? answer);
    }
    case 'checkboxes': {
      const ticked = checkboxValues(value);
      const known = field.options.filter((o) => ticked.includes(o.value)).map((o) => o.label);
      const unknown = ticked.filter((v) => !field.options.some((o) => o.value === v));
      return { kind: 'list', items: [...known, ...unknown] };
    }
    case 'yesNo': {
      const answer = plainText(value);
      return text(answer === 'yes' ? 'Yes' : answer === 'no' ? 'No' : answer);
    }
    case 'laCode': {
      const code = plainText(value).trim();
      return text(localAuthorityName(ctx.localAuthorities, code) ?? `Local authority ${code}`);
    }
    case 'schoolUrn': {
      const urn = plainText(value).trim();
      const name = ctx.describeSchool?.(urn);
      return text(name ? `${name} (URN ${urn})` : `URN ${urn}`);
    }
    case 'nhsNumber':
      return text(formatNhsNumber(plainText(value)));
    default:
      return text(plainText(value));
  }
}

/** The same as one line of plain text, for places that cannot show a list. */
export function formatAnswerText(
  field: ItemFieldDefinition,
  value: unknown,
  ctx: FormatAnswerContext,
): string {
  const answer = formatAnswer(field, value, ctx);
  return answer.kind === 'list' ? answer.items.join(', ') : answer.text;
}
