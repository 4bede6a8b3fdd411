import { NotAllowed } from '@casework/domain';
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
