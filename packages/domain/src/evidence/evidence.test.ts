import { describe, expect, it } from 'vitest';

import {
  cleanFileName,
  contentDispositionFor,
  evidenceDetails,
  formatFileSize,
  isAcceptedEvidenceExtension,
} from './index';

describe('evidence files', () => {
  it.each([
    ['report.pdf', 'pdf', 'report.pdf'],
    ['C:\\Users\\sam\\EP report.PDF', 'pdf', 'EP report.pdf'],
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['photo.exe', 'png', 'photo.png'],
    ['"quoted";name.docx', 'docx', 'quoted;name.docx'],
    ['\u0000\u202e.pdf', 'pdf', 'document.pdf'],
  ] as const)('cleans %j into %j', (name, ext, expected) => {
    expect(cleanFileName(name, ext)).toBe(expected);
  });

  it('keeps long names to a readable length', () => {
    expect(cleanFileName(`${'a'.repeat(300)}.pdf`, 'pdf')).toHaveLength(114);
  });

  it('offers an ASCII fallback and the exact UTF-8 name on download', () => {
    expect(contentDispositionFor('Zoë’s report.pdf')).toBe(
      `attachment; filename="Zo__s report.pdf"; filename*=UTF-8''Zo%C3%AB%E2%80%99s%20report.pdf`,
    );
  });

  it('accepts only PDF, DOCX, JPEG and PNG', () => {
    expect(['pdf', 'docx', 'jpg', 'png'].every(isAcceptedEvidenceExtension)).toBe(true);
    expect(['exe', 'zip', 'gif', 'doc', undefined].some(isAcceptedEvidenceExtension)).toBe(false);
  });

  it('refuses a document dated in the future, in London time', () => {
    const schema = evidenceDetails(new Date('2026-06-30T23:30:00Z')); // 1 July in London
    expect(schema.safeParse({ attachmentType: 'report', documentDate: '2026-07-01' }).success).toBe(true);
    const late = schema.safeParse({ attachmentType: 'report', documentDate: '2026-07-02' });
    expect(late.error?.issues[0]?.message).toBe('The date of the document must be today or in the past');
    expect(
      schema.safeParse({ attachmentType: 'report', documentDate: '2026-02-30' }).error?.issues[0]?.message,
    ).toBe('The date of the document must be a real date');
    expect(schema.safeParse({ attachmentType: 'spreadsheet' }).error?.issues[0]?.message).toBe(
      'Select what kind of document this is',
    );
  });

  it('shows sizes as people read them', () => {
    expect([formatFileSize(900), formatFileSize(2048), formatFileSize(5 * 1024 * 1024)]).toEqual([
      '900 bytes',
      '2KB',
      '5.0MB',
    ]);
  });
});
