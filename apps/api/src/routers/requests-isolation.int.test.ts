import { randomUUID } from 'node:crypto';

import {
  assessmentRequest,
  requestAttachment,
  requestEvent,
  requestSection,
  requestSectionAssignment,
  requestSnapshot,
} from '@casework/db';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  call,
  createTestWorld,
  makeLa,
  makeSchool,
  makeUser,
  mutate,
  query,
  signIn,
  type TestMembership,
  type TestWorld,
} from '../testing/harness';
import {
  dataOf,
  outcomeOf,
  pdfBytes,
  requestKit,
  uploadFile,
  type RequestKit,
  type SchoolWithSenco,
} from '../testing/requests';

let world: TestWorld;
let kit: RequestKit;
beforeAll(async () => {
  world = await createTestWorld();
  kit = requestKit(world);
});
afterAll(() => world.close());

async function draftWithFile(s: SchoolWithSenco) {
  const requestId = await kit.completeDraft(s);
  const res = await uploadFile(world, s.cookie, requestId, new File([pdfBytes], 'EP report.pdf'));
  const { id: attachmentId } = (await res.json()) as { id: string };
  return { requestId, attachmentId };
}

/**
 * A school in its LA with a SENCO, one draft and one request already sent to the LA, each with an
 * evidence file.
 */
async function makeSchoolWithRequests() {
  const s = await kit.makeSchoolWithSenco();
  const draft = await draftWithFile(s);
  const sent = await draftWithFile(s);
  dataOf(await kit.submit(s.cookie, sent.requestId));
  return { ...s, draft, sent };
}

async function as(memberships: TestMembership[]) {
  return signIn(world.app, await makeUser(world.db, memberships));
}

/** Everything stored about a school's requests, to show an attempt changed nothing. */
async function everythingAbout(schoolUrn: string) {
  const bySchool = <T extends { schoolUrn: unknown }>(table: T) =>
    eq(table.schoolUrn as typeof assessmentRequest.schoolUrn, schoolUrn);
  return {
    requests: await world.db
      .select()
      .from(assessmentRequest)
      .where(bySchool(assessmentRequest))
      .orderBy(asc(assessmentRequest.id)),
    sections: await world.db.select().from(requestSection).where(bySchool(requestSection)),
    assignments: await world.db
      .select()
      .from(requestSectionAssignment)
      .where(bySchool(requestSectionAssignment)),
    attachments: await world.db.select().from(requestAttachment).where(bySchool(requestAttachment)),
    events: await world.db.select().from(requestEvent).where(bySchool(requestEvent)),
    snapshots: await world.db.select().from(requestSnapshot).where(bySchool(requestSnapshot)),
  };
}

/** Every procedure and file route that takes a request id, tried with a guessed or known id, as `cookie`. */
async function tryEverything(cookie: string, target: { requestId: string; attachmentId: string }) {
  const { requestId, attachmentId } = target;
  const sectionId = 'views';
  const write = async (path: string, input: object) =>
    outcomeOf(await mutate(world.app, path, { requestId, ...input }, cookie));
  const uploaded = await uploadFile(world, cookie, requestId, new File([pdfBytes], 'guess.pdf'));
  const downloaded = await world.app.request(`/files/attachments/${attachmentId}`, { headers: { cookie } });
  return {
    'requests.byId': outcomeOf(await query(world.app, 'requests.byId', { requestId }, cookie)),
    'requests.saveSection': await write('requests.saveSection', {
      sectionId,
      baseVersion: 1,
      answers: { likeAndAdmire: 'Changed' },
    }),
    'requests.chooseReceivingLa': await write('requests.chooseReceivingLa', { laCode: '001' }),
    'requests.assignSection': await write('requests.assignSection', {
      sectionId,
      teacherEmail: 'someone@example.org',
    }),
    'requests.unassignSection': await write('requests.unassignSection', { sectionId }),
    'requests.completeSection': await write('requests.completeSection', { sectionId }),
    'requests.removeAttachment': await write('requests.removeAttachment', { attachmentId }),
    'requests.submit': await write('requests.submit', { submissionKey: randomUUID() }),
    'requests.withdraw': await write('requests.withdraw', { reason: 'Guessing ids' }),
    'requests.startFrom': await write('requests.startFrom', {}),
    'casework.caseById': outcomeOf(await query(world.app, 'casework.caseById', { requestId }, cookie)),
    upload: String(uploaded.status),
    download: downloaded.status === 200 ? 'OK' : String(downloaded.status),
  };
}

const notFound = '404 NOT_FOUND';
const forbidden = '403 FORBIDDEN';
const sencoOnlyProcedures = [
  'requests.chooseReceivingLa',
  'requests.assignSection',
  'requests.unassignSection',
  'requests.removeAttachment',
  'requests.submit',
  'requests.withdraw',
  'requests.startFrom',
];
const sencoOnly = (expected: string) => Object.fromEntries(sencoOnlyProcedures.map((p) => [p, expected]));
/** What someone who may call no school procedure gets from each of them. */
const schoolSide = (expected: string) => ({
  ...sencoOnly(expected),
  'requests.byId': expected,
  'requests.saveSection': expected,
  'requests.completeSection': expected,
});

describe('guessing the id of a request that is not yours', () => {
  it('shows a teacher with no section of the request nothing, and changes nothing', async () => {
    const s = await makeSchoolWithRequests();
    const teacher = await as([{ schoolUrn: s.school.urn, role: 'teacher' }]);
    const before = await everythingAbout(s.school.urn);

    for (const target of [s.draft, s.sent]) {
      expect(await tryEverything(teacher, target)).toEqual({
        ...sencoOnly(forbidden),
        'requests.byId': notFound,
        'requests.saveSection': notFound,
        'requests.completeSection': notFound,
        'casework.caseById': forbidden,
        upload: '403',
        download: '404',
      });
    }
    expect(await everythingAbout(s.school.urn)).toEqual(before);
  });

  it('shows a SENCO of another school nothing, and changes nothing', async () => {
    const s = await makeSchoolWithRequests();
    const otherSchool = await makeSchool(world.db, s.la.dfeCode);
    const stranger = await as([{ schoolUrn: otherSchool.urn, role: 'senco' }]);
    const before = await everythingAbout(s.school.urn);

    for (const target of [s.draft, s.sent]) {
      expect(await tryEverything(stranger, target)).toEqual({
        ...sencoOnly(notFound),
        'requests.byId': notFound,
        'requests.saveSection': notFound,
        'requests.completeSection': forbidden,
        'casework.caseById': forbidden,
        upload: '404',
        download: '404',
      });
    }
    expect(await everythingAbout(s.school.urn)).toEqual(before);
    expect(
      await world.db.select().from(assessmentRequest).where(eq(assessmentRequest.schoolUrn, otherSchool.urn)),
    ).toEqual([]);
  });

  it('lets the headteacher read the school’s requests but never write them', async () => {
    const s = await makeSchoolWithRequests();
    const head = await as([{ schoolUrn: s.school.urn, role: 'headteacher' }]);
    const before = await everythingAbout(s.school.urn);

    for (const target of [s.draft, s.sent]) {
      expect(await tryEverything(head, target)).toEqual({
        ...schoolSide(forbidden),
        'requests.byId': 'OK',
        'casework.caseById': forbidden,
        upload: '403',
        download: 'OK',
      });
    }
    expect(await everythingAbout(s.school.urn)).toEqual(before);
  });

  it('shows a caseworker of another LA nothing, and changes nothing', async () => {
    const s = await makeSchoolWithRequests();
    const otherLa = await makeLa(world.db);
    const caseworker = await as([{ laId: otherLa.id, role: 'caseworker' }]);
    const before = await everythingAbout(s.school.urn);

    for (const target of [s.draft, s.sent]) {
      expect(await tryEverything(caseworker, target)).toEqual({
        ...schoolSide(forbidden),
        'casework.caseById': notFound,
        upload: '403',
        download: '404',
      });
    }
    expect(
      dataOf(await query<{ items: unknown[] }>(world.app, 'casework.caseload', { isOpen: false }, caseworker))
        .items,
    ).toEqual([]);
    expect(await everythingAbout(s.school.urn)).toEqual(before);
  });

  it('shows the receiving LA nothing of a request until the school sends it', async () => {
    const s = await makeSchoolWithRequests();
    const caseworker = await as([{ laId: s.la.id, role: 'caseworker' }]);
    const before = await everythingAbout(s.school.urn);

    const draft = await tryEverything(caseworker, s.draft);
    const sent = await tryEverything(caseworker, s.sent);

    expect(draft).toEqual({
      ...schoolSide(forbidden),
      'casework.caseById': notFound,
      upload: '403',
      download: '404',
    });
    expect(sent).toEqual({
      ...schoolSide(forbidden),
      'casework.caseById': 'OK',
      upload: '403',
      download: 'OK',
    });
    const caseload = dataOf(
      await query<{ items: { id: string }[] }>(world.app, 'casework.caseload', { isOpen: false }, caseworker),
    );
    expect(caseload.items.map((r) => r.id)).toEqual([s.sent.requestId]);
    expect(await everythingAbout(s.school.urn)).toEqual(before);
  });

  it('answers another school’s request exactly as one that does not exist', async () => {
    const s = await makeSchoolWithRequests();
    const otherSchool = await makeSchool(world.db, s.la.dfeCode);
    const stranger = await as([{ schoolUrn: otherSchool.urn, role: 'senco' }]);

    const theirs = await query(world.app, 'requests.byId', { requestId: s.draft.requestId }, stranger);
    const nobodys = await query(world.app, 'requests.byId', { requestId: randomUUID() }, stranger);

    expect(theirs.status).toBe(404);
    expect({ ...theirs.body.error, data: { ...theirs.body.error?.data, requestId: undefined } }).toEqual({
      ...nobodys.body.error,
      data: { ...nobodys.body.error?.data, requestId: undefined },
    });
  });
});

describe('refusing requests from elsewhere', () => {
  it('refuses changes posted from another origin, or with no sign of coming from the service', async () => {
    const s = await makeSchoolWithRequests();
    const before = await everythingAbout(s.school.urn);
    const attempts: [string, unknown][] = [
      [
        'requests.saveSection',
        {
          requestId: s.draft.requestId,
          sectionId: 'views',
          baseVersion: 1,
          answers: { likeAndAdmire: 'Forged' },
        },
      ],
      ['requests.submit', { requestId: s.draft.requestId, submissionKey: randomUUID() }],
      ['requests.withdraw', { requestId: s.sent.requestId, reason: 'Forged' }],
      ['requests.start', {}],
    ];

    for (const [path, input] of attempts) {
      for (const origin of ['https://evil.example', 'http://localhost:3000.evil.example', null]) {
        const res = await call(world.app, path, input, { cookie: s.cookie, method: 'POST', origin });
        expect(res.status).toBe(403);
      }
    }
    expect(await everythingAbout(s.school.urn)).toEqual(before);
  });
});

describe('checking every input on the server', () => {
  it('refuses each invalid input with the field and the reason, whatever the page sent, and changes nothing', async () => {
    const s = await makeSchoolWithRequests();
    const requestId = s.draft.requestId;
    const before = await everythingAbout(s.school.urn);
    const cases: { path: string; input: unknown; errors: Record<string, string | null> }[] = [
      {
        path: 'requests.byId',
        input: { requestId: 'not-a-uuid' },
        errors: { requestId: 'Choose a request' },
      },
      { path: 'requests.byId', input: {}, errors: { requestId: 'Choose a request' } },
      {
        path: 'requests.saveSection',
        input: { requestId, sectionId: 'views', baseVersion: '1', answers: 'all of it' },
        errors: { baseVersion: null, answers: null },
      },
      {
        path: 'requests.saveSection',
        input: { requestId, sectionId: '', baseVersion: -1, answers: [] },
        errors: { sectionId: 'Choose a section', baseVersion: null, answers: null },
      },
      {
        path: 'requests.saveSection',
        input: { requestId },
        errors: { sectionId: null, baseVersion: null, answers: null },
      },
      {
        path: 'requests.submit',
        input: { requestId },
        errors: { submissionKey: 'Reload the page and try again' },
      },
      {
        path: 'requests.submit',
        input: { requestId: 42, submissionKey: 'again' },
        errors: { requestId: 'Choose a request', submissionKey: 'Reload the page and try again' },
      },
      {
        path: 'requests.withdraw',
        input: { requestId: s.sent.requestId, reason: 42 },
        errors: { reason: null },
      },
      {
        path: 'requests.withdraw',
        input: { requestId: s.sent.requestId, reason: 'x'.repeat(2001) },
        errors: { reason: 'The reason must be 2,000 characters or fewer' },
      },
      {
        path: 'requests.chooseReceivingLa',
        input: { requestId, laCode: '12' },
        errors: { laCode: 'Choose a local authority from the list' },
      },
      {
        path: 'requests.assignSection',
        input: { requestId, sectionId: 'views', teacherEmail: ' ' },
        errors: { teacherEmail: 'Enter the teacher’s email address' },
      },
      { path: 'requests.startFrom', input: { requestId: null }, errors: { requestId: 'Choose a request' } },
      {
        path: 'requests.removeAttachment',
        input: { requestId, attachmentId: 'the-first-one' },
        errors: { attachmentId: 'Choose a file' },
      },
      {
        path: 'requests.list',
        input: { status: 'lost', search: 'x'.repeat(101) },
        errors: { status: null, search: 'Search must be 100 characters or fewer' },
      },
    ];

    for (const { path, input, errors } of cases) {
      const res = await call(world.app, path, input, {
        cookie: s.cookie,
        method: path.endsWith('byId') || path.endsWith('list') ? 'GET' : 'POST',
      });
      expect(res.status, path).toBe(400);
      expect(res.body.error?.data.code).toBe('BAD_REQUEST');
      const fieldErrors = res.body.error?.data.fieldErrors ?? [];
      expect(
        fieldErrors.map((e) => e.field),
        `${path} ${JSON.stringify(input)}`,
      ).toEqual(Object.keys(errors));
      for (const { field, reason } of fieldErrors) {
        expect(reason.length).toBeGreaterThan(0);
        if (errors[field]) expect(reason, `${path} ${field}`).toBe(errors[field]);
      }
    }
    expect(await everythingAbout(s.school.urn)).toEqual(before);
  });

  it('refuses an invalid id from an LA user too, with the field and the reason', async () => {
    const s = await makeSchoolWithRequests();
    const caseworker = await as([{ laId: s.la.id, role: 'caseworker' }]);

    const res = await query(
      world.app,
      'casework.caseById',
      { requestId: `${s.sent.requestId}'; drop table assessment_request; --` },
      caseworker,
    );

    expect(res.status).toBe(400);
    expect(res.body.error?.data.fieldErrors).toEqual([{ field: 'requestId', reason: 'Choose a request' }]);
    expect(
      await world.db.select().from(assessmentRequest).where(eq(assessmentRequest.schoolUrn, s.school.urn)),
    ).toHaveLength(2);
  });
});
