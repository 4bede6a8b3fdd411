import { adviceRequest, adviceUploadLink, auditEvent, caseDocument } from '@casework/db';
import { addDays } from '@casework/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { runDueJobs } from '../jobs/queue';
import { caseworkKit, dataOf, pdfBytes, type CaseworkKit, type Person } from '../testing/casework';
import { TEST_ORIGIN, createTestWorld, query, type TestWorld } from '../testing/harness';

let world: TestWorld;
let kit: CaseworkKit;
beforeAll(async () => {
  world = await createTestWorld();
  kit = caseworkKit(world);
});
afterAll(() => world.close());
beforeEach(() => kit.resetClock()); // Thursday 26 November 2026

const received = '2026-11-02';

/** A request received on 2 November 2026 with no advice asked for yet. */
async function openCase() {
  const { la, caseworker } = await kit.makeLaWithCaseworker();
  const { id, reference } = await kit.directRequest(caseworker, { receivedOn: received });
  return { la, caseworker, requestId: id, reference };
}

function askForAdvice(
  person: Person,
  requestId: string,
  requestedOn: string,
  adviserName = 'Educational psychology service',
) {
  return kit.act<{ id: string; dueOn: string }>(person, 'casework.requestAdvice', {
    requestId,
    adviserKind: 'educational_psychology',
    adviserName,
    adviserEmail: 'EP.Team@example.org',
    requestedOn,
  });
}

async function adviceRow(id: string) {
  const [row] = await world.db.select().from(adviceRequest).where(eq(adviceRequest.id, id));
  if (!row) throw new Error('advice request not found');
  return row;
}

async function makeLink(person: Person, adviceRequestId: string, validForDays?: number) {
  const link = dataOf(
    await kit.act<{ url: string; expiresAt: string }>(person, 'casework.createAdviceLink', {
      adviceRequestId,
      ...(validForDays ? { validForDays } : {}),
    }),
  );
  const token = link.url.split('/').at(-1) ?? '';
  return { ...link, token };
}

const describeLink = (token: string) =>
  query<Record<string, unknown>>(world.app, 'adviceLink.describe', { token });

describe('asking for advice', () => {
  it('gives the adviser 6 weeks from the day advice was asked for', async () => {
    const { caseworker, requestId } = await openCase();

    const res = await askForAdvice(caseworker, requestId, '2026-11-05');

    expect(res.status).toBe(200);
    const { id, dueOn } = dataOf(res);
    expect(dueOn).toBe('2026-12-17');
    const file = await kit.caseById(caseworker, requestId);
    expect(file.advice).toEqual([
      expect.objectContaining({
        id,
        adviserKind: 'educational_psychology',
        adviserName: 'Educational psychology service',
        adviserEmail: 'ep.team@example.org',
        requestedOn: '2026-11-05',
        dueOn: '2026-12-17',
        receivedOn: null,
        chaseCount: 0,
        state: 'upcoming',
        hasOpenLink: false,
      }),
    ]);
    expect(file.statutoryDates.find((d) => d.key === 'adviceDue')).toMatchObject({
      refId: id,
      startsOn: '2026-11-05',
      dueOn: '2026-12-17',
    });
  });

  it('refuses a date before the request was received or in the future, naming the field', async () => {
    const { caseworker, requestId } = await openCase();

    const early = await askForAdvice(caseworker, requestId, '2026-11-01');
    const future = await askForAdvice(caseworker, requestId, addDays(kit.today(), 1));

    expect(early.status).toBe(400);
    expect(early.body.error?.data.fieldErrors).toEqual([
      {
        field: 'requestedOn',
        reason:
          'The date advice was asked for must be the same as or after the date the request was received',
      },
    ]);
    expect(future.status).toBe(400);
    expect(future.body.error?.data.fieldErrors).toEqual([
      { field: 'requestedOn', reason: 'The date advice was asked for must be today or in the past' },
    ]);
    expect(await world.db.select().from(adviceRequest).where(eq(adviceRequest.requestId, requestId))).toEqual(
      [],
    );
  });
});

describe('recording advice received', () => {
  it('marks the advice received, on time or late', async () => {
    const { caseworker, requestId } = await openCase();
    const onTime = dataOf(await askForAdvice(caseworker, requestId, '2026-11-02', 'Health'));
    kit.setToday('2027-01-04');
    const late = dataOf(await askForAdvice(caseworker, requestId, '2026-11-03', 'Social care'));

    dataOf(
      await kit.act(caseworker, 'casework.recordAdviceReceived', {
        adviceRequestId: onTime.id,
        receivedOn: '2026-12-14',
      }),
    );
    dataOf(
      await kit.act(caseworker, 'casework.recordAdviceReceived', {
        adviceRequestId: late.id,
        receivedOn: '2026-12-16',
      }),
    );

    const file = await kit.caseById(caseworker, requestId);
    expect(file.advice.map((a) => [a.adviserName, a.dueOn, a.receivedOn, a.state])).toEqual([
      ['Health', '2026-12-14', '2026-12-14', 'met_on_time'],
      ['Social care', '2026-12-15', '2026-12-16', 'met_late'],
    ]);
    expect(file.events.filter((e) => e.kind === 'advice_received').map((e) => e.detail)).toEqual([
      { adviceRequestId: onTime.id, receivedOn: '2026-12-14', onTime: true },
      { adviceRequestId: late.id, receivedOn: '2026-12-16', onTime: false },
    ]);
  });

  it('refuses a date before advice was asked for or in the future, and a second recording', async () => {
    const { caseworker, requestId } = await openCase();
    const advice = dataOf(await askForAdvice(caseworker, requestId, '2026-11-10'));
    const record = (receivedOn: string) =>
      kit.act(caseworker, 'casework.recordAdviceReceived', { adviceRequestId: advice.id, receivedOn });

    const early = await record('2026-11-09');
    const future = await record(addDays(kit.today(), 1));
    const first = await record('2026-11-20');
    const second = await record('2026-11-21');

    expect(early.status).toBe(400);
    expect(early.body.error?.data.fieldErrors).toEqual([
      {
        field: 'receivedOn',
        reason: 'The date the advice was received must be the same as or after the date it was asked for',
      },
    ]);
    expect(future.status).toBe(400);
    expect(future.body.error?.data.fieldErrors).toEqual([
      { field: 'receivedOn', reason: 'The date the advice was received must be today or in the past' },
    ]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    expect(second.body.error?.message).toBe('This advice has already been recorded as received');
    expect((await adviceRow(advice.id)).receivedOn).toBe('2026-11-20');
  });

  it('records each reminder sent to a late adviser, until the advice arrives', async () => {
    const { caseworker, requestId } = await openCase();
    const advice = dataOf(await askForAdvice(caseworker, requestId, '2026-11-02'));
    const chase = () => kit.act(caseworker, 'casework.chaseAdvice', { adviceRequestId: advice.id });

    dataOf(await chase());
    kit.setToday('2026-11-30');
    dataOf(await chase());

    expect(await adviceRow(advice.id)).toMatchObject({ chaseCount: 2, lastChasedOn: '2026-11-30' });
    const file = await kit.caseById(caseworker, requestId);
    expect(file.advice[0]).toMatchObject({ chaseCount: 2, lastChasedOn: '2026-11-30' });
    expect(file.events.filter((e) => e.kind === 'advice_chased')).toHaveLength(2);

    dataOf(
      await kit.act(caseworker, 'casework.recordAdviceReceived', {
        adviceRequestId: advice.id,
        receivedOn: '2026-11-30',
      }),
    );
    expect((await chase()).status).toBe(409);
    expect((await adviceRow(advice.id)).chaseCount).toBe(2);
  });
});

describe('an adviser’s single-use upload link', () => {
  it('gives a link with a token that works for the days asked for', async () => {
    const { caseworker, requestId } = await openCase();
    const advice = dataOf(await askForAdvice(caseworker, requestId, '2026-11-10'));

    const link = await makeLink(caseworker, advice.id, 7);

    expect(link.url).toMatch(new RegExp(`^${TEST_ORIGIN}/advice/[a-z2-7]{32}$`));
    expect(link.expiresAt).toBe(new Date(world.clock.now().getTime() + 7 * 86_400_000).toISOString());
    expect((await kit.caseById(caseworker, requestId)).advice[0]?.hasOpenLink).toBe(true);
    const [stored] = await world.db
      .select()
      .from(adviceUploadLink)
      .where(eq(adviceUploadLink.adviceRequestId, advice.id));
    expect(stored?.tokenHash).not.toContain(link.token);
    expect(JSON.stringify(stored)).not.toContain(link.token);
  });

  it('emails the link to the adviser, naming the case by reference only, and reminds them when chased', async () => {
    const { caseworker, requestId, reference } = await openCase();
    const advice = dataOf(await askForAdvice(caseworker, requestId, '2026-11-05'));
    world.mailer.sent.length = 0;

    const link = await makeLink(caseworker, advice.id);
    dataOf(await kit.act(caseworker, 'casework.chaseAdvice', { adviceRequestId: advice.id }));
    await runDueJobs(world.deps, { limit: 20 });

    // Earlier tests queued mail too; this case's mail carries its own reference.
    const mail = world.mailer.sent.filter(
      (m) => m.to === 'ep.team@example.org' && m.subject.includes(reference),
    );
    expect(mail).toHaveLength(2);
    // Jobs queued at the same moment may be sent in either order.
    const invitation = mail.find((m) => m.subject.startsWith('Please send your advice'));
    const reminder = mail.find((m) => m.subject.startsWith('Reminder:'));
    expect(invitation?.subject).toBe(`Please send your advice for EHC needs assessment ${reference}`);
    expect(invitation?.text).toContain(link.url);
    expect(invitation?.text).toContain('17 December 2026');
    expect(reminder?.subject).toBe(
      `Reminder: advice for EHC needs assessment ${reference} is due on 17 December 2026`,
    );
    for (const m of mail) expect(`${m.subject}\n${m.text}`).not.toMatch(/Amelia|Thompson/);
  });

  it('shows the adviser, without signing in, the LA, the reference and only the child’s initials', async () => {
    const { la, caseworker, requestId, reference } = await openCase();
    const advice = dataOf(await askForAdvice(caseworker, requestId, '2026-11-10'));
    const { token } = await makeLink(caseworker, advice.id);

    const res = await describeLink(token);

    expect(res.status).toBe(200);
    expect(res.body.result?.data).toEqual({
      laName: la.name,
      reference,
      adviserName: 'Educational psychology service',
      dueOn: '2026-12-22',
      childInitials: 'A. G. T.',
    });
    const shown = JSON.stringify(res.body);
    for (const secret of ['Amelia', 'Thompson', '2016-07-26', 'Sarah', requestId, advice.id])
      expect(shown).not.toContain(secret);
  });

  it('takes a PDF through the link, marks the advice received today and files it on the case', async () => {
    const { caseworker, requestId } = await openCase();
    const advice = dataOf(await askForAdvice(caseworker, requestId, '2026-11-10'));
    const { token } = await makeLink(caseworker, advice.id);

    const res = await kit.uploadThroughLink(token);

    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ fileName: 'EP advice.pdf' });
    const file = await kit.caseById(caseworker, requestId);
    expect(file.advice[0]).toMatchObject({
      receivedOn: kit.today(),
      state: 'met_on_time',
      hasOpenLink: false,
    });
    expect(file.advice[0]?.documents).toEqual([expect.objectContaining({ fileName: 'EP advice.pdf' })]);
    const document = file.documents.find((d) => d.source === 'adviser');
    expect(document).toMatchObject({ fileName: 'EP advice.pdf', kind: 'advice', by: null });
    expect(file.events.map((e) => e.kind).slice(-2)).toEqual([
      'advice_received',
      'advice_uploaded_by_adviser',
    ]);
    const download = await world.app.request(`/files/case-documents/${document?.id}`, {
      headers: { cookie: await kit.cookieOf(caseworker) },
    });
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdfBytes);
    const audit = await world.db.select().from(auditEvent).where(eq(auditEvent.recordId, advice.id));
    expect(audit).toContainEqual(
      expect.objectContaining({ action: 'advice.upload_through_link', userId: null, role: 'adviser_link' }),
    );
  });

  it('refuses the same link a second time, and says so when it is opened', async () => {
    const { caseworker, requestId } = await openCase();
    const advice = dataOf(await askForAdvice(caseworker, requestId, '2026-11-10'));
    const { token } = await makeLink(caseworker, advice.id);
    expect((await kit.uploadThroughLink(token)).status).toBe(201);

    const again = await kit.uploadThroughLink(token, new File([pdfBytes], 'Second thoughts.pdf'));
    const opened = await describeLink(token);

    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: string }).error).toMatch(/already been used/);
    expect(opened.status).toBe(409);
    const documents = await world.db.select().from(caseDocument).where(eq(caseDocument.requestId, requestId));
    expect(documents.map((d) => d.fileName)).toEqual(['EP advice.pdf']);
  });

  it('refuses an expired link and leaves the advice outstanding', async () => {
    const { caseworker, requestId } = await openCase();
    const advice = dataOf(await askForAdvice(caseworker, requestId, '2026-11-10'));
    const { token } = await makeLink(caseworker, advice.id, 2);

    world.clock.advanceMinutes(2 * 24 * 60 - 1);
    expect((await describeLink(token)).status).toBe(200);
    world.clock.advanceMinutes(2);
    const opened = await describeLink(token);
    const upload = await kit.uploadThroughLink(token);

    expect(opened.status).toBe(409);
    expect(opened.body.error?.message).toMatch(/expired/);
    expect(upload.status).toBe(409);
    expect((await adviceRow(advice.id)).receivedOn).toBeNull();
    expect(await world.db.select().from(caseDocument).where(eq(caseDocument.requestId, requestId))).toEqual(
      [],
    );
  });

  it('answers a made-up or mangled token as not found', async () => {
    const made = await kit.uploadThroughLink('a'.repeat(32));
    const mangled = await kit.uploadThroughLink('not-a-token');
    const described = await describeLink('b'.repeat(32));

    expect(made.status).toBe(404);
    expect(mangled.status).toBe(404);
    expect(described.status).toBe(404);
  });

  it('keeps the link usable when the file is refused', async () => {
    const { caseworker, requestId } = await openCase();
    const advice = dataOf(await askForAdvice(caseworker, requestId, '2026-11-10'));
    const { token } = await makeLink(caseworker, advice.id);

    const refused = await kit.uploadThroughLink(token, new File(['MZ this is not a pdf'], 'advice.pdf'));

    expect(refused.status).toBe(400);
    expect((await describeLink(token)).status).toBe(200);
    expect((await adviceRow(advice.id)).receivedOn).toBeNull();
    expect((await kit.uploadThroughLink(token)).status).toBe(201);
  });

  it('reaches only its own advice request, whatever the form says', async () => {
    const { caseworker, requestId } = await openCase();
    const mine = dataOf(await askForAdvice(caseworker, requestId, '2026-11-10', 'EP'));
    const sibling = dataOf(await askForAdvice(caseworker, requestId, '2026-11-10', 'Health'));
    const otherCase = await kit.directRequest(caseworker, { receivedOn: received });
    const elsewhere = dataOf(await askForAdvice(caseworker, otherCase.id, '2026-11-10', 'Social care'));
    const { token } = await makeLink(caseworker, mine.id);

    const res = await kit.uploadThroughLink(token, undefined, {
      requestId: otherCase.id,
      adviceRequestId: elsewhere.id,
      kind: 'other',
    });

    expect(res.status).toBe(201);
    expect((await adviceRow(mine.id)).receivedOn).toBe(kit.today());
    expect((await adviceRow(sibling.id)).receivedOn).toBeNull();
    expect((await adviceRow(elsewhere.id)).receivedOn).toBeNull();
    const docs = await world.db.select().from(caseDocument).where(eq(caseDocument.adviceRequestId, mine.id));
    expect(docs.map((d) => [d.requestId, d.kind])).toEqual([[requestId, 'advice']]);
    expect(
      await world.db.select().from(caseDocument).where(eq(caseDocument.requestId, otherCase.id)),
    ).toEqual([]);
  });

  it('does not make a link for advice already received', async () => {
    const { caseworker, requestId } = await openCase();
    const advice = dataOf(await askForAdvice(caseworker, requestId, '2026-11-10'));
    dataOf(
      await kit.act(caseworker, 'casework.recordAdviceReceived', {
        adviceRequestId: advice.id,
        receivedOn: '2026-11-20',
      }),
    );

    const res = await kit.act(caseworker, 'casework.createAdviceLink', { adviceRequestId: advice.id });

    expect(res.status).toBe(409);
    expect(
      await world.db.select().from(adviceUploadLink).where(eq(adviceUploadLink.adviceRequestId, advice.id)),
    ).toEqual([]);
  });

  it('refuses a link for more than 28 days', async () => {
    const { caseworker, requestId } = await openCase();
    const advice = dataOf(await askForAdvice(caseworker, requestId, '2026-11-10'));

    const res = await kit.act(caseworker, 'casework.createAdviceLink', {
      adviceRequestId: advice.id,
      validForDays: 29,
    });

    expect(res.status).toBe(400);
    expect(res.body.error?.data.fieldErrors).toEqual([
      { field: 'validForDays', reason: 'The link can work for at most 28 days' },
    ]);
  });
});
