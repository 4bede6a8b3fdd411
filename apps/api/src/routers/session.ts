import { hashPassword, passwordProblem, verifyPassword } from '@casework/auth';
import { userAccount, userSession } from '@casework/db';
import { changePasswordInput, NotFound, roleLabels, signInInput, ValidationFailed } from '@casework/domain';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';

import {
  createSession,
  endSession,
  endUserSessions,
  lifetimeFor,
  listUserSessions,
} from '../services/sessions';
import { signIn } from '../services/sign-in';
import type { ActiveMembership } from '../services/types';
import { publicProcedure, router, signedInProcedure } from '../trpc/init';

function describeMembership(m: ActiveMembership) {
  return {
    id: m.id,
    role: m.role,
    roleLabel: roleLabels[m.role],
    organisationKind: m.organisationKind,
    organisationName:
      m.organisationKind === 'school' ? m.schoolName : m.organisationKind === 'la' ? m.laName : 'Casework',
    laCode: m.laCode,
    schoolUrn: m.schoolUrn,
  };
}

export const sessionRouter = router({
  /** Who is signed in, or null; the web app calls this first. */
  me: publicProcedure.query(({ ctx }) => {
    const actor = ctx.actor;
    if (!actor) return null;
    return {
      userId: actor.userId,
      displayName: actor.displayName,
      email: actor.email,
      active: actor.active ? describeMembership(actor.active) : null,
      memberships: actor.memberships.map(describeMembership),
    };
  }),

  signIn: publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
    const session = await signIn(ctx.deps, {
      ...input,
      ipAddress: ctx.ipAddress,
      userAgent: ctx.userAgent,
      requestId: ctx.requestId,
    });
    ctx.setSessionCookie(session.token, session.expiresAt);
    return { ok: true as const };
  }),

  signOut: signedInProcedure.mutation(async ({ ctx }) => {
    await endSession(ctx.tx, ctx.actor.sessionId);
    await ctx.audit({ action: 'sign_out', recordType: 'user_account', recordId: ctx.actor.userId });
    ctx.setSessionCookie(null);
    return { ok: true as const };
  }),

  /** Makes another of the user's memberships the active one (a SENCO at two schools). */
  switchOrganisation: signedInProcedure
    .input(z.object({ membershipId: z.uuid('Choose an organisation') }))
    .mutation(async ({ ctx, input }) => {
      const target = ctx.actor.memberships.find((m) => m.id === input.membershipId);
      if (!target) throw new NotFound('organisation');
      await ctx.tx
        .update(userSession)
        .set({ activeMembershipId: target.id })
        .where(eq(userSession.id, ctx.actor.sessionId));
      await ctx.audit({ action: 'organisation.switch', recordType: 'membership', recordId: target.id });
      return describeMembership(target);
    }),

  /** The user's own active sessions, so they can end any they do not recognise. */
  list: signedInProcedure.query(async ({ ctx }) => {
    const rows = await listUserSessions(ctx.tx, ctx.actor.userId, ctx.deps.now());
    return rows.map((r) => ({
      id: r.publicId,
      isCurrent: r.id === ctx.actor.sessionId,
      createdAt: r.createdAt.toISOString(),
      lastSeenAt: r.lastSeenAt.toISOString(),
      expiresAt: (r.expiresAt < r.absoluteExpiresAt ? r.expiresAt : r.absoluteExpiresAt).toISOString(),
      userAgent: r.userAgent,
      ipAddress: r.ipAddress,
    }));
  }),

  end: signedInProcedure
    .input(z.object({ sessionId: z.uuid('Choose a session') }))
    .mutation(async ({ ctx, input }) => {
      const deleted = await ctx.tx
        .delete(userSession)
        .where(and(eq(userSession.publicId, input.sessionId), eq(userSession.userId, ctx.actor.userId)))
        .returning({ id: userSession.id });
      if (deleted.length === 0) throw new NotFound('session');
      if (deleted[0]?.id === ctx.actor.sessionId) ctx.setSessionCookie(null);
      await ctx.audit({ action: 'session.end', recordType: 'user_account', recordId: ctx.actor.userId });
      return { ok: true as const };
    }),

  /** Ends every session, this one included, and starts a new one with a new token. */
  changePassword: signedInProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    const [user] = await ctx.tx.select().from(userAccount).where(eq(userAccount.id, ctx.actor.userId));
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new ValidationFailed({ field: 'currentPassword', reason: 'Your current password is not right' });
    }
    const problem = passwordProblem(input.newPassword, { email: user.email });
    if (problem) throw new ValidationFailed({ field: 'newPassword', reason: problem });
    if (input.newPassword === input.currentPassword) {
      throw new ValidationFailed({
        field: 'newPassword',
        reason: 'New password must be different from your current password',
      });
    }
    const now = ctx.deps.now();
    await ctx.tx
      .update(userAccount)
      .set({ passwordHash: await hashPassword(input.newPassword), passwordChangedAt: now, updatedAt: now })
      .where(eq(userAccount.id, user.id));
    const ended = await endUserSessions(ctx.tx, user.id);
    const session = await createSession(
      ctx.tx,
      {
        userId: user.id,
        activeMembershipId: ctx.actor.active?.id ?? null,
        ipAddress: ctx.ipAddress,
        userAgent: ctx.userAgent,
      },
      now,
      lifetimeFor(ctx.actor.active, ctx.deps.config.sessionLifetime, null),
    );
    await ctx.audit({
      action: 'password.change',
      recordType: 'user_account',
      recordId: user.id,
      detail: { sessionsEnded: ended },
    });
    ctx.setSessionCookie(session.token, session.expiresAt);
    return { ok: true as const };
  }),
});
