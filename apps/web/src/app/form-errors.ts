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
  // GOV.UK shows one message per field: the first the server gave ("Enter a date" before "… must be a real date").
  const summary: ErrorSummaryItem[] = fieldErrors.length
    ? Object.entries(byField).map(([field, reason]) => ({
        href: `#${fieldIds[field] ?? field}`,
        text: reason,
      }))
    : message
      ? [{ text: message }]
      : [];
  return { summary, byField, hasErrors: summary.length > 0 };
}
