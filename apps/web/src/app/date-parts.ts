import { londonDateOf } from '@casework/domain';
import type { DateInputValue } from '@casework/ui';

import { dateAnswerFromParts, datePartsFromAnswer } from '../features/request-form';

export const emptyDate: DateInputValue = { day: '', month: '', year: '' };

/**
 * What the three date boxes send to the server: `YYYY-MM-DD` once all are filled (real or not, so
 * the server can say what is wrong), the parts as typed while some are empty, '' when all are.
 */
export function dateFromParts(parts: DateInputValue): string {
  return dateAnswerFromParts(parts) ?? '';
}

/** Like dateFromParts, but undefined when nothing was typed, for optional dates. */
export function optionalDateFromParts(parts: DateInputValue): string | undefined {
  return dateAnswerFromParts(parts);
}

export function partsFromDate(value: string | null | undefined): DateInputValue {
  return datePartsFromAnswer(value ?? '');
}

/** Today in England, as three date boxes: most things a caseworker records happened today. */
export function todayParts(now = new Date()): DateInputValue {
  return partsFromDate(londonDateOf(now));
}
