import { randomUUID } from 'node:crypto';

import { assessmentRequest } from '@casework/db';
import {
  exampleCompleteRequestAnswers,
  londonDateOf,
  type PlainDate,
  type RequestAnswers,
} from '@casework/domain';
import type { inferRouterOutputs } from '@trpc/server';
import { eq } from 'drizzle-orm';

import type { AppRouter } from '../routers/index';
import { dataOf, outcomeOf, pdfBytes } from './casework';
import { TEST_ORIGIN, makeLa, makeSchool, makeUser, mutate, query, signIn, type TestWorld } from './harness';

// The same helpers the LA casework tests use, so both kinds of test read alike.
export { dataOf, outcomeOf, pdfBytes };

type Outputs = inferRouterOutputs<AppRouter>;
export type RequestDetail = Outputs['requests']['byId'];
export type Submitted = Outputs['requests']['submit'];

/** The example answers with nothing missing, for a child living in `laCode` and attending school `urn`. */
export function completeAnswers(today: PlainDate, laCode: string, urn: string): RequestAnswers {
  const answers = exampleCompleteRequestAnswers(today);
  return { ...answers, child: { ...answers.child, homeLa: laCode, currentSetting: urn } };
}

/**
 * Posts a file, then the form fields, to a request's evidence route, as the school's upload page
 * does. `null` sends the form with no file chosen.
 */
export async function uploadFile(
  world: TestWorld,
  cookie: string,
  requestId: string,
  file: File | null,
  fields: Record<string, string> = { attachmentType: 'report' },
  origin = TEST_ORIGIN,
): Promise<Response> {
  const form = new FormData();
  if (file) form.append('file', file);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return world.app.request(`/files/requests/${requestId}/attachments`, {
    method: 'POST',
    headers: { origin, cookie },
    body: form,
  });
}

/** Factories and calls for the school's request tests, bound to one test world. */
export function requestKit(world: TestWorld) {
  const today = () => londonDateOf(world.clock.now());

  /** An onboarded LA with one school in its area, and the school's SENCO signed in. */
  async function makeSchoolWithSenco() {
    const la = await makeLa(world.db);
    const school = await makeSchool(world.db, la.dfeCode);
    const senco = await makeUser(world.db, [{ schoolUrn: school.urn, role: 'senco' }]);
    return { la, school, senco, cookie: await signIn(world.app, senco) };
  }

  async function startDraft(cookie: string, input: { laCode?: string } = {}) {
    return dataOf(await mutate<{ id: string }>(world.app, 'requests.start', input, cookie)).id;
  }

  function save(cookie: string, requestId: string, sectionId: string, answers: unknown, baseVersion = 0) {
    return mutate<{ version: number; answers: Record<string, unknown> }>(
      world.app,
      'requests.saveSection',
      { requestId, sectionId, baseVersion, answers },
      cookie,
    );
  }

  /** Saves every section of a fresh draft, as the SENCO working through the task list. */
  async function fillIn(cookie: string, requestId: string, answers: RequestAnswers) {
    for (const [sectionId, section] of Object.entries(answers))
      dataOf(await save(cookie, requestId, sectionId, section));
  }

  /** A new draft with every section answered, ready to send to the school's LA. */
  async function completeDraft(s: { la: { dfeCode: string }; school: { urn: string }; cookie: string }) {
    const id = await startDraft(s.cookie);
    await fillIn(s.cookie, id, completeAnswers(today(), s.la.dfeCode, s.school.urn));
    return id;
  }

  const submit = (cookie: string, requestId: string, submissionKey: string = randomUUID()) =>
    mutate<Submitted>(world.app, 'requests.submit', { requestId, submissionKey }, cookie);
  const byId = (cookie: string, requestId: string) =>
    query<RequestDetail>(world.app, 'requests.byId', { requestId }, cookie);

  /** The request's row as stored. */
  async function requestRow(id: string) {
    const [row] = await world.db.select().from(assessmentRequest).where(eq(assessmentRequest.id, id));
    if (!row) throw new Error('request not found');
    return row;
  }

  return {
    today,
    makeSchoolWithSenco,
    startDraft,
    save,
    fillIn,
    completeDraft,
    submit,
    byId,
    requestRow,
  };
}

export type RequestKit = ReturnType<typeof requestKit>;
export type SchoolWithSenco = Awaited<ReturnType<RequestKit['makeSchoolWithSenco']>>;
