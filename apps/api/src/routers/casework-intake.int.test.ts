import { assessmentRequest } from '@casework/db';
import { addDays } from '@casework/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { caseworkKit, dataOf, upnFor, type CaseworkKit } from '../testing/casework';
import { createTestWorld, makeLa, type TestWorld } from '../testing/harness';

let world: TestWorld;
let kit: CaseworkKit;
beforeAll(async () => {
  world = await createTestWorld();
  kit = caseworkKit(world);
});
afterAll(() => world.close());
beforeEach(() => kit.resetClock()); // Thursday 26 November 2026

async function requestsOfLa(laId: string) {
  return world.db.select().from(assessmentRequest).where(eq(assessmentRequest.laId, laId));
}

describe('recording a request a parent sent straight to the LA', () => {
  it('records it with the date it was received, from which the statutory clock runs', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const upn = upnFor(1);

    const res = await kit.recordDirect(caseworker, {
      receivedOn: '2026-09-07',
      requesterKind: 'parent',
      requesterName: 'Sarah Thompson',
      childLegalName: 'Amelia Grace Thompson',
      childDateOfBirth: '2016-07-26',
      childUpn: upn.toLowerCase(),
      childPostcode: 'me15 6ab',
    });

    expect(res.status).toBe(200);
    const { id, reference } = dataOf(res);
    expect(reference).toBe(`${la.dfeCode}-2026-00001`);
    const file = await kit.caseById(caseworker, id);
    expect(file).toMatchObject({
      reference,
      status: 'submitted',
      source: 'recorded_by_la',
      requesterKind: 'parent',
      requesterName: 'Sarah Thompson',
      receivedOn: '2026-09-07',
      weeksElapsed: 11,
      child: { name: 'Amelia Grace Thompson', dateOfBirth: '2016-07-26', upn, record: null },
      school: null,
      allocatedTo: null,
      decision: null,
    });
    // The worked example in statutory-process.md: received Monday 7 September 2026.
    const due = Object.fromEntries(file.statutoryDates.map((d) => [d.key, d.dueOn]));
    expect(due).toEqual({
      decisionWhetherToAssess: '2026-10-19',
      notIssueNotice: '2026-12-28',
      finalPlan: '2027-01-25',
    });
    expect(file.events.map((e) => e.kind)).toEqual(['recorded']);
    expect(file.answers).toMatchObject({ child: { postcode: 'ME15 6AB', homeLa: la.dfeCode } });
  });

  it('numbers the request in the year it was received, not the year it was recorded', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();

    const lastYear = await kit.directRequest(caseworker, { receivedOn: '2025-12-31' });
    const thisYear = await kit.directRequest(caseworker, { receivedOn: '2026-01-01' });
    const another = await kit.directRequest(caseworker, { receivedOn: '2025-06-30' });

    expect([lastYear.reference, thisYear.reference, another.reference]).toEqual([
      `${la.dfeCode}-2025-00001`,
      `${la.dfeCode}-2026-00001`,
      `${la.dfeCode}-2025-00002`,
    ]);
  });

  it('accepts a request received today and shows it in the caseload, unallocated', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();

    const { id, reference } = await kit.directRequest(caseworker);

    const list = await kit.caseload(caseworker, { caseworker: 'unallocated' });
    expect(list.items).toEqual([
      expect.objectContaining({
        id,
        reference,
        source: 'recorded_by_la',
        status: 'submitted',
        receivedOn: kit.today(),
        caseworkerId: null,
        nextDue: expect.objectContaining({
          key: 'decisionWhetherToAssess',
          dueOn: addDays(kit.today(), 42),
          state: 'upcoming',
        }),
      }),
    ]);
  });

  it('refuses a date received in the future, naming the field, and records nothing', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();

    const res = await kit.recordDirect(caseworker, { receivedOn: addDays(kit.today(), 1) });

    expect(res.status).toBe(400);
    expect(res.body.error?.data.code).toBe('BAD_REQUEST');
    expect(res.body.error?.data.fieldErrors).toEqual([
      { field: 'receivedOn', reason: 'The date the request was received must be today or in the past' },
    ]);
    expect(await requestsOfLa(la.id)).toEqual([]);
  });

  it('refuses a child’s date of birth in the future', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();

    const res = await kit.recordDirect(caseworker, { childDateOfBirth: addDays(kit.today(), 3) });

    expect(res.status).toBe(400);
    expect(res.body.error?.data.fieldErrors).toEqual([
      { field: 'childDateOfBirth', reason: 'The child’s date of birth must be today or in the past' },
    ]);
    expect(await requestsOfLa(la.id)).toEqual([]);
  });

  it('refuses a person over 25, who cannot ask for an assessment (CFA s83(2))', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();

    const res = await kit.recordDirect(caseworker, {
      requesterKind: 'young_person',
      childDateOfBirth: '1999-05-01',
    });

    expect(res.status).toBe(400);
    expect(res.body.error?.data.fieldErrors).toEqual([
      { field: 'childDateOfBirth', reason: 'The child or young person must be 25 or under' },
    ]);
    expect(await requestsOfLa(la.id)).toEqual([]);
  });

  it('refuses each invalid or missing input with the field and the reason, and records nothing', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const goodUpn = upnFor(2);
    const wrongCheckLetter = `${goodUpn.startsWith('A') ? 'B' : 'A'}${goodUpn.slice(1)}`;
    const cases: { input: Record<string, unknown>; errors: { field: string; reason: string }[] }[] = [
      {
        input: { childUpn: 'B80120000500' },
        errors: [{ field: 'childUpn', reason: 'Enter a UPN in the correct format, like B801200005001' }],
      },
      {
        input: { childUpn: wrongCheckLetter },
        errors: [
          {
            field: 'childUpn',
            reason: "The UPN check letter is not right: check it against the school's records",
          },
        ],
      },
      {
        input: { childPostcode: 'ME15' },
        errors: [{ field: 'childPostcode', reason: 'Enter a full UK postcode, like SW1A 1AA' }],
      },
      {
        input: { schoolUrn: '12345' },
        errors: [
          {
            field: 'schoolUrn',
            reason: "Enter the school's 6-digit unique reference number (URN), like 118945",
          },
        ],
      },
      {
        input: { schoolUrn: '700001' },
        errors: [{ field: 'schoolUrn', reason: 'There is no school with that URN in the national register' }],
      },
      {
        input: { receivedOn: '2026-02-30' },
        errors: [{ field: 'receivedOn', reason: 'The date the request was received must be a real date' }],
      },
      {
        input: { requesterKind: 'neighbour' },
        errors: [{ field: 'requesterKind', reason: 'Select who made the request' }],
      },
      {
        input: { childLegalName: '  ', summary: '' },
        errors: [
          { field: 'childLegalName', reason: 'Enter the child’s full name' },
          { field: 'summary', reason: 'Enter what the request says' },
        ],
      },
    ];

    for (const { input, errors } of cases) {
      const res = await kit.recordDirect(caseworker, input);
      expect(res.status, JSON.stringify(input)).toBe(400);
      expect(res.body.error?.data.fieldErrors, JSON.stringify(input)).toEqual(errors);
    }
    expect(await requestsOfLa(la.id)).toEqual([]);
  });

  it('lists every missing answer when the form is sent empty', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();

    const res = await kit.act(caseworker, 'casework.recordDirectRequest', {});

    expect(res.status).toBe(400);
    expect(res.body.error?.data.fieldErrors).toEqual([
      { field: 'receivedOn', reason: 'Enter the date the request was received' },
      { field: 'requesterKind', reason: 'Select who made the request' },
      { field: 'requesterName', reason: 'Enter the name of the person who made the request' },
      { field: 'childLegalName', reason: 'Enter the child’s full name' },
      { field: 'childDateOfBirth', reason: 'Enter the child’s date of birth' },
      { field: 'summary', reason: 'Enter what the request says' },
    ]);
    expect(await requestsOfLa(la.id)).toEqual([]);
  });

  it('does not let a panel member or a school record a request', async () => {
    const { la } = await kit.makeLaWithCaseworker();
    const panel = await kit.makeStaff(la.id, 'panel_member');
    const { senco } = await kit.makeSchoolWithSenco(la.dfeCode);

    const byPanel = await kit.recordDirect(panel);
    const bySchool = await kit.recordDirect(senco);

    expect([byPanel.status, bySchool.status]).toEqual([403, 403]);
    expect(await requestsOfLa(la.id)).toEqual([]);
  });
});

describe('requests sent by schools', () => {
  it('puts a school’s request in the receiving LA’s caseload, unallocated, with the school', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const s = await kit.makeSchoolWithSenco(la.dfeCode);

    const sent = await kit.schoolRequest(s, la.dfeCode);

    const list = await kit.caseload(caseworker, { caseworker: 'unallocated' });
    expect(list.total).toBe(1);
    expect(list.items).toEqual([
      expect.objectContaining({
        id: sent.id,
        reference: sent.reference,
        source: 'school_portal',
        status: 'submitted',
        statusLabel: 'Received by LA',
        receivedOn: kit.today(),
        childName: 'Amelia Grace Thompson',
        schoolName: s.school.name,
        schoolLaCode: la.dfeCode,
        caseworkerId: null,
      }),
    ]);
  });

  it('gives a school’s request its 6-week decision date in the caseload as soon as it arrives', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const s = await kit.makeSchoolWithSenco(la.dfeCode);

    await kit.schoolRequest(s, la.dfeCode);

    const [item] = (await kit.caseload(caseworker)).items;
    expect(item?.nextDueOn).toBe(addDays(kit.today(), 42));
    expect(item?.nextDue).toEqual({
      key: 'decisionWhetherToAssess',
      label: 'Decide whether to assess',
      dueOn: addDays(kit.today(), 42),
      state: 'upcoming',
    });
    const dueSoon = await kit.caseload(caseworker, { dueWithinDays: 42 });
    expect(dueSoon.total).toBe(1);
  });

  it('drops the next statutory date of a request the school withdraws', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const s = await kit.makeSchoolWithSenco(la.dfeCode);
    const sent = await kit.schoolRequest(s, la.dfeCode);
    dataOf(
      await kit.act(caseworker, 'casework.requestAdvice', {
        requestId: sent.id,
        adviserKind: 'school',
        adviserName: 'SENCO',
        requestedOn: kit.today(),
      }),
    );

    dataOf(
      await kit.act(s.senco, 'requests.withdraw', { requestId: sent.id, reason: 'The family moved away.' }),
    );

    const [item] = (await kit.caseload(caseworker, { status: 'withdrawn' })).items;
    expect(item).toMatchObject({ id: sent.id, nextDueOn: null, nextDue: null });
    kit.setToday(addDays(kit.today(), 60));
    expect((await kit.caseload(caseworker, { isOpen: false, isOverdue: true })).items).toEqual([]);
  });

  it('sends the request to the child’s home LA, not the LA the school is in', async () => {
    const { la: schoolLa, caseworker: schoolLaWorker } = await kit.makeLaWithCaseworker('School LA');
    const { la: homeLa, caseworker: homeLaWorker } = await kit.makeLaWithCaseworker('Home LA');
    const s = await kit.makeSchoolWithSenco(schoolLa.dfeCode);

    const sent = await kit.schoolRequest(s, homeLa.dfeCode);

    expect(sent.reference).toBe(`${homeLa.dfeCode}-2026-00001`);
    expect(
      (await kit.caseload(homeLaWorker, { schoolLaCode: schoolLa.dfeCode })).items.map((i) => i.id),
    ).toEqual([sent.id]);
    expect((await kit.caseload(schoolLaWorker, { isOpen: false })).items).toEqual([]);
  });

  it('never shows the LA a school’s draft, in the caseload or by id', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const s = await kit.makeSchoolWithSenco(la.dfeCode);
    const draft = await kit.schoolRequest(s, la.dfeCode, { send: false });

    const all = await kit.caseload(caseworker, { isOpen: false });
    const drafts = await kit.caseload(caseworker, { status: 'draft' });
    const byId = await kit.ask(caseworker, 'casework.caseById', { requestId: draft.id });

    expect(all.items).toEqual([]);
    expect(drafts).toMatchObject({ total: 0, items: [] });
    expect(byId.status).toBe(404);
    expect(byId.body.error?.data.code).toBe('NOT_FOUND');
  });

  it('numbers school and direct requests from one sequence per LA and year', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const s = await kit.makeSchoolWithSenco(la.dfeCode);

    const fromSchool = await kit.schoolRequest(s, la.dfeCode);
    const direct = await kit.directRequest(caseworker, { receivedOn: '2026-11-20' });

    expect([fromSchool.reference, direct.reference]).toEqual([
      `${la.dfeCode}-2026-00001`,
      `${la.dfeCode}-2026-00002`,
    ]);
  });
});

describe('who may see the list of caseworkers', () => {
  it('lists the LA’s caseworkers and team managers for allocation, and nobody from elsewhere', async () => {
    const la = await makeLa(world.db);
    const other = await makeLa(world.db);
    const alice = await kit.makeStaff(la.id, 'caseworker', 'Alice Archer');
    const tess = await kit.makeStaff(la.id, 'team_manager', 'Tess Manager');
    await kit.makeStaff(la.id, 'panel_member', 'Pat Panel');
    await kit.makeStaff(other.id, 'caseworker', 'Olly Other');

    const res = dataOf(
      await kit.ask<{ id: string; name: string }[]>(alice, 'casework.caseworkers', undefined),
    );

    expect(res).toEqual([
      { id: alice.id, name: 'Alice Archer' },
      { id: tess.id, name: 'Tess Manager' },
    ]);
  });
});
