import { auditEvent, userAccount, userSession } from '@casework/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SIGN_IN_FAILED } from '../services/sign-in';
import {
  call,
  createTestWorld,
  makeLa,
  makeSchool,
  makeUser,
  mutate,
  query,
  sessionCookieFrom,
  signIn,
  type TestWorld,
} from '../testing/harness';

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(() => world.close());

async function makeSenco() {
  const la = await makeLa(world.db);
  const school = await makeSchool(world.db, la.dfeCode);
  return makeUser(world.db, [{ schoolUrn: school.urn, role: 'senco' }]);
}

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and stores only the token hash', async () => {
    const user = await makeSenco();
    const res = await mutate(world.app, 'session.signIn', { email: user.email, password: user.password });
    expect(res.status).toBe(200);
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('casework_session='));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/i); // localhost over http
    const token = sessionCookieFrom(res.headers)?.split('=')[1] ?? '';
    expect(token.length).toBeGreaterThanOrEqual(26); // at least 128 bits in base32
    const sessions = await world.db.select().from(userSession).where(eq(userSession.userId, user.id));
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.id).not.toBe(token);
    expect(sessions[0]?.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts the email address in any case and with spaces around it', async () => {
    const user = await makeSenco();
    const res = await mutate(world.app, 'session.signIn', {
      email: `  ${user.email.toUpperCase()} `,
      password: user.password,
    });
    expect(res.status).toBe(200);
  });

  it('gives the same message for a wrong password and for an unknown email address', async () => {
    const user = await makeSenco();
    const wrong = await mutate(
      world.app,
      'session.signIn',
      { email: user.email, password: 'not-the-password' },
      undefined,
    );
    const unknown = await mutate(world.app, 'session.signIn', {
      email: 'nobody@example.org',
      password: 'whatever-it-is',
    });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(400);
      expect(res.body.error?.data.fieldErrors).toEqual([{ field: 'email', reason: SIGN_IN_FAILED }]);
      expect(sessionCookieFrom(res.headers)).toBeNull();
    }
  });

  it('says what is missing when the form is empty', async () => {
    const res = await mutate(world.app, 'session.signIn', { email: ' ', password: '' });
    expect(res.status).toBe(400);
    expect(res.body.error?.data.fieldErrors).toEqual([
      { field: 'email', reason: 'Enter your email address' },
      { field: 'password', reason: 'Enter your password' },
    ]);
  });

  it('makes a new session at every sign-in', async () => {
    const user = await makeSenco();
    const first = await signIn(world.app, user);
    const second = await signIn(world.app, user);
    expect(first).not.toBe(second);
  });

  it('refuses a sign-in posted from another origin', async () => {
    const user = await makeSenco();
    const res = await call(
      world.app,
      'session.signIn',
      { email: user.email, password: user.password },
      { origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    const noOrigin = await call(
      world.app,
      'session.signIn',
      { email: user.email, password: user.password },
      { origin: null },
    );
    expect(noOrigin.status).toBe(403);
  });

  it('audits a failed sign-in without the email address', async () => {
    const user = await makeSenco();
    await mutate(world.app, 'session.signIn', { email: user.email, password: 'wrong-password-1' });
    const rows = await world.db.select().from(auditEvent).where(eq(auditEvent.userId, user.id));
    expect(rows.map((r) => r.action)).toContain('sign_in.failed');
    expect(JSON.stringify(rows)).not.toContain(user.email);
  });
});

describe('throttling and lock-out', () => {
  it('makes an account wait after five failures in a row', async () => {
    const user = await makeSenco();
    for (let i = 0; i < 5; i += 1) {
      const res = await mutate(world.app, 'session.signIn', { email: user.email, password: `wrong-${i}` });
      expect(res.status).toBe(400);
    }
    const sixth = await mutate(world.app, 'session.signIn', { email: user.email, password: 'wrong-6' });
    expect(sixth.status).toBe(400);
    const blocked = await mutate(world.app, 'session.signIn', { email: user.email, password: user.password });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error?.message).toMatch(/too many attempts to sign in\. Wait \d+ minutes?/);
  });

  it('locks the account after ten failures until an LA administrator unlocks it', async () => {
    const la = await makeLa(world.db);
    const caseworker = await makeUser(world.db, [{ laId: la.id, role: 'caseworker' }]);
    const admin = await makeUser(world.db, [{ laId: la.id, role: 'la_admin' }]);
    for (let i = 0; i < 10; i += 1) {
      await mutate(
        world.app,
        'session.signIn',
        { email: caseworker.email, password: `wrong-${i}` },
        undefined,
      );
      world.clock.advanceMinutes(16); // outwait the throttle: only the lock should stop them
    }
    const [locked] = await world.db.select().from(userAccount).where(eq(userAccount.id, caseworker.id));
    expect(locked?.lockedAt).not.toBeNull();
    const refused = await mutate(world.app, 'session.signIn', {
      email: caseworker.email,
      password: caseworker.password,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.data.fieldErrors[0]?.reason).toMatch(/locked/);

    const adminCookie = await signIn(world.app, admin);
    const unlock = await mutate(world.app, 'admin.unlockUser', { userId: caseworker.id }, adminCookie);
    expect(unlock.status).toBe(200);
    await signIn(world.app, caseworker);
  });

  it('does not let an LA administrator unlock someone from another LA', async () => {
    const laA = await makeLa(world.db);
    const laB = await makeLa(world.db);
    const adminA = await makeUser(world.db, [{ laId: laA.id, role: 'la_admin' }]);
    const staffB = await makeUser(world.db, [{ laId: laB.id, role: 'caseworker' }]);
    await world.db.update(userAccount).set({ lockedAt: new Date() }).where(eq(userAccount.id, staffB.id));
    const res = await mutate(
      world.app,
      'admin.unlockUser',
      { userId: staffB.id },
      await signIn(world.app, adminA),
    );
    expect(res.status).toBe(404);
    const [still] = await world.db.select().from(userAccount).where(eq(userAccount.id, staffB.id));
    expect(still?.lockedAt).not.toBeNull();
  });
});

describe('sessions', () => {
  it('ends a session that has been idle for longer than the idle timeout', async () => {
    const user = await makeSenco();
    const cookie = await signIn(world.app, user);
    world.clock.advanceMinutes(29);
    expect((await query(world.app, 'session.me', undefined, cookie)).body.result?.data).not.toBeNull();
    world.clock.advanceMinutes(29); // active 29 minutes ago: the idle timer slid forward
    expect((await query(world.app, 'session.me', undefined, cookie)).body.result?.data).not.toBeNull();
    world.clock.advanceMinutes(31);
    const expired = await query(world.app, 'session.me', undefined, cookie);
    expect(expired.body.result?.data).toBeNull();
    expect(expired.headers.getSetCookie().join()).toMatch(/casework_session=;/);
  });

  it('ends a session at its absolute lifetime even when it is in constant use', async () => {
    const user = await makeSenco();
    const cookie = await signIn(world.app, user);
    for (let i = 0; i < 12 * 3; i += 1) {
      world.clock.advanceMinutes(20);
      await query(world.app, 'session.me', undefined, cookie);
    }
    const res = await query(world.app, 'session.me', undefined, cookie);
    expect(res.body.result?.data).toBeNull();
  });

  it('signs out on the server, so the old cookie no longer works', async () => {
    const user = await makeSenco();
    const cookie = await signIn(world.app, user);
    const res = await mutate(world.app, 'session.signOut', undefined, cookie);
    expect(res.status).toBe(200);
    expect((await query(world.app, 'session.me', undefined, cookie)).body.result?.data).toBeNull();
  });

  it('ends every session when the password changes and starts a fresh one', async () => {
    const user = await makeSenco();
    const laptop = await signIn(world.app, user);
    const phone = await signIn(world.app, user);
    const res = await mutate(
      world.app,
      'session.changePassword',
      { currentPassword: user.password, newPassword: 'a-much-longer-new-passphrase' },
      laptop,
    );
    expect(res.status).toBe(200);
    const fresh = sessionCookieFrom(res.headers);
    expect(fresh).not.toBeNull();
    expect(fresh).not.toBe(laptop);
    expect((await query(world.app, 'session.me', undefined, laptop)).body.result?.data).toBeNull();
    expect((await query(world.app, 'session.me', undefined, phone)).body.result?.data).toBeNull();
    expect((await query(world.app, 'session.me', undefined, fresh ?? '')).body.result?.data).not.toBeNull();
    await signIn(world.app, { email: user.email, password: 'a-much-longer-new-passphrase' });
  });

  it('refuses a new password that is short or common, saying why', async () => {
    const user = await makeSenco();
    const cookie = await signIn(world.app, user);
    const short = await mutate(
      world.app,
      'session.changePassword',
      { currentPassword: user.password, newPassword: 'short' },
      cookie,
    );
    expect(short.body.error?.data.fieldErrors).toEqual([
      { field: 'newPassword', reason: 'Password must be 12 characters or more' },
    ]);
    const common = await mutate(
      world.app,
      'session.changePassword',
      { currentPassword: user.password, newPassword: 'password1234' },
      cookie,
    );
    expect(common.body.error?.data.fieldErrors[0]?.reason).toMatch(/too easy to guess/);
  });

  it('lists the user’s own sessions and ends one of them', async () => {
    const user = await makeSenco();
    const laptop = await signIn(world.app, user);
    const phone = await signIn(world.app, user);
    const list = await query<{ id: string; isCurrent: boolean }[]>(
      world.app,
      'session.list',
      undefined,
      laptop,
    );
    expect(list.body.result?.data).toHaveLength(2);
    const other = list.body.result?.data.find((s) => !s.isCurrent);
    const ended = await mutate(world.app, 'session.end', { sessionId: other?.id }, laptop);
    expect(ended.status).toBe(200);
    expect((await query(world.app, 'session.me', undefined, phone)).body.result?.data).toBeNull();
    expect((await query(world.app, 'session.me', undefined, laptop)).body.result?.data).not.toBeNull();
  });

  it('does not let one user end another user’s session', async () => {
    const alice = await makeSenco();
    const bob = await makeSenco();
    const bobCookie = await signIn(world.app, bob);
    const bobSessions = await query<{ id: string }[]>(world.app, 'session.list', undefined, bobCookie);
    const res = await mutate(
      world.app,
      'session.end',
      { sessionId: bobSessions.body.result?.data[0]?.id },
      await signIn(world.app, alice),
    );
    expect(res.status).toBe(404);
    expect((await query(world.app, 'session.me', undefined, bobCookie)).body.result?.data).not.toBeNull();
  });

  it('switches between the schools a SENCO works at, and refuses a membership that is not theirs', async () => {
    const laA = await makeLa(world.db);
    const laB = await makeLa(world.db);
    const schoolA = await makeSchool(world.db, laA.dfeCode);
    const schoolB = await makeSchool(world.db, laB.dfeCode);
    const senco = await makeUser(world.db, [
      { schoolUrn: schoolA.urn, role: 'senco' },
      { schoolUrn: schoolB.urn, role: 'senco' },
    ]);
    const stranger = await makeSenco();
    const cookie = await signIn(world.app, senco);
    const target = senco.memberships[1];
    const res = await mutate(world.app, 'session.switchOrganisation', { membershipId: target?.id }, cookie);
    expect(res.status).toBe(200);
    const me = await query<{ active: { schoolUrn: string } }>(world.app, 'session.me', undefined, cookie);
    expect(me.body.result?.data.active.schoolUrn).toBe(schoolB.urn);
    const foreign = await mutate(
      world.app,
      'session.switchOrganisation',
      { membershipId: stranger.memberships[0]?.id },
      cookie,
    );
    expect(foreign.status).toBe(404);
  });
});

describe('an LA’s own idle timeout', () => {
  it('signs the LA’s staff out after the idle time its administrator set, and no one else', async () => {
    const la = await makeLa(world.db);
    const otherLa = await makeLa(world.db);
    const admin = await makeUser(world.db, [{ laId: la.id, role: 'la_admin' }]);
    const caseworker = await makeUser(world.db, [{ laId: la.id, role: 'caseworker' }]);
    const elsewhere = await makeUser(world.db, [{ laId: otherLa.id, role: 'caseworker' }]);

    const set = await mutate(
      world.app,
      'admin.setStaffIdleTimeout',
      { idleMinutes: 10 },
      await signIn(world.app, admin),
    );
    expect(set.status).toBe(200);

    const ours = await signIn(world.app, caseworker);
    const theirs = await signIn(world.app, elsewhere);
    for (let i = 0; i < 4; i += 1) {
      // In use every 8 minutes: the 10-minute limit runs from the last activity.
      world.clock.advanceMinutes(8);
      expect((await query(world.app, 'session.me', undefined, ours)).body.result?.data).not.toBeNull();
    }
    world.clock.advanceMinutes(11);
    expect((await query(world.app, 'session.me', undefined, ours)).body.result?.data).toBeNull();
    expect((await query(world.app, 'session.me', undefined, theirs)).body.result?.data).toBeNull(); // 43 min > 30
    const fresh = await signIn(world.app, elsewhere);
    world.clock.advanceMinutes(20);
    expect((await query(world.app, 'session.me', undefined, fresh)).body.result?.data).not.toBeNull();
  });

  it('refuses an idle timeout outside 5 to 480 minutes, and lets only an LA administrator set it', async () => {
    const la = await makeLa(world.db);
    const admin = await signIn(world.app, await makeUser(world.db, [{ laId: la.id, role: 'la_admin' }]));
    const caseworker = await signIn(
      world.app,
      await makeUser(world.db, [{ laId: la.id, role: 'caseworker' }]),
    );

    const tooShort = await mutate(world.app, 'admin.setStaffIdleTimeout', { idleMinutes: 2 }, admin);
    const notAllowed = await mutate(world.app, 'admin.setStaffIdleTimeout', { idleMinutes: 20 }, caseworker);

    expect(tooShort.body.error?.data.fieldErrors).toEqual([
      { field: 'idleMinutes', reason: 'The idle timeout must be 5 minutes or more' },
    ]);
    expect(notAllowed.status).toBe(403);
    const settings = await query<{ idleMinutes: number | null }>(
      world.app,
      'admin.sessionSettings',
      undefined,
      admin,
    );
    expect(settings.body.result?.data.idleMinutes).toBeNull();
  });
});
