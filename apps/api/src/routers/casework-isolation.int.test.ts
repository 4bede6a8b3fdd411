import { randomUUID } from 'node:crypto';

import {
  adviceRequest,
  adviceUploadLink,
  assessmentRequest,
  auditEvent,
  caseDocument,
  caseNote,
  caseTask,
  child,
  requestEvent,
  requestSnapshot,
  statutoryExceptionRecord,
} from '@casework/db';
import type { LaRole } from '@casework/domain';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { caseworkKit, dataOf, outcomeOf, pdfBytes, type CaseworkKit, type Person } from '../testing/casework';
import { TEST_ORIGIN, createTestWorld, query, type TestWorld } from '../testing/harness';
import { appRouter } from './index';

let world: TestWorld;
let kit: CaseworkKit;
beforeAll(async () => {
  world = await createTestWorld();
  kit = caseworkKit(world);
});
afterAll(() => world.close());
beforeEach(() => kit.resetClock()); // Thursday 26 November 2026

/** LA A's case as it stands after a fortnight's work: every kind of record a procedure can reach. */
async function caseInLaA() {
  const { la, caseworker } = await kit.makeLaWithCaseworker('LA A');
  const s = await kit.makeSchoolWithSenco(la.dfeCode);
  kit.setToday('2026-11-09');
  const sent = await kit.schoolRequest(s, la.dfeCode);
  kit.resetClock();
  const requestId = sent.id;
  const record = dataOf(
    await kit.act<{ id: string }>(caseworker, 'casework.createChildRecord', { requestId }),
  );
  const advice = dataOf(
    await kit.act<{ id: string }>(caseworker, 'casework.requestAdvice', {
      requestId,
      adviserKind: 'health',
      adviserName: 'Community paediatrics',
      requestedOn: '2026-11-10',
    }),
  );
  const task = dataOf(
    await kit.act<{ id: string }>(caseworker, 'casework.addTask', {
      requestId,
      title: 'Phone the family',
      dueOn: '2026-12-01',
    }),
  );
  const upload = await kit.uploadCaseDocument(caseworker, requestId);
  const document = (await upload.json()) as { id: string };
  return {
    la,
    caseworker,
    senco: s.senco,
    requestId,
    childId: record.id,
    adviceRequestId: advice.id,
    taskId: task.id,
    documentId: document.id,
  };
}
type CaseA = Awaited<ReturnType<typeof caseInLaA>>;

/** Everything an LA holds, read as the database owner, to show an attempt changed nothing. */
async function everythingIn(laId: string) {
  const { db } = world;
  return {
    requests: await db
      .select()
      .from(assessmentRequest)
      .where(eq(assessmentRequest.laId, laId))
      .orderBy(asc(assessmentRequest.id)),
    snapshots: await db
      .select()
      .from(requestSnapshot)
      .where(eq(requestSnapshot.laId, laId))
      .orderBy(asc(requestSnapshot.requestId)),
    events: await db
      .select()
      .from(requestEvent)
      .where(eq(requestEvent.laId, laId))
      .orderBy(asc(requestEvent.id)),
    children: await db.select().from(child).where(eq(child.laId, laId)).orderBy(asc(child.id)),
    advice: await db
      .select()
      .from(adviceRequest)
      .where(eq(adviceRequest.laId, laId))
      .orderBy(asc(adviceRequest.id)),
    links: await db
      .select()
      .from(adviceUploadLink)
      .where(eq(adviceUploadLink.laId, laId))
      .orderBy(asc(adviceUploadLink.id)),
    documents: await db
      .select()
      .from(caseDocument)
      .where(eq(caseDocument.laId, laId))
      .orderBy(asc(caseDocument.id)),
    notes: await db.select().from(caseNote).where(eq(caseNote.laId, laId)).orderBy(asc(caseNote.id)),
    tasks: await db.select().from(caseTask).where(eq(caseTask.laId, laId)).orderBy(asc(caseTask.id)),
    exceptions: await db
      .select()
      .from(statutoryExceptionRecord)
      .where(eq(statutoryExceptionRecord.laId, laId))
      .orderBy(asc(statutoryExceptionRecord.id)),
  };
}

/** Every casework procedure that takes an id, with an input aimed at LA A's records. */
function attempts(a: CaseA, actorId: string): Record<string, { kind: 'query' | 'mutation'; input: object }> {
  const { requestId, childId, adviceRequestId, taskId } = a;
  const m = (input: object) => ({ kind: 'mutation' as const, input });
  return {
    'casework.caseById': { kind: 'query', input: { requestId } },
    'casework.childRecord': { kind: 'query', input: { childId } },
    'casework.allocate': m({ requestIds: [requestId], caseworkerId: actorId }),
    'casework.linkChild': m({ requestId, childId }),
    'casework.createChildRecord': m({ requestId }),
    'casework.requestMoreInformation': m({ requestId, message: 'Send everything you have.' }),
    'casework.recordFamilyContact': m({
      requestId,
      contactedOn: '2026-11-20',
      method: 'phone',
      summary: 'Guessing.',
    }),
    'casework.addNote': m({ requestId, body: 'Guessing.' }),
    'casework.addTask': m({ requestId, title: 'Guess', dueOn: '2026-12-01' }),
    'casework.completeTask': m({ taskId }),
    'casework.requestAdvice': m({
      requestId,
      adviserKind: 'other',
      adviserName: 'Someone',
      requestedOn: '2026-11-20',
    }),
    'casework.recordAdviceReceived': m({ adviceRequestId, receivedOn: '2026-11-20' }),
    'casework.chaseAdvice': m({ adviceRequestId }),
    'casework.createAdviceLink': m({ adviceRequestId }),
    'casework.recordDecision': m({
      requestId,
      decision: 'not_assess',
      decidedOn: '2026-11-20',
      reasons: 'Guessing.',
    }),
    'casework.recordStep': m({ requestId, step: 'draft_plan_served', on: '2026-11-20' }),
    'casework.recordException': m({
      requestId,
      reason: 'exceptional_personal_circumstances',
      appliesTo: ['finalPlan'],
      fromOn: '2026-11-20',
    }),
  };
}

/** What each procedure and file route answered `person`, trying LA A's ids. */
async function tryEverything(person: Person, a: CaseA) {
  const outcomes: Record<string, string> = {};
  for (const [path, { kind, input }] of Object.entries(attempts(a, person.id))) {
    outcomes[path] = outcomeOf(
      kind === 'query' ? await kit.ask(person, path, input) : await kit.act(person, path, input),
    );
  }
  const upload = await kit.uploadCaseDocument(person, a.requestId);
  const download = await world.app.request(`/files/case-documents/${a.documentId}`, {
    headers: { cookie: await kit.cookieOf(person) },
  });
  outcomes['POST /files/cases/:requestId/documents'] = String(upload.status);
  outcomes['GET /files/case-documents/:id'] = String(download.status);
  return outcomes;
}

const everyAttempt = (a: CaseA) => Object.keys(attempts(a, ''));
const expectAll = (a: CaseA, procedures: string, files: [string, string]) => ({
  ...Object.fromEntries(everyAttempt(a).map((p) => [p, procedures])),
  'POST /files/cases/:requestId/documents': files[0],
  'GET /files/case-documents/:id': files[1],
});

describe('the list of procedures checked here', () => {
  it('covers every casework procedure that takes an id', async () => {
    const a = { requestId: '', childId: '', adviceRequestId: '', taskId: '' } as CaseA;
    const withoutIds = [
      'casework.caseload',
      'casework.caseworkers',
      'casework.team',
      'casework.timeliness',
      'casework.recordDirectRequest',
    ];
    const all = Object.keys(appRouter._def.procedures).filter((p) => p.startsWith('casework.'));

    expect([...everyAttempt(a), ...withoutIds].sort()).toEqual(all.sort());
  });
});

describe('staff of another LA', () => {
  it.each<LaRole>(['caseworker', 'team_manager'])(
    'answers a %s of another LA "not found" for every one of LA A’s ids, and changes nothing',
    async (role) => {
      const a = await caseInLaA();
      const { la: laB } = await kit.makeLaWithCaseworker('LA B');
      const stranger = await kit.makeStaff(laB.id, role);
      const before = await everythingIn(a.la.id);

      const outcomes = await tryEverything(stranger, a);

      expect(outcomes).toEqual(expectAll(a, '404 NOT_FOUND', ['404', '404']));
      expect(await everythingIn(a.la.id)).toEqual(before);
      expect(await everythingIn(laB.id)).toMatchObject({
        requests: [],
        events: [],
        notes: [],
        tasks: [],
        documents: [],
        advice: [],
      });
    },
  );

  it('answers another LA’s id exactly as an id that does not exist', async () => {
    const a = await caseInLaA();
    const { caseworker: stranger } = await kit.makeLaWithCaseworker('LA B');

    const theirs = await kit.ask(stranger, 'casework.caseById', { requestId: a.requestId });
    const nobodys = await kit.ask(stranger, 'casework.caseById', { requestId: randomUUID() });

    const strip = (body: typeof theirs.body) => ({
      ...body.error,
      data: { ...body.error?.data, requestId: undefined },
    });
    expect(theirs.status).toBe(404);
    expect(strip(theirs.body)).toEqual(strip(nobodys.body));
  });

  it('never shows another LA’s cases in the caseload, the team overview or timeliness', async () => {
    const a = await caseInLaA();
    const { la: laB, caseworker: stranger } = await kit.makeLaWithCaseworker('LA B');
    const managerB = await kit.makeStaff(laB.id, 'team_manager');

    const caseload = await kit.caseload(stranger, { isOpen: false, search: 'Amelia' });
    const team = dataOf(
      await kit.ask<{ caseworkerId: string | null; open: number }[]>(managerB, 'casework.team', undefined),
    );
    const timeliness = dataOf(
      await kit.ask<{ plans: unknown[] }>(managerB, 'casework.timeliness', {
        fromOn: '2026-01-01',
        toOn: '2026-12-31',
      }),
    );

    expect(caseload).toMatchObject({ total: 0, items: [] });
    // LA B's own staff are listed, with nothing of LA A's work.
    expect(team.map((t) => t.caseworkerId).sort()).toEqual([stranger.id, managerB.id].sort());
    expect(team.every((t) => t.open === 0)).toBe(true);
    expect(timeliness.plans).toEqual([]);
    expect((await kit.caseload(a.caseworker, { search: 'Amelia' })).total).toBe(1);
  });

  it('audits each refused attempt in the stranger’s own LA, without the child’s details', async () => {
    const a = await caseInLaA();
    const { la: laB, caseworker: stranger } = await kit.makeLaWithCaseworker('LA B');

    await tryEverything(stranger, a);

    const refused = await world.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.userId, stranger.id), eq(auditEvent.action, 'access.refused')));
    const paths = refused.map((r) => String((r.detail as { path?: unknown } | null)?.path));
    expect(paths.filter((p) => p.startsWith('casework.')).sort()).toEqual(everyAttempt(a).sort());
    expect(paths.filter((p) => p.includes('documents'))).toHaveLength(2);
    expect(refused.every((r) => r.laId === laB.id)).toBe(true);
    expect(JSON.stringify(refused)).not.toMatch(/Amelia|Thompson/);
  });

  it('audits a refused download of another LA’s document, as it does a refused procedure', async () => {
    const a = await caseInLaA();
    const { caseworker: stranger } = await kit.makeLaWithCaseworker('LA B');

    const res = await world.app.request(`/files/case-documents/${a.documentId}`, {
      headers: { cookie: await kit.cookieOf(stranger) },
    });

    expect(res.status).toBe(404);
    const rows = await world.db.select().from(auditEvent).where(eq(auditEvent.userId, stranger.id));
    expect(rows.map((r) => r.action)).toContain('access.refused');
  });
});

describe('people in other roles', () => {
  it('forbids the school that sent the request every casework procedure, and changes nothing', async () => {
    const a = await caseInLaA();
    const before = await everythingIn(a.la.id);

    const outcomes = await tryEverything(a.senco, a);
    const lists = await Promise.all(
      [
        ['casework.caseload', {}],
        ['casework.caseworkers', undefined],
        ['casework.team', undefined],
        ['casework.timeliness', { fromOn: '2026-01-01', toOn: '2026-12-31' }],
      ].map(async ([path, input]) => outcomeOf(await kit.ask(a.senco, path as string, input))),
    );
    const direct = await kit.recordDirect(a.senco);

    expect(outcomes).toEqual(expectAll(a, '403 FORBIDDEN', ['403', '404']));
    expect([...lists, outcomeOf(direct)]).toEqual(Array(5).fill('403 FORBIDDEN'));
    expect(await everythingIn(a.la.id)).toEqual(before);
  });

  it.each<LaRole>(['panel_member', 'la_admin'])(
    'lets a %s of the LA read the case but change nothing',
    async (role) => {
      const a = await caseInLaA();
      const reader = await kit.makeStaff(a.la.id, role);
      const before = await everythingIn(a.la.id);

      const outcomes = await tryEverything(reader, a);

      expect(outcomes).toEqual({
        ...expectAll(a, '403 FORBIDDEN', ['403', '200']),
        'casework.caseById': 'OK',
        'casework.childRecord': 'OK',
      });
      expect((await kit.caseload(reader)).items.map((i) => i.id)).toEqual([a.requestId]);
      const after = await everythingIn(a.la.id);
      expect(after).toEqual(before);
    },
  );

  it('asks someone who is not signed in to sign in, and shows them nothing', async () => {
    const a = await caseInLaA();

    const read = await query(world.app, 'casework.caseById', { requestId: a.requestId });
    const download = await world.app.request(`/files/case-documents/${a.documentId}`);
    const form = new FormData();
    form.append('file', new File([pdfBytes], 'x.pdf'));
    form.append('kind', 'other');
    const upload = await world.app.request(`/files/cases/${a.requestId}/documents`, {
      method: 'POST',
      headers: { origin: TEST_ORIGIN },
      body: form,
    });

    expect([read.status, download.status, upload.status]).toEqual([401, 401, 401]);
    expect(JSON.stringify(read.body)).not.toContain('Amelia');
  });
});
