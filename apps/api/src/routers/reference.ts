import { localAuthority, school } from '@casework/db';
import { urn } from '@casework/domain';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';

import { router, signedInProcedure } from '../trpc/init';

/** National reference data every signed-in user may read. */
export const referenceRouter = router({
  localAuthorities: signedInProcedure.query(async ({ ctx }) => {
    const rows = await ctx.tx
      .select({
        code: localAuthority.dfeCode,
        name: localAuthority.name,
        onboardedAt: localAuthority.onboardedAt,
      })
      .from(localAuthority)
      .orderBy(asc(localAuthority.name));
    return rows.map((r) => ({ code: r.code, name: r.name, isOnboarded: !!r.onboardedAt }));
  }),

  school: signedInProcedure.input(z.object({ urn })).query(async ({ ctx, input }) => {
    const [row] = await ctx.tx.select().from(school).where(eq(school.urn, input.urn));
    return row
      ? { urn: row.urn, name: row.name, laCode: row.laCode, isOpen: row.isOpen, phase: row.phase }
      : null;
  }),
});
