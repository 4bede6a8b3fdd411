import { assessmentRequest, requestSectionAssignment, userAccount } from '@casework/db';
import type { inferRouterOutputs } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
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
import { completeAnswers, dataOf, requestKit, type RequestKit } from '../testing/requests';
import type { AppRouter } from './index';

type Outputs = inferRouterOutputs<AppRouter>;

let world: TestWorld;
let kit: RequestKit;
beforeAll(async () => {
  world = await createTestWorld();
  kit = requestKit(world);
});
afterAll(() => world.close());

const noTeacherHere =
  'There is no teacher at your school with that email address. Check the address, or ask your school’s administrator to add the teacher.';

async function makeNamedUser(name: string, memberships: TestMembership[]) {
  const user = await makeUser(world.db, memberships);
  await world.db.update(userAccount).set({ displayName: name }).where(eq(userAccount.id, user.id));
  return { ...user, cookie: await signIn(world.app, user) };
}

/** A school with its SENCO (Jo Patel), a teacher (Sam Rivers) and one draft request. */
async function makeSchoolWithDraft() {
  const la = await makeLa(world.db);
  const school = await makeSchool(world.db, la.dfeCode);
  const senco = await makeNamedUser('Jo Patel', [{ schoolUrn: school.urn, role: 'senco' }]);
  const teacher = await makeNamedUser('Sam Rivers', [{ schoolUrn: school.urn, role: 'teacher' }]);
  const requestId = await kit.startDraft(senco.cookie);
  return { la, school, senco, teacher, requestId };
}

const assign = (cookie: string, requestId: string, sectionId: string, teacherEmail: string) =>
  mutate<{ assignedTo: string; name: string }>(
    world.app,
    'requests.assignSection',
    { requestId, sectionId, teacherEmail },
    cookie,
  );

async function storedAnswers(id: string) {
  const [row] = await world.db
    .select({ answers: assessmentRequest.answers })
    .from(assessmentRequest)
    .where(eq(assessmentRequest.id, id));
  return row?.answers;
}

describe('assigning a section to a teacher', () => {
  it('assigns a section to a teacher at the school by their email address, in any case', async () => {
    const s = await makeSchoolWithDraft();

    const res = await assign(s.senco.cookie, s.requestId, 'views', `  ${s.teacher.email.toUpperCase()} `);

    expect(res.status).toBe(200);
    expect(res.body.result?.data).toEqual({ assignedTo: s.teacher.id, name: 'Sam Rivers' });
    const rows = await world.db
      .select()
      .from(requestSectionAssignment)
      .where(eq(requestSectionAssignment.requestId, s.requestId));
    expect(rows).toEqual([
      expect.objectContaining({
        sectionId: 'views',
        assignedTo: s.teacher.id,
        assignedBy: s.senco.id,
        completedAt: null,
      }),
    ]);
    const views = dataOf(await kit.byId(s.senco.cookie, s.requestId)).sections.find(
      (x) => x.sectionId === 'views',
    );
    expect(views?.assignedTo).toEqual({ userId: s.teacher.id, name: 'Sam Rivers' });
  });

  it('refuses a teacher at another school, someone who is not a teacher, and an unknown email address', async () => {
    const s = await makeSchoolWithDraft();
    const elsewhere = await makeSchool(world.db, s.la.dfeCode);
    const otherTeacher = await makeUser(world.db, [{ schoolUrn: elsewhere.urn, role: 'teacher' }]);
    const head = await makeUser(world.db, [{ schoolUrn: s.school.urn, role: 'headteacher' }]);

    const results = [
      await assign(s.senco.cookie, s.requestId, 'views', otherTeacher.email),
      await assign(s.senco.cookie, s.requestId, 'views', head.email),
      await assign(s.senco.cookie, s.requestId, 'views', 'nobody-here@example.org'),
    ];

    for (const res of results) {
      expect(res.status).toBe(400);
      expect(res.body.error?.data.fieldErrors).toEqual([{ field: 'teacherEmail', reason: noTeacherHere }]);
    }
    expect(
      await world.db
        .select()
        .from(requestSectionAssignment)
        .where(eq(requestSectionAssignment.requestId, s.requestId)),
    ).toEqual([]);
  });

  it('refuses an email address in the wrong format and a section the template does not have', async () => {
    const s = await makeSchoolWithDraft();

    const badEmail = await assign(s.senco.cookie, s.requestId, 'views', 'sam at school');
    const badSection = await assign(s.senco.cookie, s.requestId, 'gossip', s.teacher.email);

    expect(badEmail.body.error?.data.fieldErrors).toEqual([
      {
        field: 'teacherEmail',
        reason: 'Enter an email address in the correct format, like name@example.com',
      },
    ]);
    expect(badSection.body.error?.data.fieldErrors).toEqual([
      { field: 'sectionId', reason: 'Choose a section of the request' },
    ]);
    expect(
      await world.db
        .select()
        .from(requestSectionAssignment)
        .where(eq(requestSectionAssignment.requestId, s.requestId)),
    ).toEqual([]);
  });
});

describe('what a teacher sees', () => {
  it('lists only the requests with a section assigned to the teacher', async () => {
    const s = await makeSchoolWithDraft();
    const other = await kit.startDraft(s.senco.cookie);
    dataOf(await kit.save(s.senco.cookie, s.requestId, 'child', { legalName: 'Ava Jones' }));
    dataOf(await assign(s.senco.cookie, s.requestId, 'views', s.teacher.email));

    const mine = dataOf(
      await query<Outputs['requests']['assignedToMe']>(
        world.app,
        'requests.assignedToMe',
        undefined,
        s.teacher.cookie,
      ),
    );

    expect(mine).toEqual([
      expect.objectContaining({
        requestId: s.requestId,
        childName: 'Ava Jones',
        status: 'draft',
        sectionId: 'views',
        completedAt: null,
      }),
    ]);
    const hidden = await kit.byId(s.teacher.cookie, other);
    expect(hidden.status).toBe(404);
    expect(hidden.body.error?.data.code).toBe('NOT_FOUND');
  });

  it('shows a teacher only their sections, with the child’s name, date of birth and year group', async () => {
    const s = await makeSchoolWithDraft();
    const answers = completeAnswers(kit.today(), s.la.dfeCode, s.school.urn);
    await kit.fillIn(s.senco.cookie, s.requestId, answers);
    dataOf(await assign(s.senco.cookie, s.requestId, 'views', s.teacher.email));
    dataOf(await assign(s.senco.cookie, s.requestId, 'needs', s.teacher.email));

    const res = await kit.byId(s.teacher.cookie, s.requestId);

    const detail = dataOf(res);
    expect(Object.keys(detail.answers).sort()).toEqual(['child', 'needs', 'views']);
    expect(detail.answers.child).toEqual({
      legalName: answers.child?.legalName,
      dateOfBirth: answers.child?.dateOfBirth,
      yearGroup: answers.child?.yearGroup,
    });
    expect(detail.answers.views).toEqual(answers.views);
    expect(detail.sections.map((x) => x.sectionId)).toEqual(['views', 'needs']);
    expect(detail).toMatchObject({ attachments: [], events: [], problems: [] });
    expect(JSON.stringify(res.body)).not.toMatch(
      /Orchard Close|sarah\.thompson|T886123419001|9434765919|Developmental language disorder, diagnosed/,
    );
  });

  it('hides the request from the teacher once the SENCO takes their section back', async () => {
    const s = await makeSchoolWithDraft();
    dataOf(await assign(s.senco.cookie, s.requestId, 'views', s.teacher.email));

    const res = await mutate(
      world.app,
      'requests.unassignSection',
      { requestId: s.requestId, sectionId: 'views' },
      s.senco.cookie,
    );

    expect(res.status).toBe(200);
    expect(dataOf(await query(world.app, 'requests.assignedToMe', undefined, s.teacher.cookie))).toEqual([]);
    expect((await kit.byId(s.teacher.cookie, s.requestId)).status).toBe(404);
    expect(
      (await kit.save(s.teacher.cookie, s.requestId, 'views', { likeAndAdmire: 'Too late' })).status,
    ).toBe(404);
  });
});

describe('a teacher writing their section', () => {
  it('saves the teacher’s section, and the SENCO sees who wrote it and when', async () => {
    const s = await makeSchoolWithDraft();
    dataOf(await assign(s.senco.cookie, s.requestId, 'views', s.teacher.email));
    world.clock.advanceMinutes(5);
    const savedAt = world.clock.now().toISOString();

    const res = await kit.save(s.teacher.cookie, s.requestId, 'views', {
      likeAndAdmire: 'Ava is a kind friend.',
    });

    expect(res.status).toBe(200);
    expect(res.body.result?.data.version).toBe(1);
    expect((await storedAnswers(s.requestId))?.views).toEqual({ likeAndAdmire: 'Ava is a kind friend.' });
    const views = dataOf(await kit.byId(s.senco.cookie, s.requestId)).sections.find(
      (x) => x.sectionId === 'views',
    );
    expect(views).toMatchObject({
      version: 1,
      lastEditedBy: 'Sam Rivers',
      lastEditedAt: savedAt,
      completedAt: null,
    });
  });

  it('refuses a teacher’s save to a section that is not assigned to them', async () => {
    const s = await makeSchoolWithDraft();
    dataOf(await assign(s.senco.cookie, s.requestId, 'views', s.teacher.email));
    const before = await storedAnswers(s.requestId);

    const res = await kit.save(s.teacher.cookie, s.requestId, 'consent', { parentalConsent: 'yes' });

    expect(res.status).toBe(403);
    expect(res.body.error?.data.code).toBe('FORBIDDEN');
    expect(res.body.error?.message).toBe('The SENCO has not asked you to write this section');
    expect(await storedAnswers(s.requestId)).toEqual(before);
  });

  it('lets the teacher mark their section as done, and the SENCO sees when', async () => {
    const s = await makeSchoolWithDraft();
    dataOf(await assign(s.senco.cookie, s.requestId, 'views', s.teacher.email));
    dataOf(
      await kit.save(s.teacher.cookie, s.requestId, 'views', { likeAndAdmire: 'Ava is a kind friend.' }),
    );
    world.clock.advanceMinutes(10);
    const doneAt = world.clock.now().toISOString();

    const res = await mutate(
      world.app,
      'requests.completeSection',
      { requestId: s.requestId, sectionId: 'views' },
      s.teacher.cookie,
    );

    expect(res.status).toBe(200);
    const views = dataOf(await kit.byId(s.senco.cookie, s.requestId)).sections.find(
      (x) => x.sectionId === 'views',
    );
    expect(views).toMatchObject({
      completedAt: doneAt,
      lastEditedBy: 'Sam Rivers',
      assignedTo: { userId: s.teacher.id, name: 'Sam Rivers' },
    });
    const mine = dataOf(
      await query<Outputs['requests']['assignedToMe']>(
        world.app,
        'requests.assignedToMe',
        undefined,
        s.teacher.cookie,
      ),
    );
    expect(mine[0]?.completedAt).toBe(doneAt);
    const notMine = await mutate(
      world.app,
      'requests.completeSection',
      { requestId: s.requestId, sectionId: 'needs' },
      s.teacher.cookie,
    );
    expect(notMine.status).toBe(404);
  });

  it('keeps both people’s work when they save different sections at the same moment', async () => {
    const s = await makeSchoolWithDraft();
    dataOf(await assign(s.senco.cookie, s.requestId, 'views', s.teacher.email));

    const [fromSenco, fromTeacher] = await Promise.all([
      kit.save(s.senco.cookie, s.requestId, 'needs', { primaryNeed: 'SLCN' }),
      kit.save(s.teacher.cookie, s.requestId, 'views', { likeAndAdmire: 'Ava is a kind friend.' }),
    ]);

    expect([fromSenco.status, fromTeacher.status]).toEqual([200, 200]);
    const answers = await storedAnswers(s.requestId);
    expect(answers?.needs).toEqual({ primaryNeed: 'SLCN' });
    expect(answers?.views).toEqual({ likeAndAdmire: 'Ava is a kind friend.' });
    const sections = dataOf(await kit.byId(s.senco.cookie, s.requestId)).sections;
    expect(sections.find((x) => x.sectionId === 'needs')?.lastEditedBy).toBe('Jo Patel');
    expect(sections.find((x) => x.sectionId === 'views')?.lastEditedBy).toBe('Sam Rivers');
  });

  it('tells the teacher who changed the section when their save is out of date, and keeps the newer answers', async () => {
    const s = await makeSchoolWithDraft();
    dataOf(await assign(s.senco.cookie, s.requestId, 'views', s.teacher.email));
    dataOf(
      await kit.save(s.senco.cookie, s.requestId, 'views', { likeAndAdmire: 'Written by the SENCO' }, 0),
    );

    const res = await kit.save(
      s.teacher.cookie,
      s.requestId,
      'views',
      { likeAndAdmire: 'Written by the teacher' },
      0,
    );

    expect(res.status).toBe(409);
    expect(res.body.error?.data.code).toBe('CONFLICT');
    expect(res.body.error?.message).toBe(
      'This section was changed by Jo Patel after you opened it, so your latest changes were not saved. Copy anything you need to keep, then reload the page to see the newest version.',
    );
    expect((await storedAnswers(s.requestId))?.views).toEqual({ likeAndAdmire: 'Written by the SENCO' });
  });

  it('lets the SENCO send a request that a teacher helped to write', async () => {
    const s = await makeSchoolWithDraft();
    const { views, ...rest } = completeAnswers(kit.today(), s.la.dfeCode, s.school.urn);
    await kit.fillIn(s.senco.cookie, s.requestId, rest);
    dataOf(await assign(s.senco.cookie, s.requestId, 'views', s.teacher.email));
    dataOf(await kit.save(s.teacher.cookie, s.requestId, 'views', views));

    const res = await kit.submit(s.senco.cookie, s.requestId);

    expect(res.status).toBe(200);
    const [row] = await world.db
      .select()
      .from(assessmentRequest)
      .where(eq(assessmentRequest.id, s.requestId));
    expect(row).toMatchObject({ status: 'submitted', receivedOn: kit.today() });
    expect(row?.answers.views).toEqual(views);
  });
});
