import { randomUUID } from 'node:crypto';

import { assessmentRequest, requestSnapshot, school, withTenant } from '@casework/db';
import type { inferRouterOutputs } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import {
  TestClock,
  createTestWorld,
  makeLa,
  makeSchool,
  makeUser,
  mutate,
  query,
  signIn,
  type TestWorld,
} from '../testing/harness';
import {
  completeAnswers,
  dataOf,
  pdfBytes,
  requestKit,
  uploadFile,
  type RequestKit,
} from '../testing/requests';
import type { AppRouter } from './index';

type Outputs = inferRouterOutputs<AppRouter>;
type LaDetail = Outputs['casework']['caseById'];

let world: TestWorld;
let kit: RequestKit;
beforeAll(async () => {
  world = await createTestWorld();
  kit = requestKit(world);
});
afterAll(() => world.close());
// Each test starts at the harness's default instant; a test that needs another date sets it.
beforeEach(() => {
  world.clock.current = new TestClock().current;
});

async function makeCaseworker(laId: string) {
  const caseworker = await makeUser(world.db, [{ laId, role: 'caseworker' }]);
  return signIn(world.app, caseworker);
}

describe('sending a request', () => {
  it('gives a reference and today’s date, keeps a snapshot, and shows it to the receiving LA', async () => {
    const s = await kit.makeSchoolWithSenco();
    const caseworker = await makeCaseworker(s.la.id);
    const id = await kit.completeDraft(s);
    const key = randomUUID();

    const res = await kit.submit(s.cookie, id, key);

    expect(res.status).toBe(200);
    const reference = `${s.la.dfeCode}-${kit.today().slice(0, 4)}-00001`;
    expect(res.body.result?.data).toEqual({
      requestId: id,
      reference,
      receivedOn: kit.today(),
      laName: s.la.name,
    });
    expect(await kit.requestRow(id)).toMatchObject({
      status: 'submitted',
      reference,
      receivedOn: kit.today(),
      submittedBy: s.senco.id,
      submissionKey: key,
    });
    const [snapshot] = await world.db.select().from(requestSnapshot).where(eq(requestSnapshot.requestId, id));
    expect(snapshot?.answers).toEqual(completeAnswers(kit.today(), s.la.dfeCode, s.school.urn));
    expect(snapshot?.laId).toBe(s.la.id);
    const scope = { userId: s.senco.id, schoolUrn: s.school.urn, role: 'senco' };
    await expect(
      withTenant(world.db, scope, (tx) =>
        tx.update(requestSnapshot).set({ answers: {} }).where(eq(requestSnapshot.requestId, id)),
      ),
    ).rejects.toThrow();

    const list = dataOf(
      await query<Outputs['casework']['caseload']>(
        world.app,
        'casework.caseload',
        { isOpen: false },
        caseworker,
      ),
    ).items;
    expect(list).toEqual([
      expect.objectContaining({
        id,
        reference,
        status: 'submitted',
        receivedOn: kit.today(),
        childName: 'Amelia Grace Thompson',
      }),
    ]);
    const seen = dataOf(await query<LaDetail>(world.app, 'casework.caseById', { requestId: id }, caseworker));
    expect(seen).toMatchObject({
      reference,
      status: 'submitted',
      school: { urn: s.school.urn },
      answers: snapshot?.answers,
    });
    expect(seen.events.map((e) => e.kind)).toEqual(['submitted']);
  });

  it('refuses to send a request naming a school that is not in the national register, or is closed', async () => {
    const s = await kit.makeSchoolWithSenco();
    const id = await kit.completeDraft(s);
    const closed = await makeSchool(world.db, s.la.dfeCode, 'Closed School');
    await world.db.update(school).set({ isOpen: false }).where(eq(school.urn, closed.urn));

    for (const [urn, reason] of [
      ['999999', 'There is no school with that URN in the national register: check the URN'],
      [
        closed.urn,
        'That school is closed in the national register: enter the URN of the school the child attends now',
      ],
    ] as const) {
      const detail = dataOf(await kit.byId(s.cookie, id));
      const child = { ...detail.answers.child, currentSetting: urn };
      const version = detail.sections.find((x) => x.sectionId === 'child')?.version ?? 0;
      dataOf(await kit.save(s.cookie, id, 'child', child, version));

      const res = await kit.submit(s.cookie, id);

      expect(res.status).toBe(400);
      expect(res.body.error?.data.fieldErrors).toEqual([{ field: 'child.currentSetting', reason }]);
      expect(dataOf(await kit.byId(s.cookie, id)).problems).toEqual([
        { field: 'child.currentSetting', reason },
      ]);
    }
    expect((await kit.requestRow(id)).status).toBe('draft');
  });

  it('counts a request sent at 23:30 UTC on 30 June as received on 1 July in England', async () => {
    world.clock.current = new Date('2027-06-30T23:30:00Z');
    const s = await kit.makeSchoolWithSenco();
    const id = await kit.completeDraft(s);

    const res = await kit.submit(s.cookie, id);

    expect(res.body.result?.data).toMatchObject({
      receivedOn: '2027-07-01',
      reference: `${s.la.dfeCode}-2027-00001`,
    });
    expect((await kit.requestRow(id)).receivedOn).toBe('2027-07-01');
  });

  it('numbers references in order within each LA and starts again each year', async () => {
    // Kept within 400 days of the harness's date: hono refuses to set a cookie expiring further ahead.
    world.clock.current = new Date('2026-12-31T12:00:00Z');
    const a = await kit.makeSchoolWithSenco();
    const b = await kit.makeSchoolWithSenco();
    const [a1, a2, b1] = [await kit.completeDraft(a), await kit.completeDraft(a), await kit.completeDraft(b)];

    const refs = [
      dataOf(await kit.submit(a.cookie, a1)),
      dataOf(await kit.submit(a.cookie, a2)),
      dataOf(await kit.submit(b.cookie, b1)),
    ];

    expect(refs.map((r) => r.reference)).toEqual([
      `${a.la.dfeCode}-2026-00001`,
      `${a.la.dfeCode}-2026-00002`,
      `${b.la.dfeCode}-2026-00001`,
    ]);
    world.clock.current = new Date('2027-01-04T10:00:00Z');
    const cookie = await signIn(world.app, a.senco);
    const nextYear = await kit.completeDraft({ ...a, cookie });
    expect(dataOf(await kit.submit(cookie, nextYear)).reference).toBe(`${a.la.dfeCode}-2027-00001`);
  });

  it('gives different references to two requests sent to one LA at the same moment', async () => {
    const s = await kit.makeSchoolWithSenco();
    const [one, two] = [await kit.completeDraft(s), await kit.completeDraft(s)];

    const sent = await Promise.all([kit.submit(s.cookie, one), kit.submit(s.cookie, two)]);

    const refs = sent.map((res) => dataOf(res).reference).sort();
    expect(refs).toEqual([`${s.la.dfeCode}-2026-00001`, `${s.la.dfeCode}-2026-00002`]);
    expect(refs.every((r) => /^\d{3}-\d{4}-\d{5}$/.test(r))).toBe(true);
  });

  it('returns the first result when the same submission is sent again, creating nothing new', async () => {
    const s = await kit.makeSchoolWithSenco();
    const id = await kit.completeDraft(s);
    const key = randomUUID();

    const first = dataOf(await kit.submit(s.cookie, id, key));
    const again = dataOf(await kit.submit(s.cookie, id, key));

    expect(again).toEqual(first);
    expect(
      await world.db.select().from(requestSnapshot).where(eq(requestSnapshot.requestId, id)),
    ).toHaveLength(1);
    const next = await kit.completeDraft(s);
    expect(dataOf(await kit.submit(s.cookie, next)).reference).toBe(
      first.reference.replace(/00001$/, '00002'),
    );
  });

  it('returns one reference when a double click sends the submission twice at once', async () => {
    const s = await kit.makeSchoolWithSenco();
    const id = await kit.completeDraft(s);
    const key = randomUUID();

    const [one, two] = await Promise.all([kit.submit(s.cookie, id, key), kit.submit(s.cookie, id, key)]);

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
    const s = await kit.makeSchoolWithSenco();
    const id = await kit.completeDraft(s);
    const { reference } = dataOf(await kit.submit(s.cookie, id));
    const before = await kit.requestRow(id);

    const res = await kit.submit(s.cookie, id, randomUUID());

    expect(res.status).toBe(409);
    expect(res.body.error?.data.code).toBe('CONFLICT');
    expect(res.body.error?.message).toBe(
      `This request has already been sent to ${s.la.name} (reference ${reference})`,
    );
    expect(await kit.requestRow(id)).toEqual(before);
  });

  it('refuses a submission key already used for another request', async () => {
    const s = await kit.makeSchoolWithSenco();
    const [first, second] = [await kit.completeDraft(s), await kit.completeDraft(s)];
    const key = randomUUID();
    dataOf(await kit.submit(s.cookie, first, key));

    const res = await kit.submit(s.cookie, second, key);

    expect(res.status).toBe(409);
    expect(res.body.error?.message).toBe('Reload the page and try again');
    expect(await kit.requestRow(second)).toMatchObject({
      status: 'draft',
      reference: null,
      submissionKey: null,
    });
  });

  it('refuses any change to a request once it has been sent', async () => {
    const s = await kit.makeSchoolWithSenco();
    const other = await makeLa(world.db);
    const id = await kit.completeDraft(s);
    dataOf(await kit.submit(s.cookie, id));
    const before = await kit.requestRow(id);

    const edit = await kit.save(s.cookie, id, 'views', { likeAndAdmire: 'Changed afterwards' }, 1);
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
    expect(await kit.requestRow(id)).toEqual(before);
  });
});

describe('starting again from an earlier request', () => {
  it('copies everything but consent into a new draft, with the evidence files', async () => {
    const s = await kit.makeSchoolWithSenco();
    const id = await kit.completeDraft(s);
    const upload = await uploadFile(world, s.cookie, id, new File([pdfBytes], 'EP report.pdf'));
    expect(upload.status).toBe(201);
    dataOf(await kit.submit(s.cookie, id));

    const res = await mutate<{ id: string }>(world.app, 'requests.startFrom', { requestId: id }, s.cookie);

    expect(res.status).toBe(200);
    const copyId = dataOf(res).id;
    expect(copyId).not.toBe(id);
    const copy = dataOf(await kit.byId(s.cookie, copyId));
    const { consent: _consent, ...withoutConsent } = completeAnswers(kit.today(), s.la.dfeCode, s.school.urn);
    expect(copy).toMatchObject({
      status: 'draft',
      reference: null,
      receivedOn: null,
      copiedFromId: id,
      childName: 'Amelia Grace Thompson',
    });
    expect(copy.answers).toEqual(withoutConsent);
    expect((await kit.requestRow(copyId)).answers.consent).toBeUndefined();
    const { id: originalFileId } = (await upload.json()) as { id: string };
    expect(copy.attachments).toEqual([
      expect.objectContaining({ fileName: 'EP report.pdf', attachmentType: 'report' }),
    ]);
    expect(copy.attachments[0]?.id).not.toBe(originalFileId);
    const download = await world.app.request(`/files/attachments/${copy.attachments[0]?.id}`, {
      headers: { cookie: s.cookie },
    });
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdfBytes);
    expect(await kit.requestRow(id)).toMatchObject({ status: 'submitted', copiedFromId: null });
  });
});

describe('withdrawing a request', () => {
  it('withdraws a sent request with a reason the LA can see', async () => {
    const s = await kit.makeSchoolWithSenco();
    const caseworker = await makeCaseworker(s.la.id);
    const id = await kit.completeDraft(s);
    dataOf(await kit.submit(s.cookie, id));

    const res = await mutate(
      world.app,
      'requests.withdraw',
      { requestId: id, reason: 'The family moved to Scotland' },
      s.cookie,
    );

    expect(res.status).toBe(200);
    expect(await kit.requestRow(id)).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'The family moved to Scotland',
      withdrawnBy: s.senco.id,
    });
    const seen = dataOf(await query<LaDetail>(world.app, 'casework.caseById', { requestId: id }, caseworker));
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
    const s = await kit.makeSchoolWithSenco();
    const id = await kit.completeDraft(s);
    dataOf(await kit.submit(s.cookie, id));

    const res = await mutate(world.app, 'requests.withdraw', { requestId: id, reason: '   ' }, s.cookie);

    expect(res.status).toBe(400);
    expect(res.body.error?.data.fieldErrors).toEqual([
      { field: 'reason', reason: 'Enter why the request is being withdrawn' },
    ]);
    expect(await kit.requestRow(id)).toMatchObject({ status: 'submitted', withdrawalReason: null });
  });

  it('refuses to withdraw a draft, or a request already withdrawn', async () => {
    const s = await kit.makeSchoolWithSenco();
    const draft = await kit.startDraft(s.cookie);
    const sent = await kit.completeDraft(s);
    dataOf(await kit.submit(s.cookie, sent));
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
    expect((await kit.requestRow(draft)).status).toBe('draft');
    expect(await kit.requestRow(sent)).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'Sent by mistake',
    });
  });
});
