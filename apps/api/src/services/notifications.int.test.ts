import { assessmentRequest, job, notification } from '@casework/db';
import { formatLongDate, londonDateOf, type PlainDate } from '@casework/domain';
import type { inferRouterOutputs } from '@trpc/server';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { runDueJobs } from '../jobs/queue';
import type { AppRouter } from '../routers/index';
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
import { scanEveryLa, scanForNotifications } from './notifications';

type NotificationList = inferRouterOutputs<AppRouter>['notifications']['list'];

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(() => world.close());
beforeEach(() => {
  world.clock.current = new TestClock().current; // 26 November 2026
});

const CHILD_NAME = 'Zebedee Quartermain';
const DAY_MINUTES = 24 * 60;

function dataOf<T>(res: CallResult<T>): T {
  if (res.status !== 200 || !res.body.result)
    throw new Error(`expected success, got ${res.status}: ${JSON.stringify(res.body.error)}`);
  return res.body.result.data;
}

async function makeTeam(counts: { managers: number; caseworkers: number } = { managers: 1, caseworkers: 1 }) {
  const la = await makeLa(world.db);
  const managers = [];
  for (let i = 0; i < counts.managers; i += 1)
    managers.push(await makeUser(world.db, [{ laId: la.id, role: 'team_manager' }]));
  const caseworkers = [];
  for (let i = 0; i < counts.caseworkers; i += 1)
    caseworkers.push(await makeUser(world.db, [{ laId: la.id, role: 'caseworker' }]));
  return { la, managers, caseworkers };
}
type Team = Awaited<ReturnType<typeof makeTeam>>;

function first<T>(items: T[]): T {
  const [item] = items;
  if (!item) throw new Error('expected at least one');
  return item;
}

/** A request a parent sent to the LA, received today by the test clock, recorded by a caseworker. */
async function receiveRequest(team: Team) {
  const cookie = await signIn(world.app, first(team.caseworkers));
  const created = dataOf(
    await mutate<{ id: string; reference: string }>(
      world.app,
      'casework.recordDirectRequest',
      {
        receivedOn: londonDateOf(world.clock.now()),
        requesterKind: 'parent',
        requesterName: 'Alex Parent',
        childLegalName: CHILD_NAME,
        childDateOfBirth: '2018-03-14',
        summary: 'The family ask for an assessment',
      },
      cookie,
    ),
  );
  const [row] = await world.db
    .select({ nextDueOn: assessmentRequest.nextDueOn, nextDueKey: assessmentRequest.nextDueKey })
    .from(assessmentRequest)
    .where(eq(assessmentRequest.id, created.id));
  if (!row?.nextDueOn) throw new Error('the request has no next date');
  return { ...created, nextDueOn: row.nextDueOn as PlainDate, nextDueKey: row.nextDueKey };
}

async function allocate(team: Team, requestId: string, caseworkerId: string) {
  const cookie = await signIn(world.app, first(team.managers));
  dataOf(await mutate(world.app, 'casework.allocate', { requestIds: [requestId], caseworkerId }, cookie));
}

/** Every notification a person has, read past row-level security so nothing can hide. */
function notificationsOf(userId: string) {
  return world.db.select().from(notification).where(eq(notification.recipientId, userId));
}

/** Noon in London on the given date, so the calendar date is unambiguous. */
function setToday(date: PlainDate) {
  world.clock.current = new Date(`${date}T12:00:00Z`);
}

function daysBefore(date: PlainDate, days: number): PlainDate {
  return londonDateOf(new Date(new Date(`${date}T12:00:00Z`).getTime() - days * DAY_MINUTES * 60_000));
}

const scan = (team: Team) => scanForNotifications(world.deps, team.la.id, world.clock.now());

describe('new requests', () => {
  it('tells each team manager about a new unallocated request once, however often the scan runs', async () => {
    const team = await makeTeam({ managers: 2, caseworkers: 1 });
    const request = await receiveRequest(team);

    await scan(team);
    await scan(team);

    for (const manager of team.managers) {
      const mine = await notificationsOf(manager.id);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        kind: 'new_request',
        requestId: request.id,
        title: `New request ${request.reference} received`,
        readAt: null,
      });
    }
    expect(await notificationsOf(first(team.caseworkers).id)).toEqual([]);
  });

  it('tells the caseworkers when the LA has no team manager', async () => {
    const team = await makeTeam({ managers: 0, caseworkers: 2 });
    const request = await receiveRequest(team);

    await scan(team);

    for (const caseworker of team.caseworkers) {
      expect((await notificationsOf(caseworker.id)).map((n) => n.title)).toEqual([
        `New request ${request.reference} received`,
      ]);
    }
  });

  it('says nothing new about a request once it is allocated', async () => {
    const team = await makeTeam();
    const request = await receiveRequest(team);
    await allocate(team, request.id, first(team.caseworkers).id);

    await scan(team);

    expect(await notificationsOf(first(team.managers).id)).toEqual([]);
  });
});

describe('allocation', () => {
  it('tells the caseworker once when a request is allocated to them', async () => {
    const team = await makeTeam({ managers: 1, caseworkers: 2 });
    const [caseworker, other] = team.caseworkers;
    if (!caseworker || !other) throw new Error('two caseworkers expected');
    const request = await receiveRequest(team);

    await allocate(team, request.id, caseworker.id);
    await scan(team);
    await scan(team);

    const mine = await notificationsOf(caseworker.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      kind: 'allocated',
      requestId: request.id,
      title: `${request.reference} has been allocated to you`,
    });
    expect(await notificationsOf(other.id)).toEqual([]);
  });

  it('tells the new caseworker when a request is reallocated', async () => {
    const team = await makeTeam({ managers: 1, caseworkers: 2 });
    const [caseworker, other] = team.caseworkers;
    if (!caseworker || !other) throw new Error('two caseworkers expected');
    const request = await receiveRequest(team);
    await allocate(team, request.id, caseworker.id);
    await scan(team);

    world.clock.advanceMinutes(5);
    await allocate(team, request.id, other.id);
    await scan(team);

    expect((await notificationsOf(other.id)).map((n) => n.kind)).toEqual(['allocated']);
    expect((await notificationsOf(caseworker.id)).map((n) => n.kind)).toEqual(['allocated']);
  });
});

describe('statutory dates', () => {
  it('warns the caseworker of a date due within 10 days, then that it is overdue, once each', async () => {
    const team = await makeTeam();
    const caseworker = first(team.caseworkers);
    const request = await receiveRequest(team);
    await allocate(team, request.id, caseworker.id);
    await scan(team);
    const dueOn = request.nextDueOn;
    expect(request.nextDueKey).toBe('decisionWhetherToAssess');
    const kindsOf = async () => (await notificationsOf(caseworker.id)).map((n) => n.kind).sort();

    setToday(daysBefore(dueOn, 11));
    await scan(team);
    expect(await kindsOf()).toEqual(['allocated']);

    setToday(daysBefore(dueOn, 10));
    await scan(team);
    world.clock.advanceMinutes(3 * DAY_MINUTES);
    await scan(team);
    expect(await kindsOf()).toEqual(['allocated', 'due_soon']);

    setToday(dueOn);
    await scan(team);
    expect(await kindsOf()).toEqual(['allocated', 'due_soon']);

    world.clock.advanceMinutes(DAY_MINUTES);
    await scan(team);
    world.clock.advanceMinutes(7 * DAY_MINUTES);
    await scan(team);
    expect(await kindsOf()).toEqual(['allocated', 'due_soon', 'overdue']);

    const titles = Object.fromEntries((await notificationsOf(caseworker.id)).map((n) => [n.kind, n.title]));
    expect(titles.due_soon).toBe(
      `${request.reference}: Decide whether to assess is due on ${formatLongDate(dueOn)}`,
    );
    expect(titles.overdue).toBe(
      `${request.reference}: Decide whether to assess was due on ${formatLongDate(dueOn)} (overdue)`,
    );
    expect((await notificationsOf(first(team.managers).id)).map((n) => n.kind)).toEqual([]);
  });

  it('warns the team managers about dates on a request nobody holds', async () => {
    const team = await makeTeam();
    const request = await receiveRequest(team);

    setToday(daysBefore(request.nextDueOn, -1));
    await scan(team);

    expect((await notificationsOf(first(team.managers).id)).map((n) => n.kind).sort()).toEqual([
      'new_request',
      'overdue',
    ]);
    expect(await notificationsOf(first(team.caseworkers).id)).toEqual([]);
  });

  it('does not remind anyone about a request the school has withdrawn', async () => {
    const team = await makeTeam();
    const request = await receiveRequest(team);
    await world.db
      .update(assessmentRequest)
      .set({ status: 'withdrawn' })
      .where(eq(assessmentRequest.id, request.id));

    setToday(daysBefore(request.nextDueOn, 1));
    await scan(team);

    expect(await notificationsOf(first(team.managers).id)).toEqual([]);
  });
});

describe('isolation between LAs', () => {
  it('never tells another LA’s staff about a request, even when every LA is scanned', async () => {
    const kent = await makeTeam();
    const medway = await makeTeam();
    const request = await receiveRequest(kent);
    setToday(daysBefore(request.nextDueOn, -1));

    await scanEveryLa(world.deps, world.clock.now());
    await scanForNotifications(world.deps, medway.la.id, world.clock.now());

    for (const user of [...medway.managers, ...medway.caseworkers])
      expect(await notificationsOf(user.id)).toEqual([]);
    const toKent = await world.db.select().from(notification).where(eq(notification.requestId, request.id));
    expect(new Set(toKent.map((n) => n.laId))).toEqual(new Set([kent.la.id]));
    expect(new Set(toKent.map((n) => n.recipientId))).toEqual(new Set([first(kent.managers).id]));
  });
});

describe('email', () => {
  it('queues one email per new notification and sends it with no child’s name in it', async () => {
    const team = await makeTeam();
    const manager = first(team.managers);
    const request = await receiveRequest(team);
    setToday(daysBefore(request.nextDueOn, 2));

    await scan(team);
    await scan(team);
    const notes = await notificationsOf(manager.id);
    const jobs = await world.db
      .select()
      .from(job)
      .where(
        inArray(
          job.dedupeKey,
          notes.map((n) => `email:${n.id}`),
        ),
      );
    expect(notes).toHaveLength(2);
    expect(jobs).toHaveLength(2);

    await runDueJobs(world.deps, { limit: 100 });
    await runDueJobs(world.deps, { limit: 100 });

    const sent = world.mailer.to(manager.email);
    expect(sent.map((m) => m.subject).sort()).toEqual(notes.map((n) => n.title).sort());
    for (const message of sent) {
      expect(message.text).toContain(`${TEST_ORIGIN}/cases/${request.id}`);
      expect(message.text).toContain(request.reference);
      for (const personal of ['Zebedee', 'Quartermain', '2018-03-14', 'Alex Parent']) {
        expect(message.subject).not.toContain(personal);
        expect(message.text).not.toContain(personal);
      }
    }
  });
});

describe('notifications in the app', () => {
  async function teamWithNotifications() {
    const team = await makeTeam();
    const requests = [await receiveRequest(team)];
    await scan(team);
    world.clock.advanceMinutes(1);
    requests.push(await receiveRequest(team));
    await scan(team);
    return { team, requests };
  }

  it('lists a person’s notifications newest first with the number unread', async () => {
    const { team, requests } = await teamWithNotifications();
    const cookie = await signIn(world.app, first(team.managers));

    const list = dataOf(await query<NotificationList>(world.app, 'notifications.list', undefined, cookie));

    expect(list.unreadCount).toBe(2);
    expect(list.items.map((n) => n.requestId)).toEqual([requests[1]?.id, requests[0]?.id]);
    expect(list.items[0]).toMatchObject({ kind: 'new_request', isRead: false });
  });

  it('marks one notification read, then all of them', async () => {
    const { team } = await teamWithNotifications();
    const cookie = await signIn(world.app, first(team.managers));
    const before = dataOf(await query<NotificationList>(world.app, 'notifications.list', undefined, cookie));

    dataOf(
      await mutate(world.app, 'notifications.markRead', { notificationId: before.items[0]?.id }, cookie),
    );
    const afterOne = dataOf(
      await query<NotificationList>(world.app, 'notifications.list', undefined, cookie),
    );
    dataOf(await mutate(world.app, 'notifications.markAllRead', undefined, cookie));
    const afterAll = dataOf(
      await query<NotificationList>(world.app, 'notifications.list', undefined, cookie),
    );

    expect(afterOne.unreadCount).toBe(1);
    expect(afterOne.items.map((n) => n.isRead)).toEqual([true, false]);
    expect(afterAll.unreadCount).toBe(0);
  });

  it('gives NOT_FOUND for someone else’s notification, in the same LA or another, and leaves it unread', async () => {
    const { team } = await teamWithNotifications();
    const other = await makeTeam();
    const theirs = first(await notificationsOf(first(team.managers).id));
    const sameLa = await signIn(world.app, first(team.caseworkers));
    const otherLa = await signIn(world.app, first(other.managers));

    for (const cookie of [sameLa, otherLa]) {
      const res = await mutate(world.app, 'notifications.markRead', { notificationId: theirs.id }, cookie);
      expect(res.status).toBe(404);
      expect(res.body.error?.data.code).toBe('NOT_FOUND');
    }
    const [after] = await world.db.select().from(notification).where(eq(notification.id, theirs.id));
    expect(after?.readAt).toBeNull();
  });

  it('is for LA staff only', async () => {
    const la = await makeLa(world.db);
    const school = await makeSchool(world.db, la.dfeCode);
    const senco = await makeUser(world.db, [{ schoolUrn: school.urn, role: 'senco' }]);
    const cookie = await signIn(world.app, senco);

    const res = await query(world.app, 'notifications.list', undefined, cookie);

    expect(res.status).toBe(403);
  });

  it('shows a panel member only their own notifications', async () => {
    const { team } = await teamWithNotifications();
    const panelMember = await makeUser(world.db, [{ laId: team.la.id, role: 'panel_member' }]);
    const cookie = await signIn(world.app, panelMember);

    const list = dataOf(await query<NotificationList>(world.app, 'notifications.list', undefined, cookie));

    expect(list).toEqual({ items: [], unreadCount: 0 });
  });
});
