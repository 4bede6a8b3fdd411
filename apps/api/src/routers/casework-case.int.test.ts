import { caseDocument, caseTask } from '@casework/db';
import { addDays } from '@casework/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { caseworkKit, dataOf, pdfBytes, type CaseFile, type CaseworkKit } from '../testing/casework';
import { TEST_ORIGIN, createTestWorld, type TestWorld } from '../testing/harness';

let world: TestWorld;
let kit: CaseworkKit;
beforeAll(async () => {
  world = await createTestWorld();
  kit = caseworkKit(world);
});
afterAll(() => world.close());
beforeEach(() => kit.resetClock()); // Thursday 26 November 2026

const dateOf = (file: CaseFile, key: string) => file.statutoryDates.find((d) => d.key === key);

describe('the statutory dates on the case page', () => {
  it('counts 6 weeks to the decision and 20 weeks to the final plan from the day the request was received', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker, { receivedOn: '2026-10-01' });

    const file = await kit.caseById(caseworker, id);

    expect(dateOf(file, 'decisionWhetherToAssess')).toMatchObject({
      startsOn: '2026-10-01',
      dueOn: '2026-11-12',
      state: 'overdue',
      daysRemaining: -14,
    });
    expect(dateOf(file, 'notIssueNotice')).toMatchObject({ dueOn: '2027-01-21', state: 'upcoming' });
    expect(dateOf(file, 'finalPlan')).toMatchObject({
      startsOn: '2026-10-01',
      dueOn: '2027-02-18',
      state: 'upcoming',
    });
    expect(file.statutoryDates.map((d) => d.key)).toEqual([
      'decisionWhetherToAssess',
      'notIssueNotice',
      'finalPlan',
    ]);
  });

  it('moves a date from upcoming to due soon, due today and overdue as the days pass', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker, { receivedOn: '2026-11-26' });
    const stateOn = async (day: string) => {
      kit.setToday(day);
      const file = await kit.caseById(caseworker, id);
      const [item] = (await kit.caseload(caseworker)).items;
      const decision = dateOf(file, 'decisionWhetherToAssess');
      return [
        decision?.state,
        decision?.daysRemaining,
        item?.nextDue?.state,
        dateOf(file, 'finalPlan')?.state,
      ];
    };

    expect(await stateOn('2026-11-26')).toEqual(['upcoming', 42, 'upcoming', 'upcoming']);
    expect(await stateOn('2026-12-27')).toEqual(['upcoming', 11, 'upcoming', 'upcoming']);
    expect(await stateOn('2026-12-28')).toEqual(['due_soon', 10, 'due_soon', 'upcoming']);
    expect(await stateOn('2027-01-07')).toEqual(['due_today', 0, 'due_today', 'upcoming']);
    expect(await stateOn('2027-01-08')).toEqual(['overdue', -1, 'overdue', 'upcoming']);
  });

  it('counts the weeks since the request was received', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker, { receivedOn: '2026-11-05' });

    expect((await kit.caseById(caseworker, id)).weeksElapsed).toBe(3);
    kit.setToday('2026-12-02');
    expect((await kit.caseById(caseworker, id)).weeksElapsed).toBe(3);
    kit.setToday('2026-12-03');
    expect((await kit.caseById(caseworker, id)).weeksElapsed).toBe(4);
  });
});

describe('the timeline, notes and tasks', () => {
  it('shows what happened on the case in order, with who did it', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const alice = await kit.makeStaff(la.id, 'caseworker', 'Alice Archer');
    const { id } = await kit.directRequest(caseworker, { receivedOn: '2026-11-02' });

    dataOf(await kit.act(caseworker, 'casework.allocate', { requestIds: [id], caseworkerId: alice.id }));
    world.clock.advanceMinutes(1);
    dataOf(await kit.act(alice, 'casework.addNote', { requestId: id, body: 'Read the request.' }));
    world.clock.advanceMinutes(1);
    dataOf(
      await kit.act(alice, 'casework.requestAdvice', {
        requestId: id,
        adviserKind: 'educational_psychology',
        adviserName: 'EP team',
        requestedOn: '2026-11-10',
      }),
    );
    world.clock.advanceMinutes(1);
    await kit.decide(alice, id, '2026-11-20');

    const file = await kit.caseById(alice, id);
    expect(file.events.map((e) => [e.kind, e.by])).toEqual([
      ['recorded', 'Casey Worker'],
      ['allocated', 'Casey Worker'],
      ['note_added', 'Alice Archer'],
      ['advice_requested', 'Alice Archer'],
      ['decision_recorded', 'Alice Archer'],
    ]);
    const times = file.events.map((e) => e.at);
    expect([...times].sort()).toEqual(times);
  });

  it('keeps notes, newest first, with their author', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker);

    dataOf(await kit.act(caseworker, 'casework.addNote', { requestId: id, body: 'First note.' }));
    world.clock.advanceMinutes(5);
    dataOf(await kit.act(caseworker, 'casework.addNote', { requestId: id, body: 'Second note.' }));
    const empty = await kit.act(caseworker, 'casework.addNote', { requestId: id, body: '   ' });

    const file = await kit.caseById(caseworker, id);
    expect(file.notes.map((n) => [n.kind, n.body, n.by])).toEqual([
      ['note', 'Second note.', 'Casey Worker'],
      ['note', 'First note.', 'Casey Worker'],
    ]);
    expect(empty.status).toBe(400);
    expect(empty.body.error?.data.fieldErrors).toEqual([{ field: 'body', reason: 'Enter the note' }]);
  });

  it('flags a task overdue once its date has passed, until it is done', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker);
    const task = dataOf(
      await kit.act<{ id: string }>(caseworker, 'casework.addTask', {
        requestId: id,
        title: 'Phone the family',
        dueOn: addDays(kit.today(), 3),
      }),
    );

    const onTime = await kit.caseById(caseworker, id);
    kit.setToday(addDays(kit.today(), 3));
    const dueToday = await kit.caseById(caseworker, id);
    kit.setToday(addDays(kit.today(), 1));
    const late = await kit.caseById(caseworker, id);
    const done = await kit.act(caseworker, 'casework.completeTask', { taskId: task.id });
    const afterwards = await kit.caseById(caseworker, id);

    expect(onTime.tasks).toEqual([
      expect.objectContaining({
        id: task.id,
        title: 'Phone the family',
        dueOn: '2026-11-29',
        assignedTo: { id: caseworker.id, name: 'Casey Worker' },
        completedAt: null,
        isOverdue: false,
      }),
    ]);
    expect(dueToday.tasks[0]?.isOverdue).toBe(false);
    expect(late.tasks[0]?.isOverdue).toBe(true);
    expect(done.status).toBe(200);
    expect(afterwards.tasks[0]).toMatchObject({
      isOverdue: false,
      completedAt: world.clock.now().toISOString(),
    });
    expect(afterwards.events.map((e) => e.kind)).toEqual(['recorded', 'task_added', 'task_completed']);
  });

  it('assigns a task to a colleague, but never to someone outside the LA', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const alice = await kit.makeStaff(la.id, 'caseworker', 'Alice Archer');
    const { caseworker: elsewhere } = await kit.makeLaWithCaseworker('Other LA');
    const { id } = await kit.directRequest(caseworker);
    const task = (assignedTo: string) =>
      kit.act(caseworker, 'casework.addTask', {
        requestId: id,
        title: 'Chase the GP',
        dueOn: '2026-12-01',
        assignedTo,
      });

    const toAlice = await task(alice.id);
    const outside = await task(elsewhere.id);

    expect(toAlice.status).toBe(200);
    expect(outside.status).toBe(400);
    expect(outside.body.error?.data.fieldErrors).toEqual([
      { field: 'assignedTo', reason: 'Select someone in your local authority' },
    ]);
    const tasks = await world.db.select().from(caseTask).where(eq(caseTask.requestId, id));
    expect(tasks.map((t) => t.assignedTo)).toEqual([alice.id]);
  });
});

describe('documents on the case', () => {
  it('lets a caseworker add a document and download it as an attachment', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker);

    const upload = await kit.uploadCaseDocument(caseworker, id, { kind: 'correspondence' });

    expect(upload.status).toBe(201);
    const { id: documentId } = (await upload.json()) as { id: string };
    const file = await kit.caseById(caseworker, id);
    expect(file.documents).toEqual([
      expect.objectContaining({
        id: documentId,
        source: 'la',
        fileName: 'Letter from parent.pdf',
        kind: 'correspondence',
        sizeBytes: pdfBytes.byteLength,
        by: 'Casey Worker',
      }),
    ]);
    const download = await world.app.request(`/files/case-documents/${documentId}`, {
      headers: { cookie: await kit.cookieOf(caseworker) },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Letter from parent.pdf"/,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdfBytes);
  });

  it('shows the evidence the school sent with the request among the documents', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const s = await kit.makeSchoolWithSenco(la.dfeCode);
    const draft = await kit.schoolRequest(s, la.dfeCode, { send: false });
    const form = new FormData();
    form.append('file', new File([pdfBytes], 'EP report.pdf'));
    form.append('attachmentType', 'report');
    const attached = await world.app.request(`/files/requests/${draft.id}/attachments`, {
      method: 'POST',
      headers: { origin: TEST_ORIGIN, cookie: await kit.cookieOf(s.senco) },
      body: form,
    });
    expect(attached.status).toBe(201);
    dataOf(
      await kit.act(s.senco, 'requests.submit', { requestId: draft.id, submissionKey: crypto.randomUUID() }),
    );

    const file = await kit.caseById(caseworker, draft.id);

    expect(file.documents).toEqual([
      expect.objectContaining({ source: 'school', fileName: 'EP report.pdf', kind: 'report' }),
    ]);
  });

  it('refuses a file that is not an accepted type, or a document with no kind, and stores nothing', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker);

    const text = await kit.uploadCaseDocument(
      caseworker,
      id,
      { kind: 'other' },
      new File(['just some words'], 'notes.pdf'),
    );
    const noKind = await kit.uploadCaseDocument(caseworker, id, {});

    expect(text.status).toBe(400);
    expect(
      ((await text.json()) as { fieldErrors: { field: string }[] }).fieldErrors.map((e) => e.field),
    ).toEqual(['file']);
    expect(noKind.status).toBe(400);
    expect(await noKind.json()).toEqual({
      error: 'Select what kind of document this is',
      fieldErrors: [{ field: 'kind', reason: 'Select what kind of document this is' }],
    });
    expect(await world.db.select().from(caseDocument).where(eq(caseDocument.requestId, id))).toEqual([]);
  });

  it('refuses to file a document against an advice request of another case', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker, { receivedOn: '2026-11-02' });
    const other = await kit.directRequest(caseworker, { receivedOn: '2026-11-02' });
    const advice = dataOf(
      await kit.act<{ id: string }>(caseworker, 'casework.requestAdvice', {
        requestId: other.id,
        adviserKind: 'health',
        adviserName: 'Designated clinical officer',
        requestedOn: '2026-11-10',
      }),
    );

    const res = await kit.uploadCaseDocument(caseworker, id, { kind: 'advice', adviceRequestId: advice.id });

    expect([400, 404]).toContain(res.status);
    expect(await world.db.select().from(caseDocument).where(eq(caseDocument.requestId, id))).toEqual([]);
  });
});
