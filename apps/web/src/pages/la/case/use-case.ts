import { useQuery } from '@tanstack/react-query';
import { useOutletContext, useParams } from 'react-router';

import type { CaseFile } from '../../../app/api-types';
import { errorsOf, useTRPC } from '../../../trpc';

/** The case named in the URL. A case that is not found (or not this LA's) is `notFound`. */
export function useCaseFromRoute() {
  const { requestId = '' } = useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.casework.caseById.queryOptions({ requestId }));
  const status = errorsOf(query.error).status;
  // A malformed id is refused as bad input: to the user it is simply not found.
  const notFound = status === 404 || status === 400;
  if (query.isError && !notFound) throw new Error('Could not load the case', { cause: query.error });
  return { requestId, query, caseFile: query.data, notFound };
}

/** The case, inside one of the case page's tabs. */
export function useCaseFile(): CaseFile {
  return useOutletContext<CaseFile>();
}

export function childNameOf(c: CaseFile): string {
  return c.child.name ?? 'Child’s name not given';
}

/** "Amelia Thompson, 886-2026-00012": names the case in captions and hidden context. */
export function caseLabel(c: CaseFile): string {
  return `${childNameOf(c)}, ${c.reference ?? 'no reference'}`;
}

export function canDecide(c: CaseFile): boolean {
  return c.status === 'submitted' || c.status === 'more_information_requested';
}

export function canAskSchool(c: CaseFile): boolean {
  return canDecide(c) && !!c.school;
}

/** Advice can be asked for while the request or the assessment is open. */
export function canRequestAdvice(c: CaseFile): boolean {
  return c.status === 'submitted' || c.status === 'more_information_requested' || c.status === 'assessing';
}

/** The statutory steps that may come next, in their legal order (reg 10, 13). */
export function nextSteps(
  c: CaseFile,
): Array<'draft_plan_served' | 'not_issue_notice' | 'final_plan_issued'> {
  if (c.status !== 'assessing') return [];
  return c.steps.draftPlanServedOn ? ['final_plan_issued'] : ['draft_plan_served', 'not_issue_notice'];
}
