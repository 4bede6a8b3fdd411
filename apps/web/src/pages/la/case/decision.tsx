import { Button, DateInput, Radios, Textarea, type DateInputValue } from '@casework/ui';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { asChoice } from '../../../app/as-choice';
import { dateFromParts, todayParts } from '../../../app/date-parts';
import { withFlash } from '../../../app/flash';
import { formErrors } from '../../../app/form-errors';
import { formatDate } from '../../../app/format';
import { useLaRole } from '../../../app/la-role';
import { usePageTitle } from '../../../app/page-title';
import { useTRPC } from '../../../trpc';
import { NotFoundPage } from '../../not-found';
import { useInvalidateCasework } from '../use-invalidate';
import { CaseActionLayout, Loading } from './action-layout';
import { canDecide, useCaseFromRoute } from './use-case';

/**
 * The decision whether to carry out an EHC needs assessment (CFA s36(8); reg 4, 5): within 6 weeks
 * of the request, with reasons, which the school sees at once.
 */
export function DecisionPage() {
  const { caseFile, query, notFound } = useCaseFromRoute();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const invalidate = useInvalidateCasework();
  const { canWorkCases } = useLaRole();
  const [decision, setDecision] = useState('');
  const [decidedOn, setDecidedOn] = useState<DateInputValue>(todayParts);
  const [reasons, setReasons] = useState('');
  const record = useMutation(
    trpc.casework.recordDecision.mutationOptions({
      onSuccess: async (_r, input) => {
        await invalidate();
        await navigate(
          `/cases/${input.requestId}`,
          withFlash({
            heading:
              input.decision === 'assess'
                ? 'Decision recorded: the local authority will carry out an assessment'
                : 'Decision recorded: the local authority will not carry out an assessment',
            body:
              input.decision === 'assess'
                ? 'Ask for advice next: each adviser has 6 weeks from the day they are asked.'
                : 'Send the family the decision in writing, with their right of appeal, mediation and where to get advice.',
          }),
        );
      },
    }),
  );
  const errors = formErrors(record.error, { decidedOn: 'decidedOn-day' });
  usePageTitle('Decision whether to assess', errors.hasErrors);
  if (query.isPending) return <Loading />;
  if (notFound || !caseFile || !canWorkCases) return <NotFoundPage />;
  const due = caseFile.statutoryDates.find((d) => d.key === 'decisionWhetherToAssess');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate({
      requestId: caseFile.id,
      decision: asChoice(decision),
      decidedOn: dateFromParts(decidedOn),
      reasons,
    });
  };
  return (
    <CaseActionLayout caseFile={caseFile} errors={errors.summary}>
      <h1 className="govuk-heading-l">Decision whether to assess</h1>
      {!canDecide(caseFile) ? (
        <p className="govuk-body">
          {caseFile.decision
            ? 'A decision has already been recorded for this request.'
            : 'This request is not waiting for a decision whether to assess.'}
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          {due && (
            <p className="govuk-body">
              The local authority must decide by {formatDate(due.dueOn)}, 6 weeks after it received the
              request.
            </p>
          )}
          <Radios
            name="decision"
            legend="Will the local authority carry out an EHC needs assessment?"
            legendSize="m"
            hint="The test is whether the child has or may have special educational needs, and it may be necessary for provision to be made through an EHC plan."
            value={decision}
            onChange={setDecision}
            error={errors.byField.decision}
            items={[
              { value: 'assess', label: 'Yes, carry out an assessment' },
              { value: 'not_assess', label: 'No, do not carry out an assessment' },
            ]}
          />
          <DateInput
            id="decidedOn"
            legend="Date of the decision"
            legendSize="m"
            hint="For example, 27 3 2027"
            value={decidedOn}
            onChange={setDecidedOn}
            error={errors.byField.decidedOn}
          />
          <Textarea
            id="reasons"
            label="Reasons for the decision"
            labelSize="m"
            hint="The family and the school will see these reasons. If you are not assessing, they must be able to understand why."
            characterLimit={10000}
            countThreshold={75}
            rows={8}
            value={reasons}
            onChange={(e) => setReasons(e.target.value)}
            error={errors.byField.reasons}
          />
          <Button type="submit" isPending={record.isPending} preventDoubleClick>
            Record decision
          </Button>
        </form>
      )}
    </CaseActionLayout>
  );
}
