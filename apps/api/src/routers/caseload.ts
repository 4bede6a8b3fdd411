import { requestIdInput } from '@casework/domain';

import { laRequestDetail, listLaRequests } from '../services/requests/views';
import { laProcedure, router } from '../trpc/init';

const laStaff = laProcedure(['caseworker', 'team_manager', 'panel_member', 'la_admin']);

/** The LA's side: the requests it has received. */
export const caseloadRouter = router({
  list: laStaff.query(({ ctx }) => listLaRequests(ctx.tx, ctx.actor.active?.laId ?? '', ctx.deps.now())),

  requestById: laStaff.input(requestIdInput).query(async ({ ctx, input }) => {
    const detail = await laRequestDetail(ctx.tx, input.requestId, ctx.deps.now());
    // Every read of a child's record is audited (security.md, ASVS V16).
    await ctx.audit({ action: 'request.read', recordType: 'assessment_request', recordId: input.requestId });
    return detail;
  }),
});
