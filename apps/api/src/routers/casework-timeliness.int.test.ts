import { weeksFromRequestToPlanBuckets } from '@casework/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { caseworkKit, dataOf, type CaseworkKit, type Outputs, type Person } from '../testing/casework';
import { createTestWorld, type TestWorld } from '../testing/harness';

type Timeliness = Outputs['casework']['timeliness'];

let world: TestWorld;
let kit: CaseworkKit;

/**
 * Final plans issued in July to September 2026, worked out by hand (days from receipt to plan;
 * 20 weeks is 140 days, and a plan on day 140 is in time):
 *
 *   key       received     final plan   days  weeks  in 20 weeks  bucket  exception
 *   exact     2 Mar        20 Jul       140   20     yes          16-20
 *   dayLate   9 Mar        28 Jul       141   20     no           20-26
 *   excused   20 Apr       31 Jul       102   14     yes          10-16   yes (6-week decision)
 *   may       1 May        14 Aug       105   15     yes          10-16
 *   quick     3 Aug        20 Aug        17    2     yes          0-6
 *   slow      5 Jan        21 Aug       228   32     no           26-52   yes (20-week plan)
 *   june      1 Jun        16 Sep       107   15     yes          10-16
 *   lastDay   1 Apr        30 Sep       182   26     no           20-26
 * Not counted: a plan issued 30 June and one issued 1 October (outside the period), a case with only
 * a draft plan, and a plan issued by another LA in the period.
 */
const plans = {
  exact: { receivedOn: '2026-03-02', finalOn: '2026-07-20' },
  dayLate: { receivedOn: '2026-03-09', finalOn: '2026-07-28' },
  excused: { receivedOn: '2026-04-20', finalOn: '2026-07-31' },
  may: { receivedOn: '2026-05-01', finalOn: '2026-08-14' },
  quick: { receivedOn: '2026-08-03', finalOn: '2026-08-20' },
  slow: { receivedOn: '2026-01-05', finalOn: '2026-08-21' },
  june: { receivedOn: '2026-06-01', finalOn: '2026-09-16' },
  lastDay: { receivedOn: '2026-04-01', finalOn: '2026-09-30' },
  before: { receivedOn: '2026-02-02', finalOn: '2026-06-30' },
  after: { receivedOn: '2026-05-01', finalOn: '2026-10-01' },
} as const;
type Key = keyof typeof plans;
const inPeriod: Key[] = ['exact', 'dayLate', 'excused', 'may', 'quick', 'slow', 'june', 'lastDay'];
const period = { fromOn: '2026-07-01', toOn: '2026-09-30' };

const ids: Partial<Record<Key, string>> = {};
const refs: Partial<Record<Key, string>> = {};
let manager: Person;
let caseworker: Person;
let panel: Person;
let admin: Person;

beforeAll(async () => {
  world = await createTestWorld();
  kit = caseworkKit(world);
  kit.resetClock();
  const made = await kit.makeLaWithCaseworker('Timeliness LA');
  caseworker = made.caseworker;
  manager = await kit.makeStaff(made.la.id, 'team_manager', 'Tess Manager');
  panel = await kit.makeStaff(made.la.id, 'panel_member');
  admin = await kit.makeStaff(made.la.id, 'la_admin');

  const issue = async (person: Person, receivedOn: string, finalOn: string) => {
    const { id, reference } = await kit.directRequest(person, { receivedOn });
    // Decide the day after receipt; serve the draft 15 days before the final plan (reg 13(1)).
    const decidedOn = new Date(Date.parse(`${receivedOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const draftOn = new Date(Date.parse(`${finalOn}T00:00:00Z`) - 15 * 86_400_000).toISOString().slice(0, 10);
    await kit.decide(person, id, decidedOn);
    await kit.step(person, id, 'draft_plan_served', draftOn);
    await kit.step(person, id, 'final_plan_issued', finalOn);
    return { id, reference };
  };
  for (const [key, p] of Object.entries(plans) as [Key, (typeof plans)[Key]][]) {
    const { id, reference } = await issue(caseworker, p.receivedOn, p.finalOn);
    ids[key] = id;
    refs[key] = reference;
  }
  const exception = (requestId: string | undefined, appliesTo: string[], fromOn: string) =>
    kit.act(caseworker, 'casework.recordException', {
      requestId,
      reason: 'exceptional_personal_circumstances',
      appliesTo,
      fromOn,
    });
  dataOf(await exception(ids.excused, ['decisionWhetherToAssess'], '2026-04-25'));
  dataOf(await exception(ids.slow, ['finalPlan'], '2026-02-01'));

  const draftOnly = await kit.directRequest(caseworker, { receivedOn: '2026-05-04' });
  await kit.decide(caseworker, draftOnly.id, '2026-05-05');
  await kit.step(caseworker, draftOnly.id, 'draft_plan_served', '2026-08-03');
  const other = await kit.makeLaWithCaseworker('Other LA');
  await issue(other.caseworker, '2026-05-01', '2026-08-14');
});
afterAll(() => world.close());
beforeEach(() => kit.resetClock());

const report = async (person: Person, input = period) =>
  dataOf(await kit.ask<Timeliness>(person, 'casework.timeliness', input));

const bucketCounts = (counts: Record<string, number>) =>
  weeksFromRequestToPlanBuckets.map(({ bucket, label }) => ({ bucket, label, count: counts[bucket] ?? 0 }));

describe('timeliness of new EHC plans', () => {
  it('counts the plans issued in the period and those within 20 weeks, including and excluding exceptions', async () => {
    const { summary } = await report(manager);

    expect(summary.period).toEqual(period);
    expect(summary.includingExceptions).toEqual({
      plansIssued: 8,
      issuedWithin20Weeks: 5,
      percentWithin20Weeks: 62.5,
      weeksFromRequestToPlan: bucketCounts({ '0-6': 1, '10-16': 3, '16-20': 1, '20-26': 2, '26-52': 1 }),
    });
    expect(summary.excludingExceptions).toEqual({
      plansIssued: 6,
      issuedWithin20Weeks: 4,
      percentWithin20Weeks: 66.7,
      weeksFromRequestToPlan: bucketCounts({ '0-6': 1, '10-16': 2, '16-20': 1, '20-26': 2 }),
    });
  });

  it('breaks the figures down by the month the plan was issued', async () => {
    const { months } = await report(manager);

    expect(months).toEqual([
      {
        month: '2026-07',
        plansIssued: 3,
        within20Weeks: 2,
        plansIssuedExcludingExceptions: 2,
        within20WeeksExcludingExceptions: 1,
      },
      {
        month: '2026-08',
        plansIssued: 3,
        within20Weeks: 2,
        plansIssuedExcludingExceptions: 2,
        within20WeeksExcludingExceptions: 2,
      },
      {
        month: '2026-09',
        plansIssued: 2,
        within20Weeks: 1,
        plansIssuedExcludingExceptions: 2,
        within20WeeksExcludingExceptions: 1,
      },
    ]);
  });

  it('lists the plans behind every figure, in the order they were issued', async () => {
    const { plans: listed } = await report(manager);

    expect(
      listed.map((p) => [
        p.reference,
        p.receivedOn,
        p.issuedOn,
        p.month,
        p.weeks,
        p.isWithin20Weeks,
        p.hasException,
        p.bucket,
      ]),
    ).toEqual([
      [refs.exact, '2026-03-02', '2026-07-20', '2026-07', 20, true, false, '16-20'],
      [refs.dayLate, '2026-03-09', '2026-07-28', '2026-07', 20, false, false, '20-26'],
      [refs.excused, '2026-04-20', '2026-07-31', '2026-07', 14, true, true, '10-16'],
      [refs.may, '2026-05-01', '2026-08-14', '2026-08', 15, true, false, '10-16'],
      [refs.quick, '2026-08-03', '2026-08-20', '2026-08', 2, true, false, '0-6'],
      [refs.slow, '2026-01-05', '2026-08-21', '2026-08', 32, false, true, '26-52'],
      [refs.june, '2026-06-01', '2026-09-16', '2026-09', 15, true, false, '10-16'],
      [refs.lastDay, '2026-04-01', '2026-09-30', '2026-09', 26, false, false, '20-26'],
    ]);
    expect(listed.map((p) => p.id)).toEqual(inPeriod.map((k) => ids[k]));
  });

  it('labels every weeks bucket, in order', async () => {
    const { buckets } = await report(manager);

    expect(buckets.map((b) => b.bucket)).toEqual(['0-6', '6-10', '10-16', '16-20', '20-26', '26-52', '52+']);
    expect(buckets.every((b) => b.label.length > 0)).toBe(true);
  });

  it('counts a plan on the first and last day of the period, and none either side', async () => {
    const julyOnly = await report(manager, { fromOn: '2026-07-20', toOn: '2026-07-20' });
    const september = await report(manager, { fromOn: '2026-09-30', toOn: '2026-10-01' });

    expect(julyOnly.plans.map((p) => p.id)).toEqual([ids.exact]);
    expect(september.plans.map((p) => p.id)).toEqual([ids.lastDay, ids.after]);
  });

  it('gives no percentage for a period with no plans, rather than 0%', async () => {
    const {
      summary,
      months,
      plans: listed,
    } = await report(manager, { fromOn: '2025-01-01', toOn: '2025-12-31' });

    expect(summary.includingExceptions).toMatchObject({
      plansIssued: 0,
      issuedWithin20Weeks: 0,
      percentWithin20Weeks: null,
    });
    expect(summary.excludingExceptions.percentWithin20Weeks).toBeNull();
    expect([months, listed]).toEqual([[], []]);
  });

  it('refuses a period that ends before it starts, naming the end date', async () => {
    const res = await kit.ask(manager, 'casework.timeliness', { fromOn: '2026-09-30', toOn: '2026-07-01' });

    expect(res.status).toBe(400);
    expect(res.body.error?.data.fieldErrors).toEqual([
      { field: 'toOn', reason: 'The end date must be the same as or after the start date' },
    ]);
  });

  it('is open to caseworkers and LA administrators, not to panel members', async () => {
    const byCaseworker = await kit.ask(caseworker, 'casework.timeliness', period);
    const byAdmin = await kit.ask(admin, 'casework.timeliness', period);
    const byPanel = await kit.ask(panel, 'casework.timeliness', period);

    expect([byCaseworker.status, byAdmin.status, byPanel.status]).toEqual([200, 200, 403]);
  });
});
