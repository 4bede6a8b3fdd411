import { Button, DateInput, type DateInputValue } from '@casework/ui';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';

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
import { useCaseFromRoute } from './use-case';

export function AdviceReceivedPage() {
  const { caseFile, query, notFound } = useCaseFromRoute();
  const { adviceRequestId = '' } = useParams();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const invalidate = useInvalidateCasework();
  const { canWorkCases } = useLaRole();
  const [receivedOn, setReceivedOn] = useState<DateInputValue>(todayParts);
  const advice = caseFile?.advice.find((a) => a.id === adviceRequestId);
  const record = useMutation(
    trpc.casework.recordAdviceReceived.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        await navigate(
          `/cases/${caseFile?.id ?? ''}/advice`,
          withFlash({
            heading: `Advice from ${advice?.adviserName ?? 'the adviser'} recorded as received`,
            link: {
              href: `/cases/${caseFile?.id ?? ''}/documents/new?advice=${adviceRequestId}`,
              text: 'Upload the advice document',
            },
          }),
        );
      },
    }),
  );
  const errors = formErrors(record.error, { receivedOn: 'receivedOn-day' });
  usePageTitle('When was the advice received?', errors.hasErrors);
  if (query.isPending) return <Loading />;
  if (notFound || !caseFile || !advice || !canWorkCases) return <NotFoundPage />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate({ adviceRequestId: advice.id, receivedOn: dateFromParts(receivedOn) });
  };
  return (
    <CaseActionLayout
      caseFile={caseFile}
      errors={errors.summary}
      back={{ href: `/cases/${caseFile.id}/advice`, text: 'Back to advice' }}
    >
      {advice.receivedOn ? (
        <>
          <h1 className="govuk-heading-l">Advice from {advice.adviserName}</h1>
          <p className="govuk-body">
            This advice was recorded as received on {formatDate(advice.receivedOn)}.
          </p>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <DateInput
            id="receivedOn"
            legend={`When was the advice from ${advice.adviserName} received?`}
            legendSize="l"
            isPageHeading
            hint={`It was asked for on ${formatDate(advice.requestedOn)} and is due by ${formatDate(advice.dueOn)}. For example, 27 3 2027`}
            value={receivedOn}
            onChange={setReceivedOn}
            error={errors.byField.receivedOn}
          />
          <Button type="submit" isPending={record.isPending} preventDoubleClick>
            Record as received
          </Button>
        </form>
      )}
    </CaseActionLayout>
  );
}
