import { randomUUID } from 'node:crypto';

import { userAccount, withTenant, type Tx } from '@casework/db';
import {
  addDays,
  exampleCompleteRequestAnswers,
  londonDateOf,
  plainDate,
  type PlainDate,
  type RecordDirectRequest,
  type RequestAnswers,
} from '@casework/domain';
import { eq } from 'drizzle-orm';

import { requestAdvice } from '../services/casework/advice';
import { recordDecision, recordStep } from '../services/casework/decisions';
import type { LaActor } from '../services/casework/facts';
import { allocate, recordDirectRequest } from '../services/casework/intake';
import { saveSection, startRequest, type SchoolActor } from '../services/requests/drafts';
import { submitRequest } from '../services/requests/submission';
import { tenantScopeOf } from '../services/scope';
import { loadMemberships } from '../services/sessions';
import type { Actor, AppDeps } from '../services/types';

/**
 * Demo cases, made through the same services a user's actions go through, so every derived
 * field (references, next statutory dates, events) is what the product itself would produce.
 * Kent gets a caseload with something in every state: new, overdue, assessing with advice
 * outstanding, and two plans issued (one in time, one late) for the timeliness page.
 */
export async function seedDemoCases(deps: AppDeps): Promise<void> {
  const now = deps.now();
  const today = londonDateOf(now);
  const db = deps.db;

  async function actorFor(email: string, organisation: string): Promise<Actor> {
    const [user] = await db.select().from(userAccount).where(eq(userAccount.email, email));
    if (!user) throw new Error(`demo user ${email} is missing`);
    const memberships = await withTenant(db, { userId: user.id }, (tx) => loadMemberships(tx, user.id));
    const active = memberships.find((m) => m.schoolUrn === organisation || m.laCode === organisation) ?? null;
    return {
      userId: user.id,
      email,
      displayName: user.displayName,
      sessionId: 'seed',
      sessionPublicId: randomUUID(),
      memberships,
      active,
    };
  }
  const as = <T>(actor: Actor, work: (tx: Tx) => Promise<T>) => withTenant(db, tenantScopeOf(actor), work);
  const school = (actor: Actor): SchoolActor => ({
    actor,
    schoolUrn: actor.active?.schoolUrn ?? '',
    role: 'senco',
  });
  const la = (actor: Actor): LaActor => ({ actor, laId: actor.active?.laId ?? '' });

  function answersFor(name: string, dateOfBirth: string, homeLa: string, urn: string): RequestAnswers {
    const answers = exampleCompleteRequestAnswers(today);
    return {
      ...answers,
      child: { ...answers.child, legalName: name, dateOfBirth, homeLa, currentSetting: urn },
    };
  }

  async function sendFromSchool(actor: Actor, answers: RequestAnswers) {
    const who = school(actor);
    const { id } = await as(actor, (tx) => startRequest(tx, who, {}, now));
    for (const [sectionId, section] of Object.entries(answers)) {
      await as(actor, (tx) =>
        saveSection(tx, who, { requestId: id, sectionId, baseVersion: 0, answers: section ?? {} }, now),
      );
    }
    await as(actor, (tx) => submitRequest(tx, who, { requestId: id, submissionKey: randomUUID() }, now));
    return id;
  }

  // Schools: Sam Okafor sends one request to Kent from Oakfield and one to Medway from Riverside,
  // and has a draft in progress.
  const oakfield = await actorFor('senco@oakfield.example.org', '900001');
  const riverside = await actorFor('senco@oakfield.example.org', '900011');
  await sendFromSchool(oakfield, answersFor('Amelia Grace Thompson', '2016-04-12', '886', '900001'));
  await sendFromSchool(riverside, answersFor('Noah James Williams', '2012-09-30', '887', '900011'));
  const draft = await as(oakfield, (tx) => startRequest(tx, school(oakfield), {}, now));
  await as(oakfield, (tx) =>
    saveSection(
      tx,
      school(oakfield),
      {
        requestId: draft.id,
        sectionId: 'child',
        baseVersion: 0,
        answers: {
          legalName: 'Oliver Bennett',
          dateOfBirth: '2017-02-03',
          currentSetting: '900001',
          homeLa: '886',
        },
      },
      now,
    ),
  );

  // Kent's caseload.
  const jordan = await actorFor('caseworker@kent.example.org', '886');
  const kent = la(jordan);
  const direct = (input: Omit<RecordDirectRequest, 'receivedOn'>, daysAgo: number) =>
    as(jordan, (tx) =>
      recordDirectRequest(tx, kent, { ...input, receivedOn: addDays(today, -daysAgo) }, today, now),
    );
  const ago = (days: number): PlainDate => addDays(today, -days);

  const overdue = await direct(
    {
      requesterKind: 'parent',
      requesterName: 'Rachel Morgan',
      childLegalName: 'Isla Morgan',
      childDateOfBirth: plainDate('2014-06-21'),
      childPostcode: 'ME16 8AB',
      summary:
        'Isla’s mother asks for an assessment: Isla has not attended school regularly since Year 4 because of anxiety, and the school’s support has not helped.',
    },
    50,
  );
  const assessing = await direct(
    {
      requesterKind: 'parent',
      requesterName: 'Daniel Turner',
      childLegalName: 'Leo Turner',
      childDateOfBirth: plainDate('2018-11-02'),
      summary: 'Leo’s father asks for an assessment of Leo’s speech, language and communication needs.',
    },
    30,
  );
  await direct(
    {
      requesterKind: 'young_person',
      requesterName: 'Maya Hussain',
      childLegalName: 'Maya Hussain',
      childDateOfBirth: plainDate('2009-03-14'),
      summary: 'Maya (17) asks for an assessment to support her move to college.',
    },
    10,
  );
  await as(jordan, (tx) => allocate(tx, kent, [overdue.id, assessing.id], jordan.userId, now));
  await as(jordan, (tx) =>
    recordDecision(
      tx,
      kent,
      {
        requestId: assessing.id,
        decision: 'assess',
        decidedOn: ago(5),
        reasons:
          'Leo has or may have special educational needs, and it may be necessary for provision to be made through an EHC plan (CFA s36(8)).',
      },
      today,
      now,
    ),
  );
  await as(jordan, (tx) =>
    requestAdvice(
      tx,
      kent,
      {
        requestId: assessing.id,
        adviserKind: 'educational_psychology',
        adviserName: 'Kent Educational Psychology Service',
        adviserEmail: 'ep@kent.example.org',
        requestedOn: ago(4),
      },
      today,
      now,
    ),
  );

  // Two plans already issued: one within 20 weeks, one late.
  for (const [name, receivedDaysAgo, decidedAfter, draftAfter, finalAfter] of [
    ['Ethan Clarke', 170, 38, 100, 126],
    ['Sophie Patel', 230, 41, 140, 175],
  ] as const) {
    const c = await direct(
      {
        requesterKind: 'parent',
        requesterName: `Parent of ${name}`,
        childLegalName: name,
        childDateOfBirth: plainDate('2013-05-05'),
        summary: 'Request from the family.',
      },
      receivedDaysAgo,
    );
    const received = ago(receivedDaysAgo);
    await as(jordan, async (tx) => {
      await recordDecision(
        tx,
        kent,
        {
          requestId: c.id,
          decision: 'assess',
          decidedOn: addDays(received, decidedAfter),
          reasons: 'The legal test is met.',
        },
        today,
        now,
      );
      await recordStep(
        tx,
        kent,
        { requestId: c.id, step: 'draft_plan_served', on: addDays(received, draftAfter) },
        today,
        now,
      );
      await recordStep(
        tx,
        kent,
        { requestId: c.id, step: 'final_plan_issued', on: addDays(received, finalAfter) },
        today,
        now,
      );
    });
  }
}
