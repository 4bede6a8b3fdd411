import {
  addCaseNote,
  addCaseTask,
  allocateRequests,
  caseloadFilters,
  chaseAdvice as chaseAdviceInput,
  completeCaseTask,
  createAdviceLink as createAdviceLinkInput,
  createChildRecord,
  linkChildRecord,
  londonDateOf,
  recordAdviceReceived as recordAdviceReceivedInput,
  recordDecisionToAssess,
  recordDirectRequest as recordDirectRequestInput,
  recordException as recordExceptionInput,
  recordFamilyContact as recordFamilyContactInput,
  recordStatutoryStep,
  requestAdvice as requestAdviceInput,
  requestIdInput,
  requestMoreInformation as requestMoreInformationInput,
  timelinessPeriod,
  type LaRole,
} from '@casework/domain';
import { z } from 'zod';

import {
  chaseAdvice,
  createAdviceLink,
  recordAdviceReceived,
  requestAdvice,
} from '../services/casework/advice';
import { addNote, addTask, caseFile, childRecord, completeTask } from '../services/casework/case-file';
import { listCaseload, teamOverview, timelinessReport } from '../services/casework/caseload';
import { recordDecision, recordException, recordStep } from '../services/casework/decisions';
import type { LaActor } from '../services/casework/facts';
import {
  allocate,
  createChildFromRequest,
  linkChild,
  listCaseworkers,
  recordDirectRequest,
  recordFamilyContact,
  requestMoreInformation,
} from '../services/casework/intake';
import { laProcedure, router, type ScopedContext } from '../trpc/init';

/** Everyone who works cases. Panel members and LA administrators read but do not change them. */
const caseStaff: readonly LaRole[] = ['caseworker', 'team_manager'];
const readers = laProcedure(['caseworker', 'team_manager', 'panel_member', 'la_admin']);
const workers = laProcedure(caseStaff);
const managers = laProcedure(['team_manager']);

function laActor(ctx: ScopedContext): LaActor {
  return { actor: ctx.actor, laId: ctx.actor.active?.laId ?? '' };
}

function clock(ctx: { deps: { now: () => Date } }) {
  const now = ctx.deps.now();
  return { now, today: londonDateOf(now) };
}

/** An LA caseworker's day: intake, the case, advice, decisions, caseload and timeliness. */
export const caseworkRouter = router({
  caseload: readers.input(caseloadFilters).query(({ ctx, input }) => {
    const who = laActor(ctx);
    return listCaseload(ctx.tx, who.laId, who.actor.userId, input, clock(ctx).today);
  }),

  caseworkers: readers.query(({ ctx }) => listCaseworkers(ctx.tx, laActor(ctx).laId)),

  team: managers.query(({ ctx }) => teamOverview(ctx.tx, laActor(ctx).laId, clock(ctx).today)),

  timeliness: laProcedure(['team_manager', 'caseworker', 'la_admin'])
    .input(timelinessPeriod)
    .query(({ ctx, input }) => timelinessReport(ctx.tx, laActor(ctx).laId, input)),

  caseById: readers.input(requestIdInput).query(async ({ ctx, input }) => {
    const { today, now } = clock(ctx);
    const file = await caseFile(ctx.tx, input.requestId, today, now);
    // Every read of a child's record is audited.
    await ctx.auditRequest('request.read', input.requestId);
    return file;
  }),

  childRecord: readers
    .input(z.object({ childId: z.uuid('Choose a child record') }))
    .query(async ({ ctx, input }) => {
      const record = await childRecord(ctx.tx, input.childId);
      await ctx.audit({ action: 'child.read', recordType: 'child', recordId: input.childId });
      return record;
    }),

  recordDirectRequest: workers.input(recordDirectRequestInput).mutation(async ({ ctx, input }) => {
    const { today, now } = clock(ctx);
    const result = await recordDirectRequest(ctx.tx, laActor(ctx), input, today, now);
    await ctx.auditRequest('case.record_direct_request', result.id);
    return result;
  }),

  allocate: workers.input(allocateRequests).mutation(async ({ ctx, input }) => {
    const result = await allocate(ctx.tx, laActor(ctx), input.requestIds, input.caseworkerId, clock(ctx).now);
    for (const id of input.requestIds) {
      await ctx.auditRequest('case.allocate', id, { to: input.caseworkerId });
    }
    return result;
  }),

  linkChild: workers.input(linkChildRecord).mutation(async ({ ctx, input }) => {
    await linkChild(ctx.tx, laActor(ctx), input.requestId, input.childId, clock(ctx).now);
    await ctx.auditRequest('case.link_child', input.requestId, { childId: input.childId });
    return { ok: true as const };
  }),

  createChildRecord: workers.input(createChildRecord).mutation(async ({ ctx, input }) => {
    const record = await createChildFromRequest(ctx.tx, laActor(ctx), input.requestId, clock(ctx).now);
    await ctx.audit({
      action: 'case.create_child',
      recordType: 'child',
      recordId: record.id,
      detail: { requestId: input.requestId },
    });
    return record;
  }),

  requestMoreInformation: workers.input(requestMoreInformationInput).mutation(async ({ ctx, input }) => {
    await requestMoreInformation(ctx.tx, laActor(ctx), input.requestId, input.message, clock(ctx).now);
    await ctx.auditRequest('case.request_information', input.requestId);
    return { ok: true as const };
  }),

  recordFamilyContact: workers.input(recordFamilyContactInput).mutation(async ({ ctx, input }) => {
    const { today, now } = clock(ctx);
    await recordFamilyContact(ctx.tx, laActor(ctx), input, today, now);
    await ctx.auditRequest('case.family_contact', input.requestId);
    return { ok: true as const };
  }),

  addNote: workers.input(addCaseNote).mutation(async ({ ctx, input }) => {
    await addNote(ctx.tx, laActor(ctx), input.requestId, input.body, clock(ctx).now);
    await ctx.auditRequest('case.add_note', input.requestId);
    return { ok: true as const };
  }),

  addTask: workers.input(addCaseTask).mutation(async ({ ctx, input }) => {
    const task = await addTask(ctx.tx, laActor(ctx), input, clock(ctx).now);
    await ctx.auditRequest('case.add_task', input.requestId);
    return task;
  }),

  completeTask: workers.input(completeCaseTask).mutation(async ({ ctx, input }) => {
    await completeTask(ctx.tx, laActor(ctx), input.taskId, clock(ctx).now);
    await ctx.audit({ action: 'case.complete_task', recordType: 'case_task', recordId: input.taskId });
    return { ok: true as const };
  }),

  requestAdvice: workers.input(requestAdviceInput).mutation(async ({ ctx, input }) => {
    const { today, now } = clock(ctx);
    const advice = await requestAdvice(ctx.tx, laActor(ctx), input, today, now);
    await ctx.auditRequest('case.request_advice', input.requestId, { adviceRequestId: advice.id });
    return { id: advice.id, dueOn: advice.dueOn };
  }),

  recordAdviceReceived: workers.input(recordAdviceReceivedInput).mutation(async ({ ctx, input }) => {
    const { today, now } = clock(ctx);
    await recordAdviceReceived(ctx.tx, laActor(ctx), input.adviceRequestId, input.receivedOn, today, now);
    await ctx.audit({
      action: 'case.advice_received',
      recordType: 'advice_request',
      recordId: input.adviceRequestId,
    });
    return { ok: true as const };
  }),

  chaseAdvice: workers.input(chaseAdviceInput).mutation(async ({ ctx, input }) => {
    const { today, now } = clock(ctx);
    const result = await chaseAdvice(ctx.tx, laActor(ctx), input.adviceRequestId, today, now);
    await ctx.audit({
      action: 'case.chase_advice',
      recordType: 'advice_request',
      recordId: input.adviceRequestId,
    });
    return result;
  }),

  createAdviceLink: workers.input(createAdviceLinkInput).mutation(async ({ ctx, input }) => {
    const link = await createAdviceLink(
      ctx.tx,
      laActor(ctx),
      input.adviceRequestId,
      input.validForDays,
      clock(ctx).now,
      ctx.deps.config.appOrigin,
    );
    await ctx.audit({
      action: 'case.create_advice_link',
      recordType: 'advice_request',
      recordId: input.adviceRequestId,
    });
    return link;
  }),

  recordDecision: workers.input(recordDecisionToAssess).mutation(async ({ ctx, input }) => {
    const { today, now } = clock(ctx);
    const result = await recordDecision(ctx.tx, laActor(ctx), input, today, now);
    await ctx.auditRequest('case.record_decision', input.requestId, { decision: input.decision });
    return result;
  }),

  recordStep: workers.input(recordStatutoryStep).mutation(async ({ ctx, input }) => {
    const { today, now } = clock(ctx);
    const result = await recordStep(ctx.tx, laActor(ctx), input, today, now);
    await ctx.auditRequest('case.record_step', input.requestId, { step: input.step });
    return result;
  }),

  recordException: workers.input(recordExceptionInput).mutation(async ({ ctx, input }) => {
    const { today, now } = clock(ctx);
    const record = await recordException(ctx.tx, laActor(ctx), input, today, now);
    await ctx.auditRequest('case.record_exception', input.requestId);
    return record;
  }),
});
