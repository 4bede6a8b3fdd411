import type { ErrorSummaryItem } from '@casework/ui';

import { errorsOf } from '../trpc';

/**
 * Turns a server error into the GOV.UK error summary (each item linking to its field) and the
 * inline message for each field. `fieldIds` maps a field path to its element id where they differ.
 */
export function formErrors(error: unknown, fieldIds: Record<string, string> = {}) {
  const { fieldErrors, message } = errorsOf(error);
  const byField: Record<string, string> = {};
  for (const e of fieldErrors) byField[e.field] ??= e.reason;
  const summary: ErrorSummaryItem[] = fieldErrors.length
    ? fieldErrors.map((e) => ({ href: `#${fieldIds[e.field] ?? e.field}`, text: e.reason }))
    : message
      ? [{ text: message }]
      : [];
  return { summary, byField, hasErrors: summary.length > 0 };
}
