import type { ErrorSummaryItem } from '@casework/ui';

import type { FieldError } from '../trpc';

/** A refused upload: the server's message and, where it named one, the field to fix. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldError[],
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * Posts a multipart form to one of the /files routes. Files carry bytes, so they go by fetch
 * rather than tRPC; the errors come back in the same shape.
 */
export async function uploadFile<T>(url: string, form: FormData): Promise<T> {
  const res = await fetch(url, { method: 'POST', body: form, credentials: 'same-origin' });
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => ({}))) as { error?: string; fieldErrors?: FieldError[] };
  throw new UploadError(
    body.error ?? 'The file could not be uploaded. Try again.',
    body.fieldErrors ?? [],
    res.status,
  );
}

/** The GOV.UK error summary and inline messages for a failed upload, as formErrors gives for tRPC. */
export function uploadErrors(error: unknown, fieldIds: Record<string, string> = {}) {
  const fieldErrors = error instanceof UploadError ? error.fieldErrors : [];
  const byField: Record<string, string> = {};
  for (const e of fieldErrors) byField[e.field] ??= e.reason;
  const summary: ErrorSummaryItem[] = fieldErrors.length
    ? Object.entries(byField).map(([field, reason]) => ({
        href: `#${fieldIds[field] ?? field}`,
        text: reason,
      }))
    : error instanceof Error
      ? [
          {
            text:
              error instanceof UploadError
                ? error.message
                : 'The file could not be uploaded. Check your connection and try again.',
          },
        ]
      : [];
  return { summary, byField, hasErrors: summary.length > 0 };
}
