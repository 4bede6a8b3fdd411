import { assessmentRequest, statutoryExceptionRecord } from '@casework/db';
import { addDays } from '@casework/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import {
  caseworkKit,
  dataOf,
  type CaseFile,
  type CaseworkKit,
  type SchoolDetail,
  type SchoolList,
} from '../testing/casework';
import { createTestWorld, type TestWorld } from '../testing/harness';

let world: TestWorld;
let kit: CaseworkKit;
beforeAll(async () => {
  world = await createTestWorld();
  kit = caseworkKit(world);
});
afterAll(() => world.close());
beforeEach(() => kit.resetClock()); // Thursday 26 November 2026

const reasons = 'The school’s evidence shows Amelia may need provision under an EHC plan.';

async function rowOf(id: string) {
  const [row] = await world.db.select().from(assessmentRequest).where(eq(assessmentRequest.id, id));
  if (!row) throw new Error('request not found');
  return row;
}

/** A school's request received on `receivedOn`, with its LA's caseworker and the school's SENCO. */
async function schoolCase(receivedOn = '2026-11-02') {
  const { la, caseworker } = await kit.makeLaWithCaseworker();
  const s = await kit.makeSchoolWithSenco(la.dfeCode);
  kit.setToday(receivedOn);
  const sent = await kit.schoolRequest(s, la.dfeCode);
  kit.resetClock();
  return { la, caseworker, senco: s.senco, requestId: sent.id };
}

const recordDecision = (
  c: { caseworker: Parameters<CaseworkKit['act']>[0]; requestId: string },
  input: Record<string, unknown>,
) =>
  kit.act<{ status: string }>(c.caseworker, 'casework.recordDecision', {
    requestId: c.requestId,
    decision: 'assess',
    reasons,
    ...input,
  });

const dateOf = (file: CaseFile, key: string) => file.statutoryDates.find((d) => d.key === key);

describe('deciding whether to assess', () => {
  it('records a decision to assess with its reasons, and the school sees it at once', async () => {
    const c = await schoolCase();

    const res = await recordDecision(c, { decidedOn: '2026-11-20' });

    expect(res.status).toBe(200);
    expect(res.body.result?.data).toEqual({ status: 'assessing' });
    const [listed] = dataOf(await kit.ask<SchoolList>(c.senco, 'requests.list', {}));
    expect(listed).toMatchObject({ id: c.requestId, status: 'assessing', statusLabel: 'Assessing' });
    const detail = dataOf(await kit.ask<SchoolDetail>(c.senco, 'requests.byId', { requestId: c.requestId }));
    expect(detail.status).toBe('assessing');
    expect(detail.events).toContainEqual(
      expect.objectContaining({
        kind: 'decision_recorded',
        detail: { decision: 'assess', decidedOn: '2026-11-20', reason: reasons },
      }),
    );
    const file = await kit.caseById(c.caseworker, c.requestId);
    expect(file.decision).toEqual({ decision: 'assess', on: '2026-11-20', reasons });
    expect(dateOf(file, 'decisionWhetherToAssess')).toMatchObject({
      metOn: '2026-11-20',
      state: 'met_on_time',
    });
  });

  it('records a decision not to assess, which the school sees with the reasons, and closes the case', async () => {
    const c = await schoolCase();
    const notNow = 'The school has not yet tried the support its own assessment recommends.';

    const res = await recordDecision(c, { decision: 'not_assess', decidedOn: '2026-11-25', reasons: notNow });

    expect(res.body.result?.data).toEqual({ status: 'not_assessing' });
    const [listed] = dataOf(await kit.ask<SchoolList>(c.senco, 'requests.list', {}));
    expect(listed?.status).toBe('not_assessing');
    const detail = dataOf(await kit.ask<SchoolDetail>(c.senco, 'requests.byId', { requestId: c.requestId }));
    expect(detail.events).toContainEqual(
      expect.objectContaining({
        kind: 'decision_recorded',
        detail: expect.objectContaining({ decision: 'not_assess', reason: notNow }),
      }),
    );
    const file = await kit.caseById(c.caseworker, c.requestId);
    expect(file.statutoryDates.map((d) => d.key)).toEqual(['decisionWhetherToAssess']);
    expect((await kit.caseload(c.caseworker)).items).toEqual([]);
    expect(
      (await kit.caseload(c.caseworker, { status: 'not_assessing' })).items.map((i) => [i.id, i.nextDue]),
    ).toEqual([[c.requestId, null]]);
  });

  it('shows the school the decision date as met, not still running, once the LA has decided', async () => {
    const c = await schoolCase();
    dataOf(await recordDecision(c, { decidedOn: '2026-11-20' }));

    const detail = dataOf(await kit.ask<SchoolDetail>(c.senco, 'requests.byId', { requestId: c.requestId }));
    const [listed] = dataOf(await kit.ask<SchoolList>(c.senco, 'requests.list', {}));

    expect(detail.statutoryDates.find((d) => d.key === 'decisionWhetherToAssess')).toMatchObject({
      metOn: '2026-11-20',
      state: 'met_on_time',
    });
    expect(listed?.nextDate?.label).not.toBe('Decide whether to assess');
  });

  it('refuses a decision dated before the request was received or in the future, naming decidedOn', async () => {
    const c = await schoolCase();
    const before = await rowOf(c.requestId);

    const early = await recordDecision(c, { decidedOn: '2026-11-01' });
    const future = await recordDecision(c, { decidedOn: addDays(kit.today(), 1) });

    expect(early.status).toBe(400);
    expect(early.body.error?.data.fieldErrors).toEqual([
      {
        field: 'decidedOn',
        reason: 'The date of the decision must be the same as or after the date the request was received',
      },
    ]);
    expect(future.status).toBe(400);
    expect(future.body.error?.data.fieldErrors).toEqual([
      { field: 'decidedOn', reason: 'The date of the decision must be today or in the past' },
    ]);
    expect(await rowOf(c.requestId)).toEqual(before);
  });

  it('asks for the decision, its date and its reasons', async () => {
    const c = await schoolCase();

    const res = await kit.act(c.caseworker, 'casework.recordDecision', {
      requestId: c.requestId,
      reasons: ' ',
    });

    expect(res.status).toBe(400);
    expect(res.body.error?.data.fieldErrors).toEqual([
      { field: 'decision', reason: 'Select whether the local authority will carry out an assessment' },
      { field: 'decidedOn', reason: 'Enter the date of the decision' },
      { field: 'reasons', reason: 'Enter the reasons for the decision' },
    ]);
    expect((await rowOf(c.requestId)).status).toBe('submitted');
  });

  it('refuses a second decision and keeps the first', async () => {
    const c = await schoolCase();
    dataOf(await recordDecision(c, { decidedOn: '2026-11-20' }));

    const again = await recordDecision(c, { decision: 'not_assess', decidedOn: '2026-11-21' });

    expect(again.status).toBe(409);
    expect(again.body.error?.message).toBe(
      'A decision whether to assess has already been recorded for this request',
    );
    expect(await rowOf(c.requestId)).toMatchObject({
      status: 'assessing',
      decision: 'assess',
      decisionOn: '2026-11-20',
    });
  });

  it('lets the LA decide while it is waiting for more information from the school', async () => {
    const c = await schoolCase();
    dataOf(
      await kit.act(c.caseworker, 'casework.requestMoreInformation', {
        requestId: c.requestId,
        message: 'Send the EP report.',
      }),
    );

    const res = await recordDecision(c, { decidedOn: '2026-11-26' });

    expect(res.body.result?.data).toEqual({ status: 'assessing' });
  });

  it('refuses a decision on a request the school has withdrawn', async () => {
    const c = await schoolCase();
    dataOf(
      await kit.act(c.senco, 'requests.withdraw', {
        requestId: c.requestId,
        reason: 'The family moved away.',
      }),
    );

    const res = await recordDecision(c, { decidedOn: '2026-11-26' });

    expect(res.status).toBe(409);
    expect(await rowOf(c.requestId)).toMatchObject({ status: 'withdrawn', decision: null });
  });
});

describe('the draft and final plan', () => {
  const step = (
    c: { caseworker: Parameters<CaseworkKit['act']>[0]; requestId: string },
    name: string,
    on: string,
  ) =>
    kit.act<{ status: string }>(c.caseworker, 'casework.recordStep', {
      requestId: c.requestId,
      step: name,
      on,
    });

  async function assessing() {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker, { receivedOn: '2026-06-01' });
    return { caseworker, requestId: id };
  }

  it('refuses a draft plan before the decision to assess', async () => {
    const c = await assessing();

    const res = await step(c, 'draft_plan_served', '2026-09-01');

    expect(res.status).toBe(400);
    expect(res.body.error?.data.fieldErrors).toEqual([
      { field: 'step', reason: 'Record the decision to assess first' },
    ]);
    expect((await rowOf(c.requestId)).draftPlanServedOn).toBeNull();
  });

  it('refuses a final plan within the family’s 15 days to comment on the draft (reg 13(1)), and accepts it on the day after', async () => {
    const c = await assessing();
    await kit.decide(c.caseworker, c.requestId, '2026-07-10');
    dataOf(await step(c, 'draft_plan_served', '2026-09-01'));

    const tooSoon = await step(c, 'final_plan_issued', '2026-09-15');
    const inTime = await step(c, 'final_plan_issued', '2026-09-16');

    expect(tooSoon.status).toBe(400);
    expect(tooSoon.body.error?.data.fieldErrors).toEqual([
      {
        field: 'on',
        reason:
          'The final plan cannot be issued before 16 September 2026. The family has 15 days, starting on the day the draft plan was served, to comment on it',
      },
    ]);
    expect(inTime.body.result?.data).toEqual({ status: 'plan_issued' });
    const file = await kit.caseById(c.caseworker, c.requestId);
    expect(file.steps).toEqual({
      draftPlanServedOn: '2026-09-01',
      finalPlanIssuedOn: '2026-09-16',
      notIssueNoticeOn: null,
    });
    expect(dateOf(file, 'finalPlan')).toMatchObject({
      dueOn: '2026-10-19',
      metOn: '2026-09-16',
      state: 'met_on_time',
    });
    expect(dateOf(file, 'draftPlanComments')).toMatchObject({ startsOn: '2026-09-01', dueOn: '2026-09-15' });
  });

  it('shows the school that the plan has been issued', async () => {
    const c = await schoolCase('2026-11-02');
    dataOf(await recordDecision(c, { decidedOn: '2026-11-03' }));
    dataOf(await step(c, 'draft_plan_served', '2026-11-04'));

    dataOf(await step(c, 'final_plan_issued', '2026-11-19'));

    const [listed] = dataOf(await kit.ask<SchoolList>(c.senco, 'requests.list', {}));
    expect(listed).toMatchObject({ status: 'plan_issued', statusLabel: 'EHC plan issued' });
    const detail = dataOf(await kit.ask<SchoolDetail>(c.senco, 'requests.byId', { requestId: c.requestId }));
    expect(detail.events.map((e) => e.kind)).toEqual([
      'submitted',
      'decision_recorded',
      'draft_plan_served',
      'final_plan_issued',
    ]);
  });

  it('refuses a final plan with no draft, a second draft, and any step dated before the decision or in the future', async () => {
    const c = await assessing();
    await kit.decide(c.caseworker, c.requestId, '2026-07-10');

    const noDraft = await step(c, 'final_plan_issued', '2026-10-01');
    const beforeDecision = await step(c, 'draft_plan_served', '2026-07-09');
    const future = await step(c, 'draft_plan_served', addDays(kit.today(), 1));
    dataOf(await step(c, 'draft_plan_served', '2026-09-01'));
    const secondDraft = await step(c, 'draft_plan_served', '2026-09-02');

    expect(noDraft.body.error?.data.fieldErrors).toEqual([
      { field: 'step', reason: 'Record the draft plan being sent first' },
    ]);
    expect(beforeDecision.body.error?.data.fieldErrors).toEqual([
      { field: 'on', reason: 'The date must be the same as or after the date of the decision to assess' },
    ]);
    expect(future.body.error?.data.fieldErrors).toEqual([
      { field: 'on', reason: 'The date must be today or in the past' },
    ]);
    expect([noDraft.status, beforeDecision.status, future.status, secondDraft.status]).toEqual([
      400, 400, 400, 409,
    ]);
    expect(await rowOf(c.requestId)).toMatchObject({
      status: 'assessing',
      draftPlanServedOn: '2026-09-01',
      finalPlanIssuedOn: null,
    });
  });

  it('closes the case when the family is told no plan will be issued', async () => {
    const c = await assessing();
    await kit.decide(c.caseworker, c.requestId, '2026-07-10');

    const notice = await step(c, 'not_issue_notice', '2026-09-14');
    const draftAfterwards = await step(c, 'draft_plan_served', '2026-09-15');

    expect(notice.body.result?.data).toEqual({ status: 'not_issuing' });
    expect(draftAfterwards.status).toBe(409);
    const file = await kit.caseById(c.caseworker, c.requestId);
    expect(dateOf(file, 'notIssueNotice')).toMatchObject({
      dueOn: '2026-09-21',
      metOn: '2026-09-14',
      state: 'met_on_time',
    });
    expect(dateOf(file, 'finalPlan')).toBeUndefined();
  });
});

describe('exceptions to the time limits', () => {
  it('records exceptional personal circumstances against the 20-week limit and flags the case', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker, { receivedOn: '2026-09-01' });

    const res = await kit.act<{ id: string }>(caseworker, 'casework.recordException', {
      requestId: id,
      reason: 'exceptional_personal_circumstances',
      appliesTo: ['finalPlan'],
      fromOn: '2026-10-05',
      note: 'Family bereavement',
    });

    expect(res.status).toBe(200);
    expect((await rowOf(id)).hasException).toBe(true);
    const file = await kit.caseById(caseworker, id);
    expect(file.exceptions).toEqual([
      {
        id: dataOf(res).id,
        reason: 'exceptional_personal_circumstances',
        appliesTo: ['finalPlan'],
        fromOn: '2026-10-05',
        toOn: null,
        note: 'Family bereavement',
      },
    ]);
    expect(dateOf(file, 'finalPlan')).toMatchObject({ dueOn: '2027-01-19', hasException: true });
    expect(dateOf(file, 'decisionWhetherToAssess')).toMatchObject({ hasException: false });
    expect((await kit.caseload(caseworker, { hasException: true })).items.map((i) => i.id)).toEqual([id]);
    expect((await kit.caseload(caseworker, { hasException: false })).items).toEqual([]);
  });

  it('refuses a missed appointment as an excuse for the final plan, which the regs allow only for advice', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker, { receivedOn: '2026-09-01' });

    const res = await kit.act(caseworker, 'casework.recordException', {
      requestId: id,
      reason: 'missed_appointment',
      appliesTo: ['finalPlan'],
      fromOn: '2026-10-05',
    });

    expect(res.status).toBe(400);
    expect(res.body.error?.data.fieldErrors).toEqual([
      {
        field: 'appliesTo',
        reason:
          'Missed appointment for an examination or test does not excuse the 20 weeks to issue the final plan. Remove that time limit, or choose a different reason',
      },
    ]);
    expect((await rowOf(id)).hasException).toBe(false);
    expect(
      await world.db
        .select()
        .from(statutoryExceptionRecord)
        .where(eq(statutoryExceptionRecord.requestId, id)),
    ).toEqual([]);
  });

  it('refuses a closure shorter than 4 weeks, an end before the start and a start in the future', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker, { receivedOn: '2026-09-01' });
    const record = (input: Record<string, unknown>) =>
      kit.act(caseworker, 'casework.recordException', {
        requestId: id,
        reason: 'school_closure',
        appliesTo: ['finalPlan'],
        ...input,
      });

    const short = await record({ fromOn: '2026-10-01', toOn: '2026-10-20' });
    const backwards = await record({ fromOn: '2026-10-01', toOn: '2026-09-20' });
    const future = await record({ fromOn: addDays(kit.today(), 2) });

    expect(short.body.error?.data.fieldErrors).toEqual([
      {
        field: 'toOn',
        reason:
          'A closure must last at least 4 weeks to be an exception. Check the dates, or choose a different reason',
      },
    ]);
    expect(backwards.body.error?.data.fieldErrors).toEqual([
      {
        field: 'toOn',
        reason: 'The date the exception ended must be the same as or after the date it started',
      },
    ]);
    expect(future.body.error?.data.fieldErrors).toEqual([
      { field: 'fromOn', reason: 'The date the exception started must be today or in the past' },
    ]);
    expect([short.status, backwards.status, future.status]).toEqual([400, 400, 400]);
    expect((await rowOf(id)).hasException).toBe(false);
  });
});
