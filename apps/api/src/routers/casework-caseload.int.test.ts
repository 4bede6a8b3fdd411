import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import {
  caseworkKit,
  dataOf,
  upnFor,
  type Caseload,
  type CaseworkKit,
  type Person,
} from '../testing/casework';
import { createTestWorld, makeLa, makeSchool, type TestWorld } from '../testing/harness';

let world: TestWorld;
let kit: CaseworkKit;

/**
 * One LA's caseload on Thursday 26 November 2026, worked out by hand. Next statutory date (the
 * 6-week decision unless said otherwise) and who holds each case:
 *
 *   oliver  Oliver Smith   direct, received 1 Oct     next 12 Nov (overdue)   Alice
 *   olivia  Olivia Brown   direct, received 20 Oct    next 1 Dec (5 days)     Alice
 *   harry   Harry Jones    direct, received 26 Nov    next 7 Jan 2027         unallocated
 *   isla    Isla Taylor    direct, received 15 Oct    next 26 Nov (today)     Bob, with an exception
 *   jack    Jack Wilson    direct, received 1 Sep     assessing since 5 Oct: next 22 Dec (16-week notice)   Bob
 *   amelia  Amelia Evans   direct, received 1 Jun     plan issued 1 Oct (closed)   Alice
 *   noah    Noah Walker    direct, received 10 Nov    not assessing (closed)  unallocated
 *   mia     Mia Oliver     direct, received 16 Nov    next 28 Dec             unallocated
 *   ava     Ava Green      school in the LA, received 2 Nov, more information asked for: next 14 Dec   Bob
 *   leo     Leo Hall       school in another LA, received 12 Nov   next 24 Dec   unallocated
 *   ella    Ella Wood      school in another LA, received 19 Nov   next 31 Dec   Alice
 *   freddie Freddie King   school in the LA, received 5 Nov, withdrawn (closed)  unallocated
 * plus a draft from the LA's school and a request to another LA, neither of which may appear.
 * The school requests had advice asked for on the day they arrived, so each has its next date stored.
 */
const open = ['oliver', 'olivia', 'harry', 'isla', 'jack', 'mia', 'ava', 'leo', 'ella'] as const;
const byNextDue = ['oliver', 'isla', 'olivia', 'ava', 'jack', 'leo', 'mia', 'ella', 'harry'];

const ids: Record<string, string> = {};
const refs: Record<string, string> = {};
let alice: Person;
let bob: Person;
let manager: Person;
let laCode: string;
let otherLaCode: string;
let schoolInLa: string;
const nameOf = new Map<string, string>();

beforeAll(async () => {
  world = await createTestWorld();
  kit = caseworkKit(world);
  kit.resetClock();
  const { la, caseworker: intake } = await kit.makeLaWithCaseworker('Caseload LA');
  const other = await makeLa(world.db, 'Neighbouring LA');
  laCode = la.dfeCode;
  otherLaCode = other.dfeCode;
  alice = await kit.makeStaff(la.id, 'caseworker', 'Alice Archer');
  bob = await kit.makeStaff(la.id, 'caseworker', 'Bob Baker');
  manager = await kit.makeStaff(la.id, 'team_manager', 'Tess Manager');
  const local = await kit.makeSchoolWithSenco(la.dfeCode);
  const acrossSchool = await makeSchool(world.db, other.dfeCode);
  const across = { school: acrossSchool, senco: await kit.makeSchoolStaff(acrossSchool.urn) };
  schoolInLa = local.school.urn;

  const direct = async (
    key: string,
    childLegalName: string,
    receivedOn: string,
    extra: { childUpn?: string } = {},
  ) => {
    const made = await kit.directRequest(intake, { childLegalName, receivedOn, ...extra });
    ids[key] = made.id;
    refs[key] = made.reference;
    nameOf.set(made.id, key);
  };
  const fromSchool = async (
    key: string,
    s: typeof local,
    legalName: string,
    receivedOn: string,
    advice = true,
  ) => {
    kit.setToday(receivedOn);
    const sent = await kit.schoolRequest(s, la.dfeCode, { legalName });
    if (advice) {
      dataOf(
        await kit.act(intake, 'casework.requestAdvice', {
          requestId: sent.id,
          adviserKind: 'school',
          adviserName: 'SENCO',
          requestedOn: receivedOn,
        }),
      );
    }
    kit.resetClock();
    ids[key] = sent.id;
    refs[key] = sent.reference ?? '';
    nameOf.set(sent.id, key);
  };

  await direct('oliver', 'Oliver Smith', '2026-10-01', { childUpn: upnFor(101) });
  await direct('olivia', 'Olivia Brown', '2026-10-20');
  await direct('harry', 'Harry Jones', '2026-11-26');
  await direct('isla', 'Isla Taylor', '2026-10-15');
  await direct('jack', 'Jack Wilson', '2026-09-01');
  await direct('amelia', 'Amelia Evans', '2026-06-01');
  await direct('noah', 'Noah Walker', '2026-11-10');
  await direct('mia', 'Mia Oliver', '2026-11-16');
  await fromSchool('ava', local, 'Ava Green', '2026-11-02');
  await fromSchool('leo', across, 'Leo Hall', '2026-11-12');
  await fromSchool('ella', across, 'Ella Wood', '2026-11-19');
  await fromSchool('freddie', local, 'Freddie King', '2026-11-05', false);
  await kit.schoolRequest(local, la.dfeCode, { legalName: 'Drafty McDraft', send: false });
  const { caseworker: elsewhere } = await kit.makeLaWithCaseworker('Other LA');
  await kit.directRequest(elsewhere, { childLegalName: 'Oliver Other', childUpn: upnFor(101) });

  const allocate = async (to: Person, keys: string[]) =>
    dataOf(
      await kit.act(intake, 'casework.allocate', {
        requestIds: keys.map((k) => ids[k]),
        caseworkerId: to.id,
      }),
    );
  await allocate(alice, ['oliver', 'olivia', 'amelia', 'ella']);
  await allocate(bob, ['isla', 'jack', 'ava']);
  dataOf(
    await kit.act(intake, 'casework.recordException', {
      requestId: ids.isla,
      reason: 'exceptional_personal_circumstances',
      appliesTo: ['decisionWhetherToAssess'],
      fromOn: '2026-10-20',
    }),
  );
  await kit.decide(intake, ids.jack ?? '', '2026-10-05');
  await kit.decide(intake, ids.amelia ?? '', '2026-07-01');
  await kit.step(intake, ids.amelia ?? '', 'draft_plan_served', '2026-09-01');
  await kit.step(intake, ids.amelia ?? '', 'final_plan_issued', '2026-10-01');
  await kit.decide(intake, ids.noah ?? '', '2026-11-20', 'not_assess');
  dataOf(
    await kit.act(intake, 'casework.requestMoreInformation', {
      requestId: ids.ava,
      message: 'Please send the EP report.',
    }),
  );
  dataOf(
    await kit.act(local.senco, 'requests.withdraw', {
      requestId: ids.freddie,
      reason: 'The family moved away.',
    }),
  );
});
afterAll(() => world.close());
beforeEach(() => kit.resetClock());

async function keysOf(person: Person, filters: Record<string, unknown>) {
  const list = await kit.caseload(person, filters);
  return list.items.map((i) => nameOf.get(i.id) ?? `unknown ${i.childName}`);
}

const byReference = (keys: string[]) =>
  [...keys].sort((a, b) => (refs[a] ?? '').localeCompare(refs[b] ?? ''));

describe('the caseload list', () => {
  it('lists the LA’s open cases by next statutory date, soonest first', async () => {
    expect(await keysOf(alice, {})).toEqual(byNextDue);
  });

  it('shows each case’s next date, its state today, the caseworker and the school', async () => {
    const list = await kit.caseload(alice, { search: 'Oliver Smith' });
    const ava = (await kit.caseload(alice, { search: 'Ava' })).items[0];

    expect(list.items).toEqual([
      expect.objectContaining({
        id: ids.oliver,
        reference: refs.oliver,
        childName: 'Oliver Smith',
        childUpn: upnFor(101),
        status: 'submitted',
        statusLabel: 'Received by LA',
        receivedOn: '2026-10-01',
        weeksElapsed: 8,
        nextDue: {
          key: 'decisionWhetherToAssess',
          label: 'Decide whether to assess',
          dueOn: '2026-11-12',
          state: 'overdue',
        },
        hasException: false,
        source: 'recorded_by_la',
        schoolName: null,
        caseworkerId: alice.id,
        caseworkerName: 'Alice Archer',
      }),
    ]);
    expect(ava).toMatchObject({
      status: 'more_information_requested',
      source: 'school_portal',
      schoolLaCode: laCode,
      caseworkerName: 'Bob Baker',
    });
  });

  it('includes closed cases only when asked, with no next date, last', async () => {
    const everything = await keysOf(alice, { isOpen: false });

    expect(everything).toEqual([...byNextDue, ...byReference(['amelia', 'noah', 'freddie'])]);
    expect((await kit.caseload(alice, { isOpen: false })).total).toBe(12);
  });

  it('filters by status, whether or not the case is open', async () => {
    expect(await keysOf(alice, { status: 'assessing' })).toEqual(['jack']);
    expect(await keysOf(alice, { status: 'more_information_requested' })).toEqual(['ava']);
    expect(await keysOf(alice, { status: 'plan_issued' })).toEqual(['amelia']);
    expect(await keysOf(alice, { status: 'withdrawn' })).toEqual(['freddie']);
    expect(await keysOf(alice, { status: 'draft' })).toEqual([]);
  });

  it('filters by caseworker: mine, unallocated, or a named colleague', async () => {
    expect(await keysOf(alice, { caseworker: 'me' })).toEqual(['oliver', 'olivia', 'ella']);
    expect(await keysOf(bob, { caseworker: 'me' })).toEqual(['isla', 'ava', 'jack']);
    expect(await keysOf(alice, { caseworker: bob.id })).toEqual(['isla', 'ava', 'jack']);
    expect(await keysOf(bob, { caseworker: 'unallocated' })).toEqual(['leo', 'mia', 'harry']);
    expect(await keysOf(manager, { caseworker: 'me' })).toEqual([]);
    expect(await keysOf(alice, { caseworker: 'me', isOpen: false })).toEqual([
      'oliver',
      'olivia',
      'ella',
      'amelia',
    ]);
  });

  it('filters by the school, and by the LA the school is in', async () => {
    expect(await keysOf(alice, { schoolUrn: schoolInLa })).toEqual(['ava']);
    expect(await keysOf(alice, { schoolUrn: schoolInLa, isOpen: false })).toEqual(['ava', 'freddie']);
    expect(await keysOf(alice, { schoolLaCode: otherLaCode })).toEqual(['leo', 'ella']);
    expect(await keysOf(alice, { schoolLaCode: laCode })).toEqual(['ava']);
  });

  it('filters by what is due within a number of days, what is overdue and what has an exception', async () => {
    expect(await keysOf(alice, { dueWithinDays: 10 })).toEqual(['isla', 'olivia']);
    expect(await keysOf(alice, { dueWithinDays: 0 })).toEqual(['isla']);
    expect(await keysOf(alice, { dueWithinDays: 28 })).toEqual(['isla', 'olivia', 'ava', 'jack', 'leo']);
    expect(await keysOf(alice, { isOverdue: true })).toEqual(['oliver']);
    expect(await keysOf(alice, { isOverdue: false })).toEqual(byNextDue.filter((k) => k !== 'oliver'));
    expect(await keysOf(alice, { hasException: true })).toEqual(['isla']);
  });

  it('works the overdue filter out from today’s date', async () => {
    kit.setToday('2026-12-02');

    expect(await keysOf(alice, { isOverdue: true })).toEqual(['oliver', 'isla', 'olivia']);
  });

  it('finds a child by part of their name in any case, by exact UPN, or by reference', async () => {
    expect(await keysOf(alice, { search: 'OLIV' })).toEqual(['oliver', 'olivia', 'mia']);
    expect(await keysOf(alice, { search: 'hall' })).toEqual(['leo']);
    expect(await keysOf(alice, { search: upnFor(101).toLowerCase() })).toEqual(['oliver']);
    expect(await keysOf(alice, { search: upnFor(101).slice(0, 10) })).toEqual([]);
    expect(await keysOf(alice, { search: refs.jack })).toEqual(['jack']);
    expect(await keysOf(alice, { search: '%' })).toEqual([]);
    expect(await keysOf(alice, { search: 'oliv', caseworker: 'me' })).toEqual(['oliver', 'olivia']);
  });

  it('sorts by child’s name or by date received, either way', async () => {
    const alphabetical = ['ava', 'ella', 'harry', 'isla', 'jack', 'leo', 'mia', 'oliver', 'olivia'];
    const newestFirst = ['harry', 'ella', 'mia', 'leo', 'ava', 'olivia', 'isla', 'oliver', 'jack'];

    expect(await keysOf(alice, { sort: 'child' })).toEqual(alphabetical);
    expect(await keysOf(alice, { sort: 'child', direction: 'desc' })).toEqual([...alphabetical].reverse());
    expect(await keysOf(alice, { sort: 'received', direction: 'desc' })).toEqual(newestFirst);
    expect(await keysOf(alice, { sort: 'received' })).toEqual([...newestFirst].reverse());
    expect(await keysOf(alice, { sort: 'nextDue', direction: 'desc', isOpen: false })).toEqual([
      ...[...byNextDue].reverse(),
      ...byReference(['amelia', 'noah', 'freddie']),
    ]);
  });

  it('pages through the list, with the total on every page', async () => {
    const page = (n: number) => kit.caseload(alice, { page: n, pageSize: 5 });

    const [one, two, three] = [await page(1), await page(2), await page(3)];

    expect([one.total, two.total, three.total]).toEqual([9, 9, 9]);
    expect([one.page, one.pageSize, two.page]).toEqual([1, 5, 2]);
    expect([...one.items, ...two.items].map((i) => nameOf.get(i.id))).toEqual(byNextDue);
    expect(three.items).toEqual([]);
  });

  it('refuses filters it does not understand, naming the field', async () => {
    const res = await kit.ask<Caseload>(alice, 'casework.caseload', {
      pageSize: 1000,
      schoolLaCode: 'Kent',
      status: 'lost',
    });

    expect(res.status).toBe(400);
    expect(res.body.error?.data.fieldErrors.map((e) => e.field).sort()).toEqual([
      'pageSize',
      'schoolLaCode',
      'status',
    ]);
  });

  it('shows only open statuses in the open list', async () => {
    const items = (await kit.caseload(alice, {})).items;

    expect(new Set(items.map((i) => i.status))).toEqual(
      new Set(['submitted', 'more_information_requested', 'assessing']),
    );
    expect(items).toHaveLength(open.length);
  });
});

describe('the team overview', () => {
  it('gives a team manager each caseworker’s open, overdue and due-soon cases, and the unallocated ones', async () => {
    const team = dataOf(
      await kit.ask<
        { caseworkerId: string | null; name: string; open: number; overdue: number; dueSoon: number }[]
      >(manager, 'casework.team', undefined),
    );

    expect(team.filter((r) => r.open > 0)).toEqual([
      { caseworkerId: null, name: 'Not allocated', open: 3, overdue: 0, dueSoon: 0 },
      { caseworkerId: alice.id, name: 'Alice Archer', open: 3, overdue: 1, dueSoon: 1 },
      { caseworkerId: bob.id, name: 'Bob Baker', open: 3, overdue: 0, dueSoon: 1 },
    ]);
  });

  it('counts overdue and due-soon cases as of today', async () => {
    kit.setToday('2026-12-02');

    const team = dataOf(
      await kit.ask<{ caseworkerId: string | null; overdue: number; dueSoon: number }[]>(
        manager,
        'casework.team',
        undefined,
      ),
    );

    const counts = Object.fromEntries(
      team.map((r) => [r.caseworkerId ?? 'unallocated', [r.overdue, r.dueSoon]]),
    );
    expect(counts).toMatchObject({ [alice.id]: [2, 0], [bob.id]: [1, 0], unallocated: [0, 0] });
  });

  it('is for team managers only', async () => {
    const res = await kit.ask(alice, 'casework.team', undefined);

    expect(res.status).toBe(403);
    expect(res.body.error?.data.code).toBe('FORBIDDEN');
  });
});
