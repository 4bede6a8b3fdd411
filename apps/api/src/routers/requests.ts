import {
  assignRequestSection,
  chooseReceivingLa as chooseReceivingLaInput,
  completeRequestSection,
  listSchoolRequests as listSchoolRequestsInput,
  requestIdInput,
  respondToInformationRequest as respondToInformationRequestInput,
  saveRequestSection,
  startAssessmentRequest,
  startAssessmentRequestFrom,
  submitAssessmentRequest,
  unassignRequestSection,
  withdrawAssessmentRequest,
  type SchoolRole,
} from '@casework/domain';
import { z } from 'zod';

import {
  assignSection,
  chooseReceivingLa,
  completeSection,
  saveSection,
  startRequest,
  startRequestFrom,
  unassignSection,
  type SchoolActor,
} from '../services/requests/drafts';
import { removeAttachment } from '../services/requests/attachments';
import { respondToInformationRequest, submitRequest, withdrawRequest } from '../services/requests/submission';
import { listAssignedToMe, listSchoolRequests, schoolRequestDetail } from '../services/requests/views';
import { router, schoolProcedure, type ScopedContext } from '../trpc/init';

function schoolActor(ctx: ScopedContext): SchoolActor {
  const active = ctx.actor.active;
  // schoolProcedure has already checked the active membership is a school role.
  return {
    actor: ctx.actor,
    schoolUrn: active?.schoolUrn ?? '',
    role: (active?.role ?? 'teacher') as SchoolRole,
  };
}

const senco = schoolProcedure(['senco']);
const readers = schoolProcedure(['senco', 'headteacher']);
const writers = schoolProcedure(['senco', 'teacher']);

/** The school's side of requests for EHC needs assessments. */
export const requestsRouter = router({
  list: readers
    .input(listSchoolRequestsInput)
    .query(({ ctx, input }) => listSchoolRequests(ctx.tx, schoolActor(ctx).schoolUrn, input, ctx.deps.now())),

  assignedToMe: schoolProcedure(['teacher']).query(({ ctx }) => listAssignedToMe(ctx.tx, schoolActor(ctx))),

  byId: schoolProcedure(['senco', 'headteacher', 'teacher'])
    .input(requestIdInput)
    .query(async ({ ctx, input }) => {
      const detail = await schoolRequestDetail(ctx.tx, schoolActor(ctx), input.requestId, ctx.deps.now());
      await ctx.auditRequest('request.read', input.requestId);
      return detail;
    }),

  start: senco.input(startAssessmentRequest).mutation(async ({ ctx, input }) => {
    const row = await startRequest(ctx.tx, schoolActor(ctx), input, ctx.deps.now());
    await ctx.auditRequest('request.start', row.id);
    return row;
  }),

  startFrom: senco.input(startAssessmentRequestFrom).mutation(async ({ ctx, input }) => {
    const row = await startRequestFrom(ctx.tx, schoolActor(ctx), input.requestId, ctx.deps.now());
    await ctx.auditRequest('request.start_from', row.id, { from: input.requestId });
    return row;
  }),

  chooseReceivingLa: senco.input(chooseReceivingLaInput).mutation(async ({ ctx, input }) => {
    const result = await chooseReceivingLa(ctx.tx, input.requestId, input.laCode, ctx.deps.now());
    await ctx.auditRequest('request.choose_la', input.requestId, { laCode: input.laCode });
    return result;
  }),

  saveSection: writers.input(saveRequestSection).mutation(async ({ ctx, input }) => {
    const result = await saveSection(ctx.tx, schoolActor(ctx), input, ctx.deps.now());
    await ctx.auditRequest('request.save_section', input.requestId, {
      sectionId: input.sectionId,
      version: result.version,
    });
    return result;
  }),

  assignSection: senco.input(assignRequestSection).mutation(async ({ ctx, input }) => {
    const result = await assignSection(ctx.tx, schoolActor(ctx), input, ctx.deps.now());
    await ctx.auditRequest('request.assign_section', input.requestId, {
      sectionId: input.sectionId,
      assignedTo: result.assignedTo,
    });
    return result;
  }),

  unassignSection: senco.input(unassignRequestSection).mutation(async ({ ctx, input }) => {
    await unassignSection(ctx.tx, input.requestId, input.sectionId);
    await ctx.auditRequest('request.unassign_section', input.requestId, { sectionId: input.sectionId });
    return { ok: true as const };
  }),

  completeSection: schoolProcedure(['teacher'])
    .input(completeRequestSection)
    .mutation(async ({ ctx, input }) => {
      await completeSection(ctx.tx, schoolActor(ctx), input.requestId, input.sectionId, ctx.deps.now());
      await ctx.auditRequest('request.complete_section', input.requestId, { sectionId: input.sectionId });
      return { ok: true as const };
    }),

  removeAttachment: senco
    .input(requestIdInput.extend({ attachmentId: z.uuid('Choose a file') }))
    .mutation(async ({ ctx, input }) => {
      await removeAttachment(ctx.tx, input.requestId, input.attachmentId, ctx.deps.now());
      await ctx.auditRequest('request.remove_attachment', input.requestId, {
        attachmentId: input.attachmentId,
      });
      return { ok: true as const };
    }),

  submit: senco.input(submitAssessmentRequest).mutation(async ({ ctx, input }) => {
    const result = await submitRequest(ctx.tx, schoolActor(ctx), input, ctx.deps.now());
    await ctx.auditRequest('request.submit', input.requestId, { reference: result.reference });
    return result;
  }),

  respondToInformationRequest: senco
    .input(respondToInformationRequestInput)
    .mutation(async ({ ctx, input }) => {
      await respondToInformationRequest(ctx.tx, schoolActor(ctx), input, ctx.deps.now());
      await ctx.auditRequest('request.provide_information', input.requestId);
      return { ok: true as const };
    }),

  withdraw: senco.input(withdrawAssessmentRequest).mutation(async ({ ctx, input }) => {
    await withdrawRequest(ctx.tx, schoolActor(ctx), input, ctx.deps.now());
    await ctx.auditRequest('request.withdraw', input.requestId);
    return { ok: true as const };
  }),
});
