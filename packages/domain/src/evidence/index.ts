import { z } from 'zod';

import { isPlainDate, londonDateOf } from '../plain-date';
import { attachmentTypes } from '../request-template';

/** Limits on evidence files (national template section 10). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_REQUEST_ATTACHMENTS_BYTES = 50 * 1024 * 1024;

/** The file types accepted, recognised by their content (magic bytes), never by name or the browser's claim. */
export const acceptedEvidenceTypes = {
  pdf: { mime: 'application/pdf', label: 'PDF' },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word (DOCX)',
  },
  jpg: { mime: 'image/jpeg', label: 'JPEG' },
  png: { mime: 'image/png', label: 'PNG' },
} as const;
export type EvidenceExtension = keyof typeof acceptedEvidenceTypes;

export function isAcceptedEvidenceExtension(ext: string | undefined): ext is EvidenceExtension {
  return !!ext && Object.hasOwn(acceptedEvidenceTypes, ext);
}

export const evidenceTypeRefusal = 'The selected file must be a PDF, Word document (DOCX), JPEG or PNG';
export const evidenceTooLarge = 'The selected file must be smaller than 20MB';
export const evidenceEmpty = 'The selected file is empty';
export const evidenceTotalTooLarge =
  'The files for one request must add up to 50MB or less. Remove a file you do not need, or make the file smaller';

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)}KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)}MB`;
}

/** What the uploader tells us about a file, checked by the server whatever the page sent. */
export function evidenceDetails(now: Date) {
  const today = londonDateOf(now);
  return z.object({
    attachmentType: z.enum(
      attachmentTypes.map((t) => t.value) as [string, ...string[]],
      'Select what kind of document this is',
    ),
    documentDate: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || isPlainDate(v), 'The date of the document must be a real date')
      .refine((v) => v === undefined || v <= today, 'The date of the document must be today or in the past')
      .transform((v) => v),
    description: z.string().trim().max(200, 'The description must be 200 characters or fewer').optional(),
  });
}

/**
 * A filename fit to show and to offer on download: no folders, no control characters, no
 * characters that break a header, at most 120 characters, and the extension we detected.
 */
export function cleanFileName(name: string, ext: EvidenceExtension): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}"<>|:*?]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const stem = (base || 'document').slice(0, 110);
  return `${stem}.${ext}`;
}

/** RFC 6266 Content-Disposition: an ASCII fallback and the exact name in UTF-8. */
export function contentDispositionFor(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_');
  // RFC 5987 also reserves ' ( ) *, which encodeURIComponent leaves alone.
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
