import { localAuthority } from '@casework/db';
import { NotAllowed, setStaffIdleTimeout } from '@casework/domain';
import { eq } from 'drizzle-orm';
import { z } from 'zod';

import { endSessionsOf, listLaUsers, unlockUser } from '../services/user-admin';
import { laProcedure, platformProcedure, router, type ScopedContext } from '../trpc/init';

const userIdInput = z.object({ userId: z.uuid('Choose a user') });

function activeLaId(ctx: ScopedContext): string {
  const laId = ctx.actor.active?.laId;
  if (!laId) throw new NotAllowed('Choose an LA to act for');
  return laId;
}

/** LA administrators manage the people of their own LA. */
export const adminRouter = router({
  users: laProcedure(['la_admin']).query(({ ctx }) => listLaUsers(ctx.tx, activeLaId(ctx))),

  unlockUser: laProcedure(['la_admin'])
    .input(userIdInput)
    .mutation(async ({ ctx, input }) => {
      await unlockUser(ctx.tx, input.userId, { laId: activeLaId(ctx) }, ctx.deps.now());
      await ctx.audit({ action: 'user.unlock', recordType: 'user_account', recordId: input.userId });
      return { ok: true as const };
    }),

  /** The LA's idle timeout for its staff, and the service default it replaces. */
  sessionSettings: laProcedure(['la_admin']).query(async ({ ctx }) => {
    const [la] = await ctx.tx
      .select({ idleMinutes: localAuthority.sessionIdleMinutes })
      .from(localAuthority)
      .where(eq(localAuthority.id, activeLaId(ctx)));
    return {
      idleMinutes: la?.idleMinutes ?? null,
      defaultIdleMinutes: ctx.deps.config.sessionLifetime.idleMinutes,
      absoluteHours: ctx.deps.config.sessionLifetime.absoluteHours,
    };
  }),

  /** Reference data has no RLS, so the update names the administrator's own LA explicitly. */
  setStaffIdleTimeout: laProcedure(['la_admin'])
    .input(setStaffIdleTimeout)
    .mutation(async ({ ctx, input }) => {
      const laId = activeLaId(ctx);
      await ctx.tx
        .update(localAuthority)
        .set({ sessionIdleMinutes: input.idleMinutes, updatedAt: ctx.deps.now() })
        .where(eq(localAuthority.id, laId));
      await ctx.audit({
        action: 'la.set_idle_timeout',
        recordType: 'local_authority',
        recordId: laId,
        detail: { idleMinutes: input.idleMinutes },
      });
      return { idleMinutes: input.idleMinutes };
    }),

  endUserSessions: laProcedure(['la_admin'])
    .input(userIdInput)
    .mutation(async ({ ctx, input }) => {
      const ended = await endSessionsOf(ctx.tx, input.userId, { laId: activeLaId(ctx) });
      await ctx.audit({
        action: 'user.end_sessions',
        recordType: 'user_account',
        recordId: input.userId,
        detail: { ended },
      });
      return { ended };
    }),
});

/** Platform administrators act across the service, e.g. for a locked school user. */
export const platformRouter = router({
  unlockUser: platformProcedure.input(userIdInput).mutation(async ({ ctx, input }) => {
    await unlockUser(ctx.tx, input.userId, 'everyone', ctx.deps.now());
    await ctx.audit({ action: 'user.unlock', recordType: 'user_account', recordId: input.userId });
    return { ok: true as const };
  }),
});
