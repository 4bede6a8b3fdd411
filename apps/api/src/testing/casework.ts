import { randomUUID } from 'node:crypto';

import { auditEvent, userAccount } from '@casework/db';
import {
  exampleCompleteRequestAnswers,
  londonDateOf,
  upnCheckLetter,
  type LaRole,
  type SchoolRole,
} from '@casework/domain';
import type { inferRouterOutputs } from '@trpc/server';
import { eq } from 'drizzle-orm';

import type { AppRouter } from '../routers/index';
import {
  TEST_ORIGIN,
  TestClock,
  makeLa,
  makeSchool,
  makeUser,
  mutate,
  query,
  signIn,
  type CallResult,
  type TestWorld,
} from './harness';

export type Outputs = inferRouterOutputs<AppRouter>;
export type CaseFile = Outputs['casework']['caseById'];
export type Caseload = Outputs['casework']['caseload'];
export type SchoolDetail = Outputs['requests']['byId'];
export type SchoolList = Outputs['requests']['list'];

/** The data of a successful call; anything else fails the test with what came back. */
export function dataOf<T>(res: CallResult<T>): T {
  if (res.status !== 200 || !res.body.result) {
    throw new Error(`expected success, got ${res.status}: ${JSON.stringify(res.body.error)}`);
  }
  return res.body.result.data;
}

/** "404 NOT_FOUND", "403 FORBIDDEN", "OK": how a call ended, for tables of expectations. */
export function outcomeOf(res: CallResult): string {
  return res.status === 200 ? 'OK' : `${res.status} ${res.body.error?.data.code}`;
}

/** A UPN with the right check letter, different for each serial (0-999). */
export function upnFor(serial: number): string {
  // LA 886, establishment 1234, issued in 2019, then the serial.
  const body = `886123419${String(serial).padStart(3, '0')}`;
  return `${upnCheckLetter(body) ?? ''}${body}`;
}

/** A small, valid PDF, as a browser would send it. */
export const pdfBytes = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');

export interface Person {
  id: string;
  email: string;
  password: string;
  displayName: string;
}

export interface DirectRequestInput {
  receivedOn?: string;
  requesterKind?: 'parent' | 'young_person' | 'other';
  requesterName?: string;
  childLegalName?: string;
  childDateOfBirth?: string;
  childUpn?: string;
  childPostcode?: string;
  schoolUrn?: string;
  summary?: string;
}

/**
 * Factories and calls for LA casework tests, bound to one test world. People are signed in again
 * whenever the test clock has moved, because sessions expire on that clock like any other.
 */
export function caseworkKit(world: TestWorld) {
  const today = () => londonDateOf(world.clock.now());
  /** 10:00 UTC is the same calendar day in London in summer and winter. */
  const setToday = (date: string) => {
    world.clock.current = new Date(`${date}T10:00:00Z`);
  };
  const resetClock = () => {
    world.clock.current = new TestClock().current; // Thursday 26 November 2026
  };

  const sessions = new Map<string, { cookie: string; at: number }>();
  async function cookieOf(person: Person): Promise<string> {
    const at = world.clock.now().getTime();
    const held = sessions.get(person.id);
    if (held && held.at === at) return held.cookie;
    const cookie = await signIn(world.app, person);
    sessions.set(person.id, { cookie, at });
    return cookie;
  }

  const ask = async <T = unknown>(person: Person, path: string, input: unknown) =>
    query<T>(world.app, path, input, await cookieOf(person));
  const act = async <T = unknown>(person: Person, path: string, input: unknown) =>
    mutate<T>(world.app, path, input, await cookieOf(person));

  async function named(person: Awaited<ReturnType<typeof makeUser>>, displayName: string): Promise<Person> {
    await world.db.update(userAccount).set({ displayName }).where(eq(userAccount.id, person.id));
    return { id: person.id, email: person.email, password: person.password, displayName };
  }

  async function makeStaff(laId: string, role: LaRole, displayName = `Staff ${randomUUID().slice(0, 6)}`) {
    return named(await makeUser(world.db, [{ laId, role }]), displayName);
  }

  async function makeSchoolStaff(schoolUrn: string, role: SchoolRole = 'senco', displayName = 'Sam Senco') {
    return named(await makeUser(world.db, [{ schoolUrn, role }]), displayName);
  }

  /** An onboarded LA with one caseworker. */
  async function makeLaWithCaseworker(name = 'Test LA') {
    const la = await makeLa(world.db, name);
    const caseworker = await makeStaff(la.id, 'caseworker', 'Casey Worker');
    return { la, caseworker };
  }

  /** A school in `laCode`'s area with a SENCO. */
  async function makeSchoolWithSenco(laCode: string) {
    const school = await makeSchool(world.db, laCode);
    const senco = await makeSchoolStaff(school.urn);
    return { school, senco };
  }

  const caseById = async (person: Person, requestId: string) =>
    dataOf(await ask<CaseFile>(person, 'casework.caseById', { requestId }));
  const caseload = async (person: Person, filters: Record<string, unknown> = {}) =>
    dataOf(await ask<Caseload>(person, 'casework.caseload', filters));

  /** A request a parent sent straight to the LA, recorded by `caseworker`; received today unless said. */
  function recordDirect(caseworker: Person, input: DirectRequestInput = {}) {
    return act<{ id: string; reference: string }>(caseworker, 'casework.recordDirectRequest', {
      receivedOn: today(),
      requesterKind: 'parent',
      requesterName: 'Sarah Thompson',
      childLegalName: 'Amelia Grace Thompson',
      childDateOfBirth: '2016-07-26',
      summary: 'Amelia is not making progress with reading despite two years of support.',
      ...input,
    });
  }
  async function directRequest(caseworker: Person, input: DirectRequestInput = {}) {
    return dataOf(await recordDirect(caseworker, input));
  }

  /**
   * A request written by the school's SENCO for a child living in `homeLaCode`, left as a draft
   * unless `send`; sent requests are received today.
   */
  async function schoolRequest(
    s: { senco: Person; school: { urn: string } },
    homeLaCode: string,
    options: { send?: boolean; legalName?: string; upn?: string; dateOfBirth?: string } = {},
  ) {
    const id = dataOf(await act<{ id: string }>(s.senco, 'requests.start', {})).id;
    const answers = exampleCompleteRequestAnswers(today());
    answers.child = {
      ...answers.child,
      homeLa: homeLaCode,
      currentSetting: s.school.urn,
      ...(options.legalName ? { legalName: options.legalName } : {}),
      ...(options.upn ? { upn: options.upn } : {}),
      ...(options.dateOfBirth ? { dateOfBirth: options.dateOfBirth } : {}),
    };
    for (const [sectionId, section] of Object.entries(answers)) {
      dataOf(
        await act(s.senco, 'requests.saveSection', {
          requestId: id,
          sectionId,
          baseVersion: 0,
          answers: section,
        }),
      );
    }
    if (options.send === false) return { id, reference: null, receivedOn: null };
    const sent = dataOf(
      await act<{ reference: string; receivedOn: string }>(s.senco, 'requests.submit', {
        requestId: id,
        submissionKey: randomUUID(),
      }),
    );
    return { id, reference: sent.reference, receivedOn: sent.receivedOn };
  }

  const decide = async (
    person: Person,
    requestId: string,
    decidedOn: string,
    decision: 'assess' | 'not_assess' = 'assess',
    reasons = 'The evidence shows the child may have special educational needs.',
  ) =>
    dataOf(
      await act<{ status: string }>(person, 'casework.recordDecision', {
        requestId,
        decision,
        decidedOn,
        reasons,
      }),
    );

  const step = async (
    person: Person,
    requestId: string,
    name: 'draft_plan_served' | 'final_plan_issued' | 'not_issue_notice',
    on: string,
  ) => dataOf(await act<{ status: string }>(person, 'casework.recordStep', { requestId, step: name, on }));

  /** Uploads a file as LA staff to a case, through the files route. */
  async function uploadCaseDocument(
    person: Person,
    requestId: string,
    fields: Record<string, string> = { kind: 'correspondence' },
    file = new File([pdfBytes], 'Letter from parent.pdf'),
  ) {
    const form = new FormData();
    form.append('file', file);
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    return world.app.request(`/files/cases/${requestId}/documents`, {
      method: 'POST',
      headers: { origin: TEST_ORIGIN, cookie: await cookieOf(person) },
      body: form,
    });
  }

  /** Uploads a file through an adviser's link, with no session, as the adviser's browser does. */
  function uploadThroughLink(
    token: string,
    file = new File([pdfBytes], 'EP advice.pdf'),
    extra: Record<string, string> = {},
  ) {
    const form = new FormData();
    form.append('file', file);
    for (const [k, v] of Object.entries(extra)) form.append(k, v);
    return world.app.request(`/files/advice/${token}`, {
      method: 'POST',
      headers: { origin: TEST_ORIGIN },
      body: form,
    });
  }

  /** Every audit row about one record (the audit table stamps rows with the database's own time). */
  const auditOf = (recordId: string) =>
    world.db.select().from(auditEvent).where(eq(auditEvent.recordId, recordId));

  return {
    today,
    setToday,
    resetClock,
    cookieOf,
    ask,
    act,
    makeStaff,
    makeSchoolStaff,
    makeLaWithCaseworker,
    makeSchoolWithSenco,
    caseById,
    caseload,
    recordDirect,
    directRequest,
    schoolRequest,
    decide,
    step,
    uploadCaseDocument,
    uploadThroughLink,
    auditOf,
  };
}

export type CaseworkKit = ReturnType<typeof caseworkKit>;
