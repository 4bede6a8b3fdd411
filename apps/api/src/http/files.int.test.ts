import { createHash, randomUUID } from 'node:crypto';

import { auditEvent, requestAttachment } from '@casework/db';
import {
  addDays,
  evidenceEmpty,
  evidenceTooLarge,
  evidenceTotalTooLarge,
  evidenceTypeRefusal,
  londonDateOf,
} from '@casework/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  TEST_ORIGIN,
  createTestWorld,
  makeUser,
  mutate,
  query,
  signIn,
  type TestWorld,
} from '../testing/harness';
import {
  completeAnswers,
  dataOf,
  requestKit,
  uploadFile,
  type RequestDetail as Detail,
  type RequestKit,
} from '../testing/requests';

interface UploadReply {
  id?: string;
  fileName?: string;
  error?: string;
  fieldErrors?: { field: string; reason: string }[];
}

let world: TestWorld;
let kit: RequestKit;
beforeAll(async () => {
  world = await createTestWorld();
  kit = requestKit(world);
});
afterAll(() => world.close());

const MB = 1024 * 1024;
const encode = (text: string) => new TextEncoder().encode(text);
const pdf = (note = 'evidence') =>
  encode(`%PDF-1.4\n% ${note}\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`);
// The 8-byte PNG signature and an IHDR chunk (1 x 1 pixel) are enough to be recognised.
const png = () =>
  Uint8Array.from([
    137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 144,
    119, 83, 222,
  ]);
const jpeg = () =>
  Uint8Array.from([255, 216, 255, 224, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 255, 217]);
const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
function pdfOfSize(bytes: number) {
  const file = new Uint8Array(bytes);
  file.set(pdf());
  return file;
}

async function makeDraft() {
  const s = await kit.makeSchoolWithSenco();
  return { ...s, requestId: await kit.startDraft(s.cookie) };
}

async function send(s: Awaited<ReturnType<typeof makeDraft>>) {
  await kit.fillIn(s.cookie, s.requestId, completeAnswers(kit.today(), s.la.dfeCode, s.school.urn));
  dataOf(await kit.submit(s.cookie, s.requestId));
}

async function upload(
  cookie: string,
  requestId: string,
  file: { bytes: Uint8Array<ArrayBuffer>; name: string; type?: string } | null,
  fields: Record<string, string> = { attachmentType: 'report' },
  origin = TEST_ORIGIN,
) {
  const chosen = file && new File([file.bytes], file.name, { type: file.type ?? 'application/octet-stream' });
  const res = await uploadFile(world, cookie, requestId, chosen, fields, origin);
  return { status: res.status, body: (await res.json()) as UploadReply };
}

const download = (cookie: string, attachmentId: string) =>
  world.app.request(`/files/attachments/${attachmentId}`, { headers: { cookie } });
const attachmentsOf = (requestId: string) =>
  world.db.select().from(requestAttachment).where(eq(requestAttachment.requestId, requestId));

describe('uploading evidence', () => {
  const accepted = [
    { kind: 'a PDF', bytes: pdf(), name: 'EP report.pdf', contentType: 'application/pdf' },
    { kind: 'a PNG', bytes: png(), name: 'drawing.png', contentType: 'image/png' },
    { kind: 'a JPEG', bytes: jpeg(), name: 'photo.jpg', contentType: 'image/jpeg' },
  ];
  for (const { kind, bytes, name, contentType } of accepted)
    it(`accepts ${kind}, recognised by its content`, async () => {
      const s = await makeDraft();

      const res = await upload(
        s.cookie,
        s.requestId,
        { bytes, name },
        { attachmentType: 'report', documentDate: '2026-10-01', description: 'From the EP' },
      );

      expect(res.status).toBe(201);
      expect(res.body).toEqual({ id: expect.any(String), fileName: name });
      expect(await attachmentsOf(s.requestId)).toEqual([
        expect.objectContaining({
          id: res.body.id,
          contentType,
          sizeBytes: bytes.byteLength,
          attachmentType: 'report',
          documentDate: '2026-10-01',
          description: 'From the EP',
          scanStatus: 'clean',
          uploadedBy: s.senco.id,
        }),
      ]);
      const detail = dataOf(
        await query<Detail>(world.app, 'requests.byId', { requestId: s.requestId }, s.cookie),
      );
      expect(detail.attachments).toEqual([
        expect.objectContaining({ id: res.body.id, fileName: name, contentType }),
      ]);
    });

  it('stores the file under a generated name and keeps the cleaned filename only as data', async () => {
    const s = await makeDraft();
    const bytes = pdf();

    const res = await upload(s.cookie, s.requestId, { bytes, name: '..\\..\\windows\\Report <final>|?.pdf' });

    expect(res.status).toBe(201);
    const [row] = await attachmentsOf(s.requestId);
    expect(row?.fileName).toBe('Report final.pdf');
    expect(row?.storageKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(row?.storageKey).not.toContain('Report');
    expect(row?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(new Uint8Array(await world.deps.storage.get(row?.storageKey ?? ''))).toEqual(bytes);
  });

  it('names and serves a file by its real type, whatever its name or the browser claimed', async () => {
    const s = await makeDraft();

    const res = await upload(s.cookie, s.requestId, {
      bytes: png(),
      name: 'scan.pdf',
      type: 'application/pdf',
    });

    expect(res.body.fileName).toBe('scan.png');
    const [row] = await attachmentsOf(s.requestId);
    expect(row).toMatchObject({ fileName: 'scan.png', contentType: 'image/png' });
  });

  const refused = [
    {
      kind: 'a text file named .pdf',
      bytes: encode('Dear SENCO, this is not really a PDF.'),
      name: 'report.pdf',
      reason: evidenceTypeRefusal,
    },
    {
      kind: 'an HTML page named .png',
      bytes: encode('<html><script>alert(1)</script></html>'),
      name: 'x.png',
      reason: evidenceTypeRefusal,
    },
    { kind: 'an empty file', bytes: new Uint8Array(0), name: 'report.pdf', reason: evidenceEmpty },
    { kind: 'a file over 20MB', bytes: pdfOfSize(20 * MB + 1), name: 'big.pdf', reason: evidenceTooLarge },
    {
      kind: 'a file carrying a virus signature',
      bytes: encode(`%PDF-1.4\n${EICAR}\n%%EOF\n`),
      name: 'report.pdf',
      reason: 'The selected file contains a virus. Do not open it: tell your IT support',
    },
  ];
  for (const { kind, bytes, name, reason } of refused)
    it(`refuses ${kind} with an error on the file, and stores nothing`, async () => {
      const s = await makeDraft();

      const res = await upload(s.cookie, s.requestId, { bytes, name, type: 'application/pdf' });

      expect(res.status).toBe(400);
      expect(res.body.fieldErrors).toEqual([{ field: 'file', reason }]);
      expect(await attachmentsOf(s.requestId)).toEqual([]);
    });

  it('refuses an upload with no file chosen', async () => {
    const s = await makeDraft();

    const res = await upload(s.cookie, s.requestId, null);

    expect(res.status).toBe(400);
    expect(res.body.fieldErrors).toEqual([{ field: 'file', reason: 'Select a file' }]);
  });

  it('refuses a body far over 20MB before reading it all', async () => {
    const s = await makeDraft();

    const res = await upload(s.cookie, s.requestId, { bytes: pdfOfSize(21 * MB), name: 'huge.pdf' });

    expect(res.status).toBe(413);
    expect(res.body.fieldErrors).toEqual([{ field: 'file', reason: evidenceTooLarge }]);
    expect(await attachmentsOf(s.requestId)).toEqual([]);
  });

  it('refuses a file that would take the request’s files over 50MB in total', async () => {
    const s = await makeDraft();
    for (const name of ['one.pdf', 'two.pdf'])
      expect((await upload(s.cookie, s.requestId, { bytes: pdfOfSize(18 * MB), name })).status).toBe(201);

    const res = await upload(s.cookie, s.requestId, { bytes: pdfOfSize(18 * MB), name: 'three.pdf' });

    expect(res.status).toBe(400);
    expect(res.body.fieldErrors).toEqual([{ field: 'file', reason: evidenceTotalTooLarge }]);
    expect((await attachmentsOf(s.requestId)).map((a) => a.fileName).sort()).toEqual(['one.pdf', 'two.pdf']);
  });

  it('refuses an unknown kind of document and a document date that is in the future or not a date', async () => {
    const s = await makeDraft();

    const future = await upload(
      s.cookie,
      s.requestId,
      { bytes: pdf(), name: 'a.pdf' },
      { attachmentType: 'selfie', documentDate: addDays(londonDateOf(world.clock.now()), 1) },
    );
    const unreal = await upload(
      s.cookie,
      s.requestId,
      { bytes: pdf(), name: 'a.pdf' },
      { attachmentType: 'letter', documentDate: '2026-02-30' },
    );

    expect(future.status).toBe(400);
    expect(future.body.fieldErrors).toEqual([
      { field: 'attachmentType', reason: 'Select what kind of document this is' },
      { field: 'documentDate', reason: 'The date of the document must be today or in the past' },
    ]);
    expect(unreal.body.fieldErrors).toEqual([
      { field: 'documentDate', reason: 'The date of the document must be a real date' },
    ]);
    expect(await attachmentsOf(s.requestId)).toEqual([]);
  });

  it('refuses uploads once the request has been sent', async () => {
    const s = await makeDraft();
    await send(s);

    const res = await upload(s.cookie, s.requestId, { bytes: pdf(), name: 'late.pdf' });

    expect(res.status).toBe(409);
    expect(res.body.error).toBe('This request has been sent, so files can no longer be added to it');
    expect(await attachmentsOf(s.requestId)).toEqual([]);
  });

  it('refuses uploads from a teacher, a SENCO at another school, another origin and someone not signed in', async () => {
    const s = await makeDraft();
    const teacher = await makeUser(world.db, [{ schoolUrn: s.school.urn, role: 'teacher' }]);
    const stranger = await makeDraft();
    const file = { bytes: pdf(), name: 'a.pdf' };

    const results = [
      await upload(await signIn(world.app, teacher), s.requestId, file),
      await upload(stranger.cookie, s.requestId, file),
      await upload(s.cookie, s.requestId, file, { attachmentType: 'report' }, 'https://evil.example'),
      await upload('', s.requestId, file),
    ];

    expect(results.map((r) => r.status)).toEqual([403, 404, 403, 401]);
    expect(await attachmentsOf(s.requestId)).toEqual([]);
  });
});

describe('downloading evidence', () => {
  it('sends the exact bytes as an attachment with a safe filename, the right type and nosniff, and audits it', async () => {
    const s = await makeDraft();
    const bytes = pdf('exact bytes');
    const id =
      (await upload(s.cookie, s.requestId, { bytes, name: 'Ava’s “EP” report; final.pdf' })).body.id ?? '';

    const res = await download(s.cookie, id);

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Ava_s _EP_ report_ final.pdf"; filename*=UTF-8''Ava%E2%80%99s%20%E2%80%9CEP%E2%80%9D%20report%3B%20final.pdf`,
    );
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
    const audits = await world.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'attachment.download'), eq(auditEvent.userId, s.senco.id)));
    expect(audits).toEqual([
      expect.objectContaining({
        recordId: s.requestId,
        schoolUrn: s.school.urn,
        detail: { attachmentId: id },
      }),
    ]);
  });

  it('offers a name with an apostrophe, like O’Brien, in a header value browsers can parse (RFC 5987)', async () => {
    const s = await makeDraft();
    const id =
      (await upload(s.cookie, s.requestId, { bytes: pdf(), name: "Liam O'Brien (EP).pdf" })).body.id ?? '';

    const res = await download(s.cookie, id);

    const extended = /filename\*=UTF-8''(.*)$/.exec(res.headers.get('content-disposition') ?? '')?.[1];
    expect(extended).toBe('Liam%20O%27Brien%20%28EP%29.pdf');
  });

  it('lets the receiving LA download the evidence once the request is sent', async () => {
    const s = await makeDraft();
    const caseworker = await makeUser(world.db, [{ laId: s.la.id, role: 'caseworker' }]);
    const bytes = png();
    const id = (await upload(s.cookie, s.requestId, { bytes, name: 'drawing.png' })).body.id ?? '';
    await send(s);

    const res = await download(await signIn(world.app, caseworker), id);

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
  });

  it('hides a removed file from the request and from download', async () => {
    const s = await makeDraft();
    const id = (await upload(s.cookie, s.requestId, { bytes: pdf(), name: 'wrong child.pdf' })).body.id ?? '';

    const res = await mutate(
      world.app,
      'requests.removeAttachment',
      { requestId: s.requestId, attachmentId: id },
      s.cookie,
    );

    expect(res.status).toBe(200);
    expect(
      dataOf(await query<Detail>(world.app, 'requests.byId', { requestId: s.requestId }, s.cookie))
        .attachments,
    ).toEqual([]);
    expect((await download(s.cookie, id)).status).toBe(404);
    expect((await attachmentsOf(s.requestId))[0]?.removedAt).toEqual(world.clock.now());
    const again = await mutate(
      world.app,
      'requests.removeAttachment',
      { requestId: s.requestId, attachmentId: id },
      s.cookie,
    );
    expect(again.status).toBe(404);
  });

  it('answers 404 for an id that is not a file id, and 401 to someone not signed in', async () => {
    const s = await makeDraft();
    const id = (await upload(s.cookie, s.requestId, { bytes: pdf(), name: 'a.pdf' })).body.id ?? '';

    expect((await download(s.cookie, '../../etc/passwd')).status).toBe(404);
    expect((await download(s.cookie, randomUUID())).status).toBe(404);
    expect((await world.app.request(`/files/attachments/${id}`)).status).toBe(401);
  });
});
