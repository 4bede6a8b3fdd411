import { school, type Tx } from '@casework/db';
import {
  getRequestTemplate,
  isValidUrn,
  validateRequest,
  type FieldError,
  type PlainDate,
} from '@casework/domain';
import { eq } from 'drizzle-orm';

import type { AssessmentRequestRow } from './load';

/**
 * Everything that stops a draft being sent: the template's own rules, a school that is not in the
 * national register, and a receiving LA that is not using the service. The check-answers page and
 * submission use this one list.
 */
export async function problemsBeforeSending(
  tx: Tx,
  request: AssessmentRequestRow,
  la: { name: string; onboardedAt: Date | null },
  today: PlainDate,
): Promise<FieldError[]> {
  const problems = validateRequest(getRequestTemplate(request.templateVersion), request.answers, { today });
  const urn = request.answers.child?.currentSetting;
  const hasUrnProblem = problems.some((p) => p.field === 'child.currentSetting');
  if (typeof urn === 'string' && isValidUrn(urn) && !hasUrnProblem) {
    const [found] = await tx.select({ isOpen: school.isOpen }).from(school).where(eq(school.urn, urn));
    if (!found) {
      problems.push({
        field: 'child.currentSetting',
        reason: 'There is no school with that URN in the national register: check the URN',
      });
    } else if (!found.isOpen) {
      problems.push({
        field: 'child.currentSetting',
        reason:
          'That school is closed in the national register: enter the URN of the school the child attends now',
      });
    }
  }
  if (!la.onboardedAt) {
    problems.unshift({
      field: 'receivingLa',
      reason: `${la.name} is not using Casework yet. Send the request to them in the way they ask, or choose another local authority if the child lives elsewhere.`,
    });
  }
  return problems;
}
