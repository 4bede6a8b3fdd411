import { auditEvent } from '@casework/db';
import { and, asc, eq, notLike } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { caseworkKit, dataOf, upnFor, type CaseworkKit } from '../testing/casework';
import { createTestWorld, type CallResult, type TestWorld } from '../testing/harness';

let world: TestWorld;
let kit: CaseworkKit;
beforeAll(async () => {
  world = await createTestWorld();
  kit = caseworkKit(world);
});
afterAll(() => world.close());
beforeEach(() => kit.resetClock()); // Thursday 26 November 2026

/** The LA's audit rows other than sign-ins, oldest first. */
async function auditOfLa(laId: string) {
  return world.db
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.laId, laId), notLike(auditEvent.action, 'sign_in%')))
    .orderBy(asc(auditEvent.occurredAt));
}

/** Runs `act` and returns the audit rows it wrote. */
async function auditedBy(laId: string, act: () => Promise<unknown>) {
  const before = new Set((await auditOfLa(laId)).map((r) => r.id));
  await act();
  return (await auditOfLa(laId)).filter((r) => !before.has(r.id));
}

async function ok<T>(res: Promise<CallResult<T>>): Promise<T> {
  return dataOf(await res);
}

describe('auditing reads of a case', () => {
  it('writes a request.read row for every read of the case, by whoever reads it', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const panel = await kit.makeStaff(la.id, 'panel_member');
    const { id } = await kit.directRequest(caseworker);

    const rows = await auditedBy(la.id, async () => {
      await kit.caseById(caseworker, id);
      await kit.caseById(caseworker, id);
      await kit.caseById(panel, id);
    });

    expect(rows.map((r) => [r.action, r.recordType, r.recordId, r.userId, r.role])).toEqual([
      ['request.read', 'assessment_request', id, caseworker.id, 'caseworker'],
      ['request.read', 'assessment_request', id, caseworker.id, 'caseworker'],
      ['request.read', 'assessment_request', id, panel.id, 'panel_member'],
    ]);
    expect(
      rows.every((r) => r.laId === la.id && typeof r.requestId === 'string' && r.requestId.length > 0),
    ).toBe(true);
  });

  it('audits a download of a case document', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker);
    const { id: documentId } = (await (await kit.uploadCaseDocument(caseworker, id)).json()) as {
      id: string;
    };

    const rows = await auditedBy(la.id, async () => {
      const res = await world.app.request(`/files/case-documents/${documentId}`, {
        headers: { cookie: await kit.cookieOf(caseworker) },
      });
      expect(res.status).toBe(200);
    });

    expect(rows.map((r) => [r.action, r.recordId, r.detail])).toEqual([
      ['case_document.download', id, { documentId }],
    ]);
  });
});

describe('auditing changes to a case', () => {
  // Everything personal that goes into the case below; none of it may reach an audit row.
  const secrets = {
    name: 'Amelia Grace Thompson',
    dateOfBirth: '2016-07-26',
    upn: upnFor(77),
    postcode: 'ME15 6AB',
    requester: 'Sarah Thompson',
    summary: 'Amelia is not making progress with reading',
    message: 'Please send the speech and language report',
    contact: 'Mother said Amelia is anxious at school',
    note: 'Father has a hearing impairment',
    task: 'Phone Sarah about the hospital letter',
    adviser: 'Dr Jane Paediatrician',
    adviserEmail: 'jane.paediatrician@example.org',
    reasons: 'Amelia has severe dyslexia and anxiety',
    exception: 'Amelia was in hospital',
  };

  it('writes one audit row for each change, naming the record, with ids and codes only', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const alice = await kit.makeStaff(la.id, 'caseworker', 'Alice Archer');
    const run = (act: () => Promise<unknown>) => auditedBy(la.id, act);
    const actions: [string, string | undefined][] = [];
    const note = async (rows: Awaited<ReturnType<typeof run>>) => {
      for (const r of rows) actions.push([r.action, r.recordId ?? undefined]);
      for (const r of rows) expect([r.userId, r.role, r.laId]).toEqual([caseworker.id, 'caseworker', la.id]);
    };
    const act = <T>(path: string, input: object) => ok(kit.act<T>(caseworker, path, input));

    let requestId = '';
    await note(
      await run(async () => {
        requestId = (
          await act<{ id: string }>('casework.recordDirectRequest', {
            receivedOn: '2026-11-02',
            requesterKind: 'parent',
            requesterName: secrets.requester,
            childLegalName: secrets.name,
            childDateOfBirth: secrets.dateOfBirth,
            childUpn: secrets.upn,
            childPostcode: secrets.postcode,
            summary: secrets.summary,
          })
        ).id;
      }),
    );
    await note(
      await run(() => act('casework.allocate', { requestIds: [requestId], caseworkerId: alice.id })),
    );
    let childId = '';
    await note(
      await run(
        async () => (childId = (await act<{ id: string }>('casework.createChildRecord', { requestId })).id),
      ),
    );
    await note(await run(() => act('casework.linkChild', { requestId, childId })));
    await note(
      await run(() =>
        act('casework.recordFamilyContact', {
          requestId,
          contactedOn: '2026-11-20',
          method: 'phone',
          summary: secrets.contact,
        }),
      ),
    );
    await note(await run(() => act('casework.addNote', { requestId, body: secrets.note })));
    let taskId = '';
    await note(
      await run(
        async () =>
          (taskId = (
            await act<{ id: string }>('casework.addTask', {
              requestId,
              title: secrets.task,
              dueOn: '2026-12-01',
            })
          ).id),
      ),
    );
    await note(await run(() => act('casework.completeTask', { taskId })));
    let adviceId = '';
    const advice = {
      requestId,
      adviserKind: 'health',
      adviserName: secrets.adviser,
      adviserEmail: secrets.adviserEmail,
      requestedOn: '2026-11-05',
    };
    await note(
      await run(async () => (adviceId = (await act<{ id: string }>('casework.requestAdvice', advice)).id)),
    );
    await note(await run(() => act('casework.chaseAdvice', { adviceRequestId: adviceId })));
    await note(await run(() => act('casework.createAdviceLink', { adviceRequestId: adviceId })));
    await note(
      await run(() =>
        act('casework.recordAdviceReceived', { adviceRequestId: adviceId, receivedOn: '2026-11-24' }),
      ),
    );
    await note(
      await run(async () =>
        expect((await kit.uploadCaseDocument(caseworker, requestId, { kind: 'advice' })).status).toBe(201),
      ),
    );
    await note(
      await run(() =>
        act('casework.recordException', {
          requestId,
          reason: 'exceptional_personal_circumstances',
          appliesTo: ['finalPlan'],
          fromOn: '2026-11-10',
          note: secrets.exception,
        }),
      ),
    );
    await note(
      await run(() =>
        act('casework.recordDecision', {
          requestId,
          decision: 'assess',
          decidedOn: '2026-11-25',
          reasons: secrets.reasons,
        }),
      ),
    );
    await note(
      await run(() => act('casework.recordStep', { requestId, step: 'draft_plan_served', on: '2026-11-26' })),
    );

    expect(actions).toEqual([
      ['case.record_direct_request', requestId],
      ['case.allocate', requestId],
      ['case.create_child', childId],
      ['case.link_child', requestId],
      ['case.family_contact', requestId],
      ['case.add_note', requestId],
      ['case.add_task', requestId],
      ['case.complete_task', taskId],
      ['case.request_advice', requestId],
      ['case.chase_advice', adviceId],
      ['case.create_advice_link', adviceId],
      ['case.advice_received', adviceId],
      ['case.add_document', requestId],
      ['case.record_exception', requestId],
      ['case.record_decision', requestId],
      ['case.record_step', requestId],
    ]);
    const details = JSON.stringify((await auditOfLa(la.id)).map((r) => r.detail));
    for (const [what, value] of Object.entries(secrets)) expect(details, what).not.toContain(value);
    expect(details).not.toMatch(/Amelia|Thompson/);
  });

  it('audits asking a school for more information, without the message', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const s = await kit.makeSchoolWithSenco(la.dfeCode);
    const sent = await kit.schoolRequest(s, la.dfeCode);

    const rows = await auditedBy(la.id, () =>
      ok(
        kit.act(caseworker, 'casework.requestMoreInformation', {
          requestId: sent.id,
          message: secrets.message,
        }),
      ),
    );

    expect(rows.map((r) => [r.action, r.recordId])).toEqual([['case.request_information', sent.id]]);
    expect(JSON.stringify(rows)).not.toContain(secrets.message);
  });

  it('writes no audit row for a change refused as invalid', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker, { receivedOn: '2026-11-02' });

    const rows = await auditedBy(la.id, async () => {
      const res = await kit.act(caseworker, 'casework.recordDecision', {
        requestId: id,
        decision: 'assess',
        decidedOn: '2026-11-01',
        reasons: 'Too early',
      });
      expect(res.status).toBe(400);
    });

    expect(rows).toEqual([]);
  });
});
