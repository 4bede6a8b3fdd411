import type { inferRouterOutputs } from '@trpc/server';
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
  requestKit,
  type RequestKit,
  type SchoolWithSenco,
} from '../testing/requests';
import type { AppRouter } from './index';

type Outputs = inferRouterOutputs<AppRouter>;
type ListItem = Outputs['requests']['list'][number];
type Filters = {
  laCode?: string;
  status?: string;
  search?: string;
  sort?: string;
  direction?: 'asc' | 'desc';
};

let world: TestWorld;
let kit: RequestKit;
beforeAll(async () => {
  world = await createTestWorld();
  kit = requestKit(world);
});
afterAll(() => world.close());
beforeEach(() => {
  world.clock.current = new TestClock().current; // 26 November 2026
});

/** A draft for the named child; sent to `homeLa` (the child's home LA) when `send` is set. */
async function makeRequest(
  s: SchoolWithSenco,
  childName: string,
  options: { homeLa?: string; send?: boolean } = {},
) {
  const id = await kit.startDraft(s.cookie);
  const answers = completeAnswers(kit.today(), options.homeLa ?? s.la.dfeCode, s.school.urn);
  await kit.fillIn(s.cookie, id, { ...answers, child: { ...answers.child, legalName: childName } });
  if (!options.send) return { id, reference: null };
  return { id, reference: dataOf(await kit.submit(s.cookie, id)).reference };
}

const list = async (cookie: string, filters: Filters = {}) =>
  dataOf(await query<Outputs['requests']['list']>(world.app, 'requests.list', filters, cookie));
const namesIn = (items: ListItem[]) => items.map((i) => i.childName);

function csv(cookie: string, params: Record<string, string> = {}) {
  const qs = new URLSearchParams(params).toString();
  return world.app.request(`/files/requests.csv${qs ? `?${qs}` : ''}`, { headers: { cookie } });
}

describe('the school’s tracking list', () => {
  it('lists every request of the active school in every LA, and nothing of other schools', async () => {
    const s = await kit.makeSchoolWithSenco();
    const elsewhere = await makeLa(world.db, 'Elsewhere');
    const chosen = await makeLa(world.db, 'Chosen');
    const other = await kit.makeSchoolWithSenco();
    const sent = await makeRequest(s, 'Ava Jones', { homeLa: elsewhere.dfeCode, send: true });
    const draft = await makeRequest(s, 'Ben Smith');
    const moved = await makeRequest(s, 'Cara Brown');
    dataOf(
      await mutate(
        world.app,
        'requests.chooseReceivingLa',
        { requestId: moved.id, laCode: chosen.dfeCode },
        s.cookie,
      ),
    );
    await makeRequest(other, 'Dan Green');
    const head = await makeUser(world.db, [{ schoolUrn: s.school.urn, role: 'headteacher' }]);

    const items = await list(s.cookie, { sort: 'child', direction: 'asc' });

    expect(items).toEqual([
      expect.objectContaining({
        id: sent.id,
        childName: 'Ava Jones',
        laCode: elsewhere.dfeCode,
        laName: elsewhere.name,
        status: 'submitted',
        statusLabel: 'Received by LA',
        reference: sent.reference,
      }),
      expect.objectContaining({
        id: draft.id,
        childName: 'Ben Smith',
        laCode: s.la.dfeCode,
        status: 'draft',
        reference: null,
        receivedOn: null,
        weeksElapsed: null,
        nextDate: null,
      }),
      expect.objectContaining({
        id: moved.id,
        childName: 'Cara Brown',
        laCode: chosen.dfeCode,
        status: 'draft',
      }),
    ]);
    expect(namesIn(await list(await signIn(world.app, head), { sort: 'child', direction: 'asc' }))).toEqual([
      'Ava Jones',
      'Ben Smith',
      'Cara Brown',
    ]);
  });

  it('filters by receiving LA and by status', async () => {
    const s = await kit.makeSchoolWithSenco();
    const elsewhere = await makeLa(world.db);
    await makeRequest(s, 'Ava Jones', { homeLa: elsewhere.dfeCode, send: true });
    await makeRequest(s, 'Ben Smith', { send: true });
    await makeRequest(s, 'Cara Brown');

    const inElsewhere = await list(s.cookie, { laCode: elsewhere.dfeCode });
    const drafts = await list(s.cookie, { status: 'draft' });
    const sentHome = await list(s.cookie, { laCode: s.la.dfeCode, status: 'submitted' });

    expect(namesIn(inElsewhere)).toEqual(['Ava Jones']);
    expect(namesIn(drafts)).toEqual(['Cara Brown']);
    expect(namesIn(sentHome)).toEqual(['Ben Smith']);
  });

  it('finds requests by any part of the child’s name in any case, and by reference', async () => {
    const s = await kit.makeSchoolWithSenco();
    const amelia = await makeRequest(s, 'Amelia Grace Thompson', { send: true });
    await makeRequest(s, 'Oliver Grant', { send: true });

    expect(namesIn(await list(s.cookie, { search: 'thomp' }))).toEqual(['Amelia Grace Thompson']);
    expect(namesIn(await list(s.cookie, { search: 'GRA', sort: 'child', direction: 'asc' }))).toEqual([
      'Amelia Grace Thompson',
      'Oliver Grant',
    ]);
    expect(namesIn(await list(s.cookie, { search: amelia.reference ?? '' }))).toEqual([
      'Amelia Grace Thompson',
    ]);
    expect(namesIn(await list(s.cookie, { search: amelia.reference?.slice(-5) ?? '' }))).toEqual([
      'Amelia Grace Thompson',
    ]);
    expect(await list(s.cookie, { search: '%' })).toEqual([]);
    expect(await list(s.cookie, { search: '_' })).toEqual([]);
  });

  it('sorts by child and by the weeks since the LA received each request', async () => {
    const s = await kit.makeSchoolWithSenco();
    await makeRequest(s, 'Cara Brown', { send: true });
    world.clock.advanceMinutes(60 * 24 * 7 * 2);
    const cookie = await signIn(world.app, s.senco);
    await makeRequest({ ...s, cookie }, 'Ava Jones', { send: true });
    await makeRequest({ ...s, cookie }, 'Ben Smith');

    const byChild = await list(cookie, { sort: 'child', direction: 'asc' });
    const byWeeks = await list(cookie, { sort: 'weeks', direction: 'desc' });

    expect(namesIn(byChild)).toEqual(['Ava Jones', 'Ben Smith', 'Cara Brown']);
    expect(byWeeks.map((i) => [i.childName, i.weeksElapsed])).toEqual([
      ['Cara Brown', 2],
      ['Ava Jones', 0],
      ['Ben Smith', null],
    ]);
  });

  it('counts the weeks and shows the next statutory date as time passes', async () => {
    const s = await kit.makeSchoolWithSenco();
    await makeRequest(s, 'Ava Jones', { send: true });

    world.clock.advanceMinutes(60 * 24 * 7 * 3);
    const items = await list(await signIn(world.app, s.senco));

    expect(items).toEqual([
      expect.objectContaining({
        receivedOn: '2026-11-26',
        weeksElapsed: 3,
        nextDate: expect.objectContaining({ label: 'Decide whether to assess', dueOn: '2027-01-07' }),
      }),
    ]);
  });

  it('shows a SENCO at two schools only the requests of the school they are working in', async () => {
    const first = await kit.makeSchoolWithSenco();
    const secondSchool = await makeSchool(world.db, first.la.dfeCode);
    const senco = await makeUser(world.db, [
      { schoolUrn: first.school.urn, role: 'senco' },
      { schoolUrn: secondSchool.urn, role: 'senco' },
    ]);
    const cookie = await signIn(world.app, senco);
    await makeRequest({ ...first, senco, cookie }, 'Ava Jones');

    dataOf(
      await mutate(
        world.app,
        'session.switchOrganisation',
        { membershipId: senco.memberships[1]?.id },
        cookie,
      ),
    );
    const atSecond = await list(cookie);
    await makeRequest({ ...first, school: secondSchool, senco, cookie }, 'Ben Smith');
    const afterStarting = await list(cookie);
    dataOf(
      await mutate(
        world.app,
        'session.switchOrganisation',
        { membershipId: senco.memberships[0]?.id },
        cookie,
      ),
    );
    const backAtFirst = await list(cookie);

    expect(atSecond).toEqual([]);
    expect(namesIn(afterStarting)).toEqual(['Ben Smith']);
    expect(namesIn(backAtFirst)).toEqual(['Ava Jones']);
  });
});

describe('exporting the tracking list as CSV', () => {
  it('downloads the list as a CSV file with a header row and one row per request, using the same filters', async () => {
    const s = await kit.makeSchoolWithSenco();
    const sent = await makeRequest(s, 'Ava Jones', { send: true });
    await makeRequest(s, 'Ben Smith');

    const all = await csv(s.cookie, { sort: 'child', direction: 'asc' });
    const sentOnly = await csv(s.cookie, { status: 'submitted' });

    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(all.headers.get('content-disposition')).toMatch(/^attachment; filename="requests\.csv"/);
    expect(all.headers.get('x-content-type-options')).toBe('nosniff');
    const lines = (await all.text())
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'Child,Local authority,Reference,Status,Received,Weeks of 20,Next statutory step,Next statutory date,Handled by',
    );
    expect(lines.slice(1)).toEqual([
      `Ava Jones,${s.la.name},${sent.reference},Received by LA,2026-11-26,0,Decide whether to assess,2027-01-07,`,
      `Ben Smith,${s.la.name},,Draft,,,,,`,
    ]);
    const sentLines = (await sentOnly.text()).trim().split('\n');
    expect(sentLines).toHaveLength(2);
    expect(sentLines[1]).toMatch(/^Ava Jones,/);
  });

  it('neutralises cells a spreadsheet would run as a formula', async () => {
    const s = await kit.makeSchoolWithSenco();
    for (const name of ['=HYPERLINK("http://evil.example","Click")', '+44 1234', '-2+3', '@SUM(1+1)'])
      await makeRequest(s, name);

    const res = await csv(s.cookie, { sort: 'child', direction: 'asc' });

    const rows = (await res.text())
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n')
      .slice(1);
    expect(rows.map((r) => r.split(',')[0])).toEqual([
      `'+44 1234`,
      `'-2+3`,
      `"'=HYPERLINK(""http://evil.example""`,
      `'@SUM(1+1)`,
    ]);
  });

  it('refuses a filter it does not know, saying which', async () => {
    const s = await kit.makeSchoolWithSenco();

    const res = await csv(s.cookie, { status: 'lost' });

    expect(res.status).toBe(400);
    const body = (await res.json()) as { fieldErrors: { field: string }[] };
    expect(body.fieldErrors.map((e) => e.field)).toEqual(['status']);
  });

  it('refuses the export to a teacher and to someone who is not signed in', async () => {
    const s = await kit.makeSchoolWithSenco();
    const teacher = await makeUser(world.db, [{ schoolUrn: s.school.urn, role: 'teacher' }]);
    await makeRequest(s, 'Ava Jones');

    const asTeacher = await csv(await signIn(world.app, teacher));
    const anonymous = await world.app.request('/files/requests.csv');

    expect(asTeacher.status).toBe(403);
    expect(anonymous.status).toBe(401);
    expect(await asTeacher.text()).not.toContain('Ava Jones');
  });
});
