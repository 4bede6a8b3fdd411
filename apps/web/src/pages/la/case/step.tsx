import { statutorySteps } from '@casework/domain';
import { Button, DateInput, Radios, type DateInputValue } from '@casework/ui';
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
import { nextSteps, useCaseFromRoute } from './use-case';

const stepHints: Record<string, string> = {
  draft_plan_served: 'The family then has at least 15 days to comment and ask for a school (reg 13(1)).',
  not_issue_notice: 'Within 16 weeks of the request, with their right of appeal (reg 10).',
  final_plan_issued:
    'Within 20 weeks of the request, and not before the family’s 15 days for comments have ended (reg 13).',
};

/** The statutory steps after the decision to assess, in their legal order. */
export function StepPage() {
  const { caseFile, query, notFound } = useCaseFromRoute();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const invalidate = useInvalidateCasework();
  const { canWorkCases } = useLaRole();
  const [chosen, setChosen] = useState<string | null>(null);
  const [on, setOn] = useState<DateInputValue>(todayParts);
  const record = useMutation(
    trpc.casework.recordStep.mutationOptions({
      onSuccess: async (_r, input) => {
        await invalidate();
        const label = statutorySteps.find((s) => s.value === input.step)?.label ?? 'Step';
        await navigate(
          `/cases/${input.requestId}`,
          withFlash({ heading: `Recorded: ${label.charAt(0).toLowerCase()}${label.slice(1)}` }),
        );
      },
    }),
  );
  const errors = formErrors(record.error, { on: 'on-day' });
  usePageTitle('Record the next statutory step', errors.hasErrors);
  if (query.isPending) return <Loading />;
  if (notFound || !caseFile || !canWorkCases) return <NotFoundPage />;
  const steps = nextSteps(caseFile);
  const step = chosen ?? (steps.length === 1 ? (steps[0] ?? '') : '');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate({ requestId: caseFile.id, step: asChoice(step), on: dateFromParts(on) });
  };
  return (
    <CaseActionLayout caseFile={caseFile} errors={errors.summary}>
      <h1 className="govuk-heading-l">Record the next statutory step</h1>
      {steps.length === 0 ? (
        <p className="govuk-body">There is no statutory step to record for this case now.</p>
      ) : (
        <form onSubmit={submit} noValidate>
          {caseFile.steps.draftPlanServedOn && (
            <p className="govuk-body">
              The draft plan was sent to the family on {formatDate(caseFile.steps.draftPlanServedOn)}.
            </p>
          )}
          <Radios
            name="step"
            legend="What has happened?"
            legendSize="m"
            value={step}
            onChange={setChosen}
            error={errors.byField.step}
            items={steps.map((s) => ({
              value: s,
              label: statutorySteps.find((x) => x.value === s)?.label ?? s,
              hint: stepHints[s],
            }))}
          />
          <DateInput
            id="on"
            legend="When did it happen?"
            legendSize="m"
            hint="For example, 27 3 2027"
            value={on}
            onChange={setOn}
            error={errors.byField.on}
          />
          <Button type="submit" isPending={record.isPending} preventDoubleClick>
            Record step
          </Button>
        </form>
      )}
    </CaseActionLayout>
  );
}
