import { assessmentRequest, auditEvent, localAuthority, requestSection, requestSnapshot } from '@casework/db';
import { draftTooLargeMessage } from '@casework/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import {
  TestClock,
  createTestWorld,
  makeLa,
  makeUser,
  mutate,
  query,
  signIn,
  type TestWorld,
} from '../testing/harness';
import { completeAnswers, dataOf, requestKit, type RequestKit } from '../testing/requests';

let world: TestWorld;
let kit: RequestKit;
beforeAll(async () => {
  world = await createTestWorld();
  kit = requestKit(world);
});
afterAll(() => world.close());
// Each test starts at the harness's default instant; a test that needs another date sets it.
beforeEach(() => {
  world.clock.current = new TestClock().current;
});

describe('starting a request', () => {
  it('starts a draft at the active school that goes to the school’s own LA until the child’s home LA is known', async () => {
    const s = await kit.makeSchoolWithSenco();

    const id = await kit.startDraft(s.cookie);

    const row = await kit.requestRow(id);
    expect(row).toMatchObject({
      schoolUrn: s.school.urn,
      laId: s.la.id,
      isLaChosen: false,
      status: 'draft',
      createdBy: s.senco.id,
    });
    const detail = dataOf(await kit.byId(s.cookie, id));
    expect(detail.la).toMatchObject({ code: s.la.dfeCode, isChosen: false, isOnboarded: true });
    expect(detail.answers.child).toEqual({ currentSetting: s.school.urn });
  });

  it('follows the child’s home LA once it is answered, until the SENCO chooses the LA', async () => {
    const s = await kit.makeSchoolWithSenco();
    const home = await makeLa(world.db, 'Home LA');
    const chosen = await makeLa(world.db, 'Chosen LA');
    const another = await makeLa(world.db, 'Another LA');
    const id = await kit.startDraft(s.cookie);

    dataOf(await kit.save(s.cookie, id, 'child', { legalName: 'Ava Jones', homeLa: home.dfeCode }));
    expect((await kit.requestRow(id)).laId).toBe(home.id);
    expect(dataOf(await kit.byId(s.cookie, id)).la).toMatchObject({ code: home.dfeCode, isChosen: false });

    const choice = await mutate(
      world.app,
      'requests.chooseReceivingLa',
      { requestId: id, laCode: chosen.dfeCode },
      s.cookie,
    );
    expect(choice.status).toBe(200);
    expect(choice.body.result?.data).toEqual({
      laCode: chosen.dfeCode,
      laName: chosen.name,
      isOnboarded: true,
    });

    dataOf(await kit.save(s.cookie, id, 'child', { legalName: 'Ava Jones', homeLa: another.dfeCode }, 1));
    const row = await kit.requestRow(id);
    expect(row).toMatchObject({ laId: chosen.id, isLaChosen: true });
    expect(row.answers.child?.homeLa).toBe(another.dfeCode);
  });

  it('lets a draft go to an LA not using Casework yet, but refuses to send it, naming the LA', async () => {
    const s = await kit.makeSchoolWithSenco();
    const offline = await makeLa(world.db, 'Offline LA');
    await world.db.update(localAuthority).set({ onboardedAt: null }).where(eq(localAuthority.id, offline.id));
    const id = await kit.completeDraft(s);

    const choice = await mutate(
      world.app,
      'requests.chooseReceivingLa',
      { requestId: id, laCode: offline.dfeCode },
      s.cookie,
    );
    expect(choice.body.result?.data).toEqual({
      laCode: offline.dfeCode,
      laName: offline.name,
      isOnboarded: false,
    });
    const res = await kit.submit(s.cookie, id);

    expect(res.status).toBe(400);
    expect(res.body.error?.data.code).toBe('BAD_REQUEST');
    expect(res.body.error?.data.fieldErrors).toEqual([
      { field: 'receivingLa', reason: expect.stringContaining(`${offline.name} is not using Casework yet`) },
    ]);
    expect(await kit.requestRow(id)).toMatchObject({
      status: 'draft',
      laId: offline.id,
      reference: null,
      receivedOn: null,
    });
  });

  it('refuses to start a request for an LA that is not in the list', async () => {
    const s = await kit.makeSchoolWithSenco();

    const res = await mutate(world.app, 'requests.start', { laCode: '999' }, s.cookie);

    expect(res.status).toBe(400);
    expect(res.body.error?.data.fieldErrors).toEqual([
      { field: 'laCode', reason: 'Choose a local authority from the list' },
    ]);
    expect(
      await world.db.select().from(assessmentRequest).where(eq(assessmentRequest.schoolUrn, s.school.urn)),
    ).toEqual([]);
  });
});

describe('saving a section', () => {
  it('saves a section as a new version, keeping only the questions and options the template has', async () => {
    const s = await kit.makeSchoolWithSenco();
    const id = await kit.startDraft(s.cookie);

    const res = await kit.save(s.cookie, id, 'child', {
      legalName: '  Ava   Jones ',
      sex: 'robot',
      isAdmin: true,
      ...(JSON.parse('{"__proto__": {"polluted": true}}') as object),
    });

    expect(res.status).toBe(200);
    expect(res.body.result?.data).toMatchObject({ version: 1, answers: { legalName: 'Ava Jones' } });
    const row = await kit.requestRow(id);
    expect(row.answers.child).toEqual({ legalName: 'Ava Jones' });
    expect(Object.getPrototypeOf(row.answers.child)).toBe(Object.prototype);
    expect(row.childName).toBe('Ava Jones');
    const [section] = await world.db
      .select()
      .from(requestSection)
      .where(and(eq(requestSection.requestId, id), eq(requestSection.sectionId, 'child')));
    expect(section).toMatchObject({ version: 1, lastEditedBy: s.senco.id });
  });

  it('refuses a section the template does not have', async () => {
    const s = await kit.makeSchoolWithSenco();
    const id = await kit.startDraft(s.cookie);

    const res = await kit.save(s.cookie, id, 'secretNotes', { text: 'hello' });

    expect(res.status).toBe(400);
    expect(res.body.error?.data.fieldErrors).toEqual([
      { field: 'sectionId', reason: 'Choose a section of the request' },
    ]);
    expect((await kit.requestRow(id)).answers).toEqual({ child: { currentSetting: s.school.urn } });
  });

  it('refuses a save made from an older version with a clear message, and keeps the newer answers', async () => {
    const s = await kit.makeSchoolWithSenco();
    const id = await kit.startDraft(s.cookie);
    dataOf(await kit.save(s.cookie, id, 'views', { likeAndAdmire: 'First words' }, 0));
    dataOf(await kit.save(s.cookie, id, 'views', { likeAndAdmire: 'Newer words' }, 1));

    const stale = await kit.save(s.cookie, id, 'views', { likeAndAdmire: 'Stale words from an old tab' }, 1);

    expect(stale.status).toBe(409);
    expect(stale.body.error?.data.code).toBe('CONFLICT');
    expect(stale.body.error?.message).toMatch(
      /^This section was changed in another tab or window after you opened it, so your latest changes were not saved/,
    );
    expect((await kit.requestRow(id)).answers.views).toEqual({ likeAndAdmire: 'Newer words' });
    const [section] = await world.db
      .select()
      .from(requestSection)
      .where(and(eq(requestSection.requestId, id), eq(requestSection.sectionId, 'views')));
    expect(section?.version).toBe(2);
  });

  it('refuses an answer longer than its question allows, with an error on the field, instead of cutting it short', async () => {
    const s = await kit.makeSchoolWithSenco();
    const id = await kit.startDraft(s.cookie);
    dataOf(await kit.save(s.cookie, id, 'views', { likeAndAdmire: 'Kind and funny' }));

    const res = await kit.save(s.cookie, id, 'views', { likeAndAdmire: 'a'.repeat(4001) }, 1);

    expect(res.status).toBe(400);
    expect(res.body.error?.data.fieldErrors).toEqual([
      {
        field: 'views.likeAndAdmire',
        reason: 'What people like and admire about the child must be 4000 characters or fewer',
      },
    ]);
    expect((await kit.requestRow(id)).answers.views).toEqual({ likeAndAdmire: 'Kind and funny' });
  });

  it('refuses answers over the size limit with an error on the section, and stores nothing', async () => {
    const s = await kit.makeSchoolWithSenco();
    const id = await kit.startDraft(s.cookie);
    // Each text is within its own maximum, but 3-byte characters push the whole past 200,000 bytes.
    const long = '漢'.repeat(2000);
    const cycles = Array.from({ length: 12 }, () => ({
      outcomesSought: long,
      supportGiven: long,
      progressMade: long,
    }));

    const res = await kit.save(s.cookie, id, 'graduatedApproach', { cycles });

    expect(res.status).toBe(400);
    expect(res.body.error?.data.fieldErrors).toEqual([
      { field: 'graduatedApproach', reason: draftTooLargeMessage },
    ]);
    expect((await kit.requestRow(id)).answers.graduatedApproach).toBeUndefined();
    expect(await world.db.select().from(requestSection).where(eq(requestSection.requestId, id))).toEqual([]);
  });
});

describe('checking answers before sending', () => {
  it('lists every missing or invalid answer with its field path', async () => {
    const s = await kit.makeSchoolWithSenco();
    const id = await kit.startDraft(s.cookie);
    const answers = completeAnswers(kit.today(), s.la.dfeCode, s.school.urn);
    const { legalName: _omitted, ...child } = answers.child ?? {};
    await kit.fillIn(s.cookie, id, {
      ...answers,
      child: { ...child, postcode: 'NOWHERE' },
      consent: { ...answers.consent, parentalConsent: 'no' },
    });

    const detail = dataOf(await kit.byId(s.cookie, id));

    expect(detail.problems).toEqual([
      { field: 'child.legalName', reason: "Enter the child's legal name" },
      { field: 'child.postcode', reason: 'Enter a full UK postcode, like SW1A 1AA' },
      {
        field: 'consent.parentalConsent',
        reason: 'The parent or carer must agree to the request before you send it',
      },
    ]);
  });

  it('refuses to send an incomplete request, listing the problems, and changes nothing', async () => {
    const s = await kit.makeSchoolWithSenco();
    const id = await kit.startDraft(s.cookie);
    dataOf(await kit.save(s.cookie, id, 'child', { legalName: 'Ava Jones' }));
    const problems = dataOf(await kit.byId(s.cookie, id)).problems;
    const before = await kit.requestRow(id);

    const res = await kit.submit(s.cookie, id);

    expect(res.status).toBe(400);
    expect(res.body.error?.data.code).toBe('BAD_REQUEST');
    expect(problems.length).toBeGreaterThan(10);
    expect(res.body.error?.data.fieldErrors).toEqual(problems);
    expect(await kit.requestRow(id)).toEqual(before);
    expect(await world.db.select().from(requestSnapshot).where(eq(requestSnapshot.requestId, id))).toEqual(
      [],
    );
  });
});

describe('auditing reads of a child’s record', () => {
  const readsOf = (requestId: string) =>
    world.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'request.read'), eq(auditEvent.recordId, requestId)));

  it('records each read by the school with the user and school, and no personal data', async () => {
    const s = await kit.makeSchoolWithSenco();
    const id = await kit.completeDraft(s);

    dataOf(await kit.byId(s.cookie, id));
    dataOf(await kit.byId(s.cookie, id));

    const reads = await readsOf(id);
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({
      userId: s.senco.id,
      schoolUrn: s.school.urn,
      laId: null,
      role: 'senco',
      recordType: 'assessment_request',
    });
    expect(reads[0]?.requestId).toBeTruthy();
    expect(JSON.stringify(reads.map((r) => r.detail))).not.toMatch(
      /Amelia|Thompson|Orchard|T886123419001|9434765919/,
    );
  });

  it('records each read by the receiving LA with the user and LA, and no personal data', async () => {
    const s = await kit.makeSchoolWithSenco();
    const caseworker = await makeUser(world.db, [{ laId: s.la.id, role: 'caseworker' }]);
    const id = await kit.completeDraft(s);
    dataOf(await kit.submit(s.cookie, id));

    dataOf(
      await query(world.app, 'casework.caseById', { requestId: id }, await signIn(world.app, caseworker)),
    );

    const reads = (await readsOf(id)).filter((r) => r.userId === caseworker.id);
    expect(reads).toEqual([
      expect.objectContaining({
        laId: s.la.id,
        schoolUrn: null,
        role: 'caseworker',
        recordType: 'assessment_request',
      }),
    ]);
    expect(JSON.stringify(reads.map((r) => r.detail))).not.toMatch(
      /Amelia|Thompson|Orchard|T886123419001|9434765919/,
    );
  });
});
