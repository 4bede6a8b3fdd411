import { randomUUID } from 'node:crypto';

import { assessmentRequest, requestSnapshot, withTenant } from '@casework/db';
import { exampleCompleteRequestAnswers, londonDateOf, type RequestAnswers } from '@casework/domain';
import type { inferRouterOutputs } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import {
  TEST_ORIGIN,
  TestClock,
  createTestWorld,
  makeLa,
  makeSchool,
  makeUser,
  mutate,
  query,
  signIn,
  type CallResult,
  type TestWorld,
} from '../testing/harness';
import type { AppRouter } from './index';

type Outputs = inferRouterOutputs<AppRouter>;
type Detail = Outputs['requests']['byId'];
type LaDetail = Outputs['casework']['caseById'];
type Submitted = Outputs['requests']['submit'];

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(() => world.close());
// Each test starts at the harness's default instant; a test that needs another date sets it.
beforeEach(() => {
  world.clock.current = new TestClock().current;
});

const today = () => londonDateOf(world.clock.now());

function dataOf<T>(res: CallResult<T>): T {
  if (res.status !== 200 || !res.body.result)
    throw new Error(`expected success, got ${res.status}: ${JSON.stringify(res.body.error)}`);
  return res.body.result.data;
}

async function makeSchoolWithSenco() {
  const la = await makeLa(world.db);
  const school = await makeSchool(world.db, la.dfeCode);
  const senco = await makeUser(world.db, [{ schoolUrn: school.urn, role: 'senco' }]);
  return { la, school, senco, cookie: await signIn(world.app, senco) };
}

async function makeCaseworker(laId: string) {
  const caseworker = await makeUser(world.db, [{ laId, role: 'caseworker' }]);
  return signIn(world.app, caseworker);
}

async function startDraft(cookie: string, input: { laCode?: string } = {}) {
  return dataOf(await mutate<{ id: string }>(world.app, 'requests.start', input, cookie)).id;
}

function save(cookie: string, requestId: string, sectionId: string, answers: unknown, baseVersion = 0) {
  return mutate<{ version: number; answers: Record<string, unknown> }>(
    world.app,
    'requests.saveSection',
    { requestId, sectionId, baseVersion, answers },
    cookie,
  );
}

function completeAnswers(laCode: string, urn: string): RequestAnswers {
  const answers = exampleCompleteRequestAnswers(today());
  return { ...answers, child: { ...answers.child, homeLa: laCode, currentSetting: urn } };
}

/** Saves every section of a fresh draft, as the SENCO working through the task list. */
async function fillIn(cookie: string, requestId: string, answers: RequestAnswers) {
  for (const [sectionId, section] of Object.entries(answers))
    dataOf(await save(cookie, requestId, sectionId, section));
}

async function completeDraft(s: { la: { dfeCode: string }; school: { urn: string }; cookie: string }) {
  const id = await startDraft(s.cookie);
  await fillIn(s.cookie, id, completeAnswers(s.la.dfeCode, s.school.urn));
  return id;
}

const submit = (cookie: string, requestId: string, submissionKey: string = randomUUID()) =>
  mutate<Submitted>(world.app, 'requests.submit', { requestId, submissionKey }, cookie);
const byId = (cookie: string, requestId: string) =>
  query<Detail>(world.app, 'requests.byId', { requestId }, cookie);

async function requestRow(id: string) {
  const [row] = await world.db.select().from(assessmentRequest).where(eq(assessmentRequest.id, id));
  if (!row) throw new Error('request not found');
  return row;
}

describe('sending a request', () => {
  it('gives a reference and today’s date, keeps a snapshot, and shows it to the receiving LA', async () => {
    const s = await makeSchoolWithSenco();
    const caseworker = await makeCaseworker(s.la.id);
    const id = await completeDraft(s);
    const key = randomUUID();

    const res = await submit(s.cookie, id, key);

    expect(res.status).toBe(200);
    const reference = `${s.la.dfeCode}-${today().slice(0, 4)}-00001`;
    expect(res.body.result?.data).toEqual({
      requestId: id,
      reference,
      receivedOn: today(),
      laName: s.la.name,
    });
    expect(await requestRow(id)).toMatchObject({
      status: 'submitted',
      reference,
      receivedOn: today(),
      submittedBy: s.senco.id,
      submissionKey: key,
    });
    const [snapshot] = await world.db.select().from(requestSnapshot).where(eq(requestSnapshot.requestId, id));
    expect(snapshot?.answers).toEqual(completeAnswers(s.la.dfeCode, s.school.urn));
    expect(snapshot?.laId).toBe(s.la.id);
    const scope = { userId: s.senco.id, schoolUrn: s.school.urn, role: 'senco' };
    await expect(
      withTenant(world.db, scope, (tx) =>
        tx.update(requestSnapshot).set({ answers: {} }).where(eq(requestSnapshot.requestId, id)),
      ),
    ).rejects.toThrow();

    const list = dataOf(
      await query<Outputs['casework']['caseload']>(world.app, 'casework.caseload', { isOpen: false }, caseworker),
    ).items;
    expect(list).toEqual([
      expect.objectContaining({
        id,
        reference,
        status: 'submitted',
        receivedOn: today(),
        childName: 'Amelia Grace Thompson',
      }),
    ]);
    const seen = dataOf(
      await query<LaDetail>(world.app, 'casework.caseById', { requestId: id }, caseworker),
    );
    expect(seen).toMatchObject({
      reference,
      status: 'submitted',
      school: { urn: s.school.urn },
      answers: snapshot?.answers,
    });
    expect(seen.events.map((e) => e.kind)).toEqual(['submitted']);
  });

  it('counts a request sent at 23:30 UTC on 30 June as received on 1 July in England', async () => {
    world.clock.current = new Date('2027-06-30T23:30:00Z');
    const s = await makeSchoolWithSenco();
    const id = await completeDraft(s);

    const res = await submit(s.cookie, id);

    expect(res.body.result?.data).toMatchObject({
      receivedOn: '2027-07-01',
      reference: `${s.la.dfeCode}-2027-00001`,
    });
    expect((await requestRow(id)).receivedOn).toBe('2027-07-01');
  });

  it('numbers references in order within each LA and starts again each year', async () => {
    // Kept within 400 days of the harness's date: hono refuses to set a cookie expiring further ahead.
    world.clock.current = new Date('2026-12-31T12:00:00Z');
    const a = await makeSchoolWithSenco();
    const b = await makeSchoolWithSenco();
    const [a1, a2, b1] = [await completeDraft(a), await completeDraft(a), await completeDraft(b)];

    const refs = [
      dataOf(await submit(a.cookie, a1)),
      dataOf(await submit(a.cookie, a2)),
      dataOf(await submit(b.cookie, b1)),
    ];

    expect(refs.map((r) => r.reference)).toEqual([
      `${a.la.dfeCode}-2026-00001`,
      `${a.la.dfeCode}-2026-00002`,
      `${b.la.dfeCode}-2026-00001`,
    ]);
    world.clock.current = new Date('2027-01-04T10:00:00Z');
    const cookie = await signIn(world.app, a.senco);
    const nextYear = await completeDraft({ ...a, cookie });
    expect(dataOf(await submit(cookie, nextYear)).reference).toBe(`${a.la.dfeCode}-2027-00001`);
  });

  it('gives different references to two requests sent to one LA at the same moment', async () => {
    const s = await makeSchoolWithSenco();
    const [one, two] = [await completeDraft(s), await completeDraft(s)];

    const sent = await Promise.all([submit(s.cookie, one), submit(s.cookie, two)]);

    const refs = sent.map((res) => dataOf(res).reference).sort();
    expect(refs).toEqual([`${s.la.dfeCode}-2026-00001`, `${s.la.dfeCode}-2026-00002`]);
    expect(refs.every((r) => /^\d{3}-\d{4}-\d{5}$/.test(r))).toBe(true);
  });

  it('returns the first result when the same submission is sent again, creating nothing new', async () => {
    const s = await makeSchoolWithSenco();
    const id = await completeDraft(s);
    const key = randomUUID();

    const first = dataOf(await submit(s.cookie, id, key));
    const again = dataOf(await submit(s.cookie, id, key));

    expect(again).toEqual(first);
    expect(
      await world.db.select().from(requestSnapshot).where(eq(requestSnapshot.requestId, id)),
    ).toHaveLength(1);
    const next = await completeDraft(s);
    expect(dataOf(await submit(s.cookie, next)).reference).toBe(first.reference.replace(/00001$/, '00002'));
  });

  it('returns one reference when a double click sends the submission twice at once', async () => {
    const s = await makeSchoolWithSenco();
    const id = await completeDraft(s);
    const key = randomUUID();

    const [one, two] = await Promise.all([submit(s.cookie, id, key), submit(s.cookie, id, key)]);

    expect([one.status, two.status]).toEqual([200, 200]);
    expect(one.body.result?.data).toEqual(two.body.result?.data);
    expect(one.body.result?.data.reference).toMatch(/-00001$/);
    expect(
      await world.db.select().from(requestSnapshot).where(eq(requestSnapshot.requestId, id)),
    ).toHaveLength(1);
    expect(
      await world.db.select().from(assessmentRequest).where(eq(assessmentRequest.schoolUrn, s.school.urn)),
    ).toHaveLength(1);
  });

  it('refuses a second, different submission of a request already sent', async () => {
    const s = await makeSchoolWithSenco();
    const id = await completeDraft(s);
    const { reference } = dataOf(await submit(s.cookie, id));
    const before = await requestRow(id);

    const res = await submit(s.cookie, id, randomUUID());

    expect(res.status).toBe(409);
    expect(res.body.error?.data.code).toBe('CONFLICT');
    expect(res.body.error?.message).toBe(
      `This request has already been sent to ${s.la.name} (reference ${reference})`,
    );
    expect(await requestRow(id)).toEqual(before);
  });

  it('refuses a submission key already used for another request', async () => {
    const s = await makeSchoolWithSenco();
    const [first, second] = [await completeDraft(s), await completeDraft(s)];
    const key = randomUUID();
    dataOf(await submit(s.cookie, first, key));

    const res = await submit(s.cookie, second, key);

    expect(res.status).toBe(409);
    expect(res.body.error?.message).toBe('Reload the page and try again');
    expect(await requestRow(second)).toMatchObject({ status: 'draft', reference: null, submissionKey: null });
  });

  it('refuses any change to a request once it has been sent', async () => {
    const s = await makeSchoolWithSenco();
    const other = await makeLa(world.db);
    const id = await completeDraft(s);
    dataOf(await submit(s.cookie, id));
    const before = await requestRow(id);

    const edit = await save(s.cookie, id, 'views', { likeAndAdmire: 'Changed afterwards' }, 1);
    const move = await mutate(
      world.app,
      'requests.chooseReceivingLa',
      { requestId: id, laCode: other.dfeCode },
      s.cookie,
    );

    for (const res of [edit, move]) {
      expect(res.status).toBe(409);
      expect(res.body.error?.message).toBe(
        'This request has been sent to the local authority, so it can no longer be changed',
      );
    }
    expect(await requestRow(id)).toEqual(before);
  });
});

describe('starting again from an earlier request', () => {
  it('copies everything but consent into a new draft, with the evidence files', async () => {
    const s = await makeSchoolWithSenco();
    const id = await completeDraft(s);
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
    const form = new FormData();
    form.append('file', new File([pdf], 'EP report.pdf'));
    form.append('attachmentType', 'report');
    const upload = await world.app.request(`/files/requests/${id}/attachments`, {
      method: 'POST',
      headers: { origin: TEST_ORIGIN, cookie: s.cookie },
      body: form,
    });
    expect(upload.status).toBe(201);
    dataOf(await submit(s.cookie, id));

    const res = await mutate<{ id: string }>(world.app, 'requests.startFrom', { requestId: id }, s.cookie);

    expect(res.status).toBe(200);
    const copyId = dataOf(res).id;
    expect(copyId).not.toBe(id);
    const copy = dataOf(await byId(s.cookie, copyId));
    const { consent: _consent, ...withoutConsent } = completeAnswers(s.la.dfeCode, s.school.urn);
    expect(copy).toMatchObject({
      status: 'draft',
      reference: null,
      receivedOn: null,
      copiedFromId: id,
      childName: 'Amelia Grace Thompson',
    });
    expect(copy.answers).toEqual(withoutConsent);
    expect((await requestRow(copyId)).answers.consent).toBeUndefined();
    const { id: originalFileId } = (await upload.json()) as { id: string };
    expect(copy.attachments).toEqual([
      expect.objectContaining({ fileName: 'EP report.pdf', attachmentType: 'report' }),
    ]);
    expect(copy.attachments[0]?.id).not.toBe(originalFileId);
    const download = await world.app.request(`/files/attachments/${copy.attachments[0]?.id}`, {
      headers: { cookie: s.cookie },
    });
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
    expect(await requestRow(id)).toMatchObject({ status: 'submitted', copiedFromId: null });
  });
});

describe('withdrawing a request', () => {
  it('withdraws a sent request with a reason the LA can see', async () => {
    const s = await makeSchoolWithSenco();
    const caseworker = await makeCaseworker(s.la.id);
    const id = await completeDraft(s);
    dataOf(await submit(s.cookie, id));

    const res = await mutate(
      world.app,
      'requests.withdraw',
      { requestId: id, reason: 'The family moved to Scotland' },
      s.cookie,
    );

    expect(res.status).toBe(200);
    expect(await requestRow(id)).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'The family moved to Scotland',
      withdrawnBy: s.senco.id,
    });
    const seen = dataOf(
      await query<LaDetail>(world.app, 'casework.caseById', { requestId: id }, caseworker),
    );
    expect(seen).toMatchObject({ status: 'withdrawn', withdrawalReason: 'The family moved to Scotland' });
    expect(seen.events).toEqual([
      expect.objectContaining({ kind: 'submitted' }),
      expect.objectContaining({
        kind: 'withdrawn',
        detail: { reason: 'The family moved to Scotland', previousStatus: 'submitted' },
      }),
    ]);
  });

  it('asks for the reason before withdrawing, and changes nothing without one', async () => {
    const s = await makeSchoolWithSenco();
    const id = await completeDraft(s);
    dataOf(await submit(s.cookie, id));

    const res = await mutate(world.app, 'requests.withdraw', { requestId: id, reason: '   ' }, s.cookie);

    expect(res.status).toBe(400);
    expect(res.body.error?.data.fieldErrors).toEqual([
      { field: 'reason', reason: 'Enter why the request is being withdrawn' },
    ]);
    expect(await requestRow(id)).toMatchObject({ status: 'submitted', withdrawalReason: null });
  });

  it('refuses to withdraw a draft, or a request already withdrawn', async () => {
    const s = await makeSchoolWithSenco();
    const draft = await startDraft(s.cookie);
    const sent = await completeDraft(s);
    dataOf(await submit(s.cookie, sent));
    dataOf(
      await mutate(world.app, 'requests.withdraw', { requestId: sent, reason: 'Sent by mistake' }, s.cookie),
    );

    const fromDraft = await mutate(
      world.app,
      'requests.withdraw',
      { requestId: draft, reason: 'Not needed' },
      s.cookie,
    );
    const twice = await mutate(
      world.app,
      'requests.withdraw',
      { requestId: sent, reason: 'Again' },
      s.cookie,
    );

    expect([fromDraft.status, twice.status]).toEqual([409, 409]);
    expect(fromDraft.body.error?.data.code).toBe('CONFLICT');
    expect((await requestRow(draft)).status).toBe('draft');
    expect(await requestRow(sent)).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'Sent by mistake',
    });
  });
});
