import { z } from 'zod';

import { describeAdviceLink } from '../services/casework/advice';
import { publicProcedure, router } from '../trpc/init';

/**
 * What an adviser without an account sees through their single-use link. Public: the token is the
 * credential, and it reaches one advice request only.
 */
export const adviceLinkRouter = router({
  describe: publicProcedure
    .input(
      z.object({
        token: z
          .string()
          .regex(/^[a-z2-7]{32}$/, 'This link is not complete. Copy the whole link from the email.'),
      }),
    )
    .query(({ ctx, input }) => describeAdviceLink(ctx.deps.db, input.token, ctx.deps.now())),
});
