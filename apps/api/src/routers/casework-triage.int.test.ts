import { assessmentRequest, caseNote, child } from '@casework/db';
import { addDays, plainDate } from '@casework/domain';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import {
  caseworkKit,
  dataOf,
  upnFor,
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

async function rowOf(id: string) {
  const [row] = await world.db.select().from(assessmentRequest).where(eq(assessmentRequest.id, id));
  if (!row) throw new Error('request not found');
  return row;
}

describe('allocating requests', () => {
  it('allocates a request to a caseworker of the LA, and reallocates it to another', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const alice = await kit.makeStaff(la.id, 'caseworker', 'Alice Archer');
    const bob = await kit.makeStaff(la.id, 'caseworker', 'Bob Baker');
    const { id } = await kit.directRequest(caseworker);

    const first = await kit.act(caseworker, 'casework.allocate', {
      requestIds: [id],
      caseworkerId: alice.id,
    });
    const second = await kit.act(alice, 'casework.allocate', { requestIds: [id], caseworkerId: bob.id });

    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.body.result?.data).toEqual({ allocated: 1 });
    const file = await kit.caseById(caseworker, id);
    expect(file.allocatedTo).toEqual({ id: bob.id, name: 'Bob Baker' });
    expect(file.events.filter((e) => e.kind === 'allocated').map((e) => e.detail)).toEqual([
      { to: alice.id, from: null, toName: 'Alice Archer' },
      { to: bob.id, from: alice.id, toName: 'Bob Baker', fromName: 'Alice Archer' },
    ]);
    expect((await kit.caseload(bob, { caseworker: 'me' })).items.map((i) => i.id)).toEqual([id]);
    expect((await kit.caseload(bob, { caseworker: alice.id })).items).toEqual([]);
    expect((await kit.caseload(bob, { caseworker: 'unallocated' })).items).toEqual([]);
  });

  it('allocates several requests at once', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const alice = await kit.makeStaff(la.id, 'caseworker', 'Alice Archer');
    const ids = [
      (await kit.directRequest(caseworker)).id,
      (await kit.directRequest(caseworker)).id,
      (await kit.directRequest(caseworker)).id,
    ];

    const res = await kit.act(caseworker, 'casework.allocate', { requestIds: ids, caseworkerId: alice.id });

    expect(res.body.result?.data).toEqual({ allocated: 3 });
    const rows = await world.db.select().from(assessmentRequest).where(inArray(assessmentRequest.id, ids));
    expect(rows.map((r) => r.allocatedTo)).toEqual([alice.id, alice.id, alice.id]);
    expect((await kit.caseload(alice, { caseworker: 'me' })).total).toBe(3);
  });

  it('refuses to allocate to someone who is not a caseworker of this LA, naming the field', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const { caseworker: elsewhere } = await kit.makeLaWithCaseworker('Other LA');
    const panel = await kit.makeStaff(la.id, 'panel_member');
    const { senco } = await kit.makeSchoolWithSenco(la.dfeCode);
    const { id } = await kit.directRequest(caseworker);

    for (const person of [elsewhere, panel, senco]) {
      const res = await kit.act(caseworker, 'casework.allocate', {
        requestIds: [id],
        caseworkerId: person.id,
      });
      expect(res.status).toBe(400);
      expect(res.body.error?.data.fieldErrors).toEqual([
        { field: 'caseworkerId', reason: 'Select a caseworker in your local authority' },
      ]);
    }
    expect(await rowOf(id)).toMatchObject({ allocatedTo: null, allocatedAt: null });
  });

  it('allocates none of a batch when one of the requests belongs to another LA', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const { caseworker: elsewhere } = await kit.makeLaWithCaseworker('Other LA');
    const alice = await kit.makeStaff(la.id, 'caseworker');
    const mine = (await kit.directRequest(caseworker)).id;
    const theirs = (await kit.directRequest(elsewhere)).id;

    const res = await kit.act(caseworker, 'casework.allocate', {
      requestIds: [mine, theirs],
      caseworkerId: alice.id,
    });

    expect(res.status).toBe(404);
    expect((await rowOf(mine)).allocatedTo).toBeNull();
    expect((await rowOf(theirs)).allocatedTo).toBeNull();
  });
});

describe('matching the request to a child the LA already knows', () => {
  it('makes a child record from the request’s details, once', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker, { childUpn: upnFor(10), childPostcode: 'ME15 6AB' });

    const res = await kit.act<{ id: string }>(caseworker, 'casework.createChildRecord', { requestId: id });
    const again = await kit.act(caseworker, 'casework.createChildRecord', { requestId: id });

    const record = dataOf(res);
    const [stored] = await world.db.select().from(child).where(eq(child.id, record.id));
    expect(stored).toMatchObject({
      laId: la.id,
      legalName: 'Amelia Grace Thompson',
      dateOfBirth: '2016-07-26',
      upn: upnFor(10),
      postcode: 'ME15 6AB',
    });
    expect((await kit.caseById(caseworker, id)).child.record).toEqual({
      id: record.id,
      legalName: 'Amelia Grace Thompson',
      dateOfBirth: '2016-07-26',
      upn: upnFor(10),
    });
    expect(again.status).toBe(409);
    expect(await world.db.select().from(child).where(eq(child.laId, la.id))).toHaveLength(1);
  });

  it('offers the existing record with the same UPN for a second request, and links only when the caseworker confirms', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const first = await kit.directRequest(caseworker, { childUpn: upnFor(11) });
    const record = dataOf(
      await kit.act<{ id: string }>(caseworker, 'casework.createChildRecord', { requestId: first.id }),
    );
    const second = await kit.directRequest(caseworker, {
      childUpn: upnFor(11),
      childLegalName: 'Millie Thompson',
      childDateOfBirth: '2016-07-27',
    });

    const before = await kit.caseById(caseworker, second.id);

    expect(before.child.record).toBeNull();
    expect(before.childCandidates).toEqual([
      {
        id: record.id,
        legalName: 'Amelia Grace Thompson',
        dateOfBirth: '2016-07-26',
        upn: upnFor(11),
        match: 'upn',
      },
    ]);
    expect((await rowOf(second.id)).childId).toBeNull();

    const linked = await kit.act(caseworker, 'casework.linkChild', {
      requestId: second.id,
      childId: record.id,
    });

    expect(linked.status).toBe(200);
    const after = await kit.caseById(caseworker, second.id);
    expect(after.child.record?.id).toBe(record.id);
    expect(after.childCandidates).toEqual([]);
    expect(after.events.map((e) => e.kind)).toContain('child_linked');
  });

  it('gathers every request linked to a child in the child’s record, newest first', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const first = await kit.directRequest(caseworker, { childUpn: upnFor(21) });
    const record = dataOf(
      await kit.act<{ id: string }>(caseworker, 'casework.createChildRecord', { requestId: first.id }),
    );
    kit.setToday('2026-12-10');
    const second = await kit.directRequest(caseworker, { childUpn: upnFor(21) });
    dataOf(await kit.act(caseworker, 'casework.linkChild', { requestId: second.id, childId: record.id }));

    const res = dataOf(
      await kit.ask<{ legalName: string; requests: { id: string; status: string }[] }>(
        caseworker,
        'casework.childRecord',
        {
          childId: record.id,
        },
      ),
    );

    expect(res.legalName).toBe('Amelia Grace Thompson');
    expect(res.requests.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(res.requests.every((r) => r.status === 'submitted')).toBe(true);
    expect((await kit.auditOf(record.id)).map((a) => a.action)).toContain('child.read');
    kit.resetClock();
  });

  it('matches on name and date of birth whatever the case and accents, and not on either alone', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const first = await kit.directRequest(caseworker, {
      childLegalName: 'Zoë Adèle Martin',
      childDateOfBirth: '2015-03-01',
    });
    const record = dataOf(
      await kit.act<{ id: string }>(caseworker, 'casework.createChildRecord', { requestId: first.id }),
    );

    const same = await kit.directRequest(caseworker, {
      childLegalName: 'ZOE  ADELE martin',
      childDateOfBirth: '2015-03-01',
    });
    const otherBirthday = await kit.directRequest(caseworker, {
      childLegalName: 'Zoe Adele Martin',
      childDateOfBirth: '2015-03-02',
    });
    const otherName = await kit.directRequest(caseworker, {
      childLegalName: 'Zoe Martin',
      childDateOfBirth: '2015-03-01',
    });

    expect((await kit.caseById(caseworker, same.id)).childCandidates).toEqual([
      expect.objectContaining({ id: record.id, match: 'name_and_date_of_birth' }),
    ]);
    expect((await kit.caseById(caseworker, otherBirthday.id)).childCandidates).toEqual([]);
    expect((await kit.caseById(caseworker, otherName.id)).childCandidates).toEqual([]);
  });

  it('shows the existing record when a school later sends a request for the same child', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const s = await kit.makeSchoolWithSenco(la.dfeCode);
    const direct = await kit.directRequest(caseworker, { childUpn: 'T886123419001' });
    const record = dataOf(
      await kit.act<{ id: string }>(caseworker, 'casework.createChildRecord', { requestId: direct.id }),
    );

    const fromSchool = await kit.schoolRequest(s, la.dfeCode);

    // The example request is for Amelia Grace Thompson, UPN T886123419001.
    expect((await kit.caseById(caseworker, fromSchool.id)).childCandidates).toEqual([
      expect.objectContaining({ id: record.id, match: 'upn' }),
    ]);
    expect((await rowOf(fromSchool.id)).childId).toBeNull();
  });

  it('refuses to link a child record of another LA, and links nothing', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const { caseworker: elsewhere } = await kit.makeLaWithCaseworker('Other LA');
    const theirs = await kit.directRequest(elsewhere);
    const theirRecord = dataOf(
      await kit.act<{ id: string }>(elsewhere, 'casework.createChildRecord', { requestId: theirs.id }),
    );
    const mine = await kit.directRequest(caseworker);

    const res = await kit.act(caseworker, 'casework.linkChild', {
      requestId: mine.id,
      childId: theirRecord.id,
    });

    expect(res.status).toBe(404);
    expect((await rowOf(mine.id)).childId).toBeNull();
    expect((await kit.caseById(caseworker, mine.id)).childCandidates).toEqual([]);
  });
});

describe('asking the school for more information', () => {
  const message = 'Please send the latest educational psychology report.';

  it('shows the school the new status and the message, and keeps the statutory clock running', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const s = await kit.makeSchoolWithSenco(la.dfeCode);
    const sent = await kit.schoolRequest(s, la.dfeCode);
    const datesBefore = (await kit.caseById(caseworker, sent.id)).statutoryDates.map((d) => [d.key, d.dueOn]);

    const res = await kit.act(caseworker, 'casework.requestMoreInformation', { requestId: sent.id, message });

    expect(res.status).toBe(200);
    const list = dataOf(await kit.ask<SchoolList>(s.senco, 'requests.list', {}));
    expect(list).toEqual([
      expect.objectContaining({
        id: sent.id,
        status: 'more_information_requested',
        statusLabel: 'More information requested',
      }),
    ]);
    const detail = dataOf(await kit.ask<SchoolDetail>(s.senco, 'requests.byId', { requestId: sent.id }));
    expect(detail.status).toBe('more_information_requested');
    expect(detail.events).toContainEqual(
      expect.objectContaining({ kind: 'more_information_requested', detail: { reason: message } }),
    );

    kit.setToday(addDays(kit.today(), 20));
    const file = await kit.caseById(caseworker, sent.id);
    expect(file.status).toBe('more_information_requested');
    expect(file.statutoryDates.map((d) => [d.key, d.dueOn])).toEqual(datesBefore);
    expect(file.statutoryDates.find((d) => d.key === 'decisionWhetherToAssess')).toMatchObject({
      dueOn: addDays(plainDate(sent.receivedOn ?? ''), 42),
      daysRemaining: 22,
    });
  });

  it('puts the request back to received when the school replies, and shows the LA the reply', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const s = await kit.makeSchoolWithSenco(la.dfeCode);
    const sent = await kit.schoolRequest(s, la.dfeCode);
    dataOf(await kit.act(caseworker, 'casework.requestMoreInformation', { requestId: sent.id, message }));

    const reply = await kit.act(s.senco, 'requests.respondToInformationRequest', {
      requestId: sent.id,
      message: 'The report is attached to the request now.',
    });

    expect(reply.status).toBe(200);
    const file = await kit.caseById(caseworker, sent.id);
    expect(file.status).toBe('submitted');
    expect(file.events.at(-1)).toMatchObject({
      kind: 'information_provided',
      detail: { reason: 'The report is attached to the request now.' },
    });
    expect(dataOf(await kit.ask<SchoolDetail>(s.senco, 'requests.byId', { requestId: sent.id })).status).toBe(
      'submitted',
    );
  });

  it('refuses a reply the LA did not ask for', async () => {
    const { la } = await kit.makeLaWithCaseworker();
    const s = await kit.makeSchoolWithSenco(la.dfeCode);
    const sent = await kit.schoolRequest(s, la.dfeCode);

    const res = await kit.act(s.senco, 'requests.respondToInformationRequest', {
      requestId: sent.id,
      message: 'Unprompted',
    });

    expect(res.status).toBe(409);
    expect((await rowOf(sent.id)).status).toBe('submitted');
  });

  it('refuses to ask a school about a request a parent made directly', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker);

    const res = await kit.act(caseworker, 'casework.requestMoreInformation', { requestId: id, message });

    expect(res.status).toBe(409);
    expect((await rowOf(id)).status).toBe('submitted');
  });

  it('keeps the LA’s internal steps from the school', async () => {
    const { la, caseworker } = await kit.makeLaWithCaseworker();
    const s = await kit.makeSchoolWithSenco(la.dfeCode);
    const sent = await kit.schoolRequest(s, la.dfeCode);
    dataOf(
      await kit.act(caseworker, 'casework.allocate', { requestIds: [sent.id], caseworkerId: caseworker.id }),
    );
    dataOf(
      await kit.act(caseworker, 'casework.addNote', { requestId: sent.id, body: 'Mother phoned, worried.' }),
    );

    const detail = dataOf(await kit.ask<SchoolDetail>(s.senco, 'requests.byId', { requestId: sent.id }));

    expect(detail.events.map((e) => e.kind)).toEqual(['submitted']);
    expect(detail.handledBy).toBe('Casey Worker');
  });
});

describe('recording contact with the family', () => {
  it('records who was contacted, how, when and what was said', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker, { receivedOn: '2026-11-02' });

    const res = await kit.act(caseworker, 'casework.recordFamilyContact', {
      requestId: id,
      contactedOn: '2026-11-20',
      method: 'phone',
      summary: 'Explained the process and the 6-week decision.',
    });

    expect(res.status).toBe(200);
    const file = await kit.caseById(caseworker, id);
    expect(file.notes).toEqual([
      expect.objectContaining({
        kind: 'family_contact',
        contactMethod: 'phone',
        contactedOn: '2026-11-20',
        body: 'Explained the process and the 6-week decision.',
        by: 'Casey Worker',
      }),
    ]);
    expect(file.events.at(-1)).toMatchObject({
      kind: 'family_contact',
      detail: { method: 'phone', contactedOn: '2026-11-20' },
    });
  });

  it('refuses a contact dated in the future or before the request was received', async () => {
    const { caseworker } = await kit.makeLaWithCaseworker();
    const { id } = await kit.directRequest(caseworker, { receivedOn: '2026-11-02' });
    const contact = (contactedOn: string) =>
      kit.act(caseworker, 'casework.recordFamilyContact', {
        requestId: id,
        contactedOn,
        method: 'email',
        summary: 'Sent the leaflet.',
      });

    const future = await contact(addDays(kit.today(), 1));
    const early = await contact('2026-11-01');

    expect(future.status).toBe(400);
    expect(future.body.error?.data.fieldErrors).toEqual([
      { field: 'contactedOn', reason: 'The date of the contact must be today or in the past' },
    ]);
    expect(early.status).toBe(400);
    expect(early.body.error?.data.fieldErrors).toEqual([
      {
        field: 'contactedOn',
        reason: 'The date of the contact must be the same as or after the date the request was received',
      },
    ]);
    expect(await world.db.select().from(caseNote).where(eq(caseNote.requestId, id))).toEqual([]);
  });
});
