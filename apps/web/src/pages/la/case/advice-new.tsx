import { adviserKinds } from '@casework/domain';
import { Button, DateInput, Radios, TextInput, type DateInputValue } from '@casework/ui';
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
import { canRequestAdvice, useCaseFromRoute } from './use-case';

/** Records a request for advice (reg 6): the adviser has 6 weeks from receiving it (reg 8(1)). */
export function AdviceNewPage() {
  const { caseFile, query, notFound } = useCaseFromRoute();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const invalidate = useInvalidateCasework();
  const { canWorkCases } = useLaRole();
  const [adviserKind, setAdviserKind] = useState('');
  const [adviserName, setAdviserName] = useState('');
  const [adviserOrganisation, setAdviserOrganisation] = useState('');
  const [adviserEmail, setAdviserEmail] = useState('');
  const [requestedOn, setRequestedOn] = useState<DateInputValue>(todayParts);
  const ask = useMutation(
    trpc.casework.requestAdvice.mutationOptions({
      onSuccess: async (result, input) => {
        await invalidate();
        await navigate(
          `/cases/${input.requestId}/advice`,
          withFlash({
            heading: `Advice asked for from ${input.adviserName}`,
            body: `It is due by ${formatDate(result.dueOn)}.`,
            link: {
              href: `/cases/${input.requestId}/advice/${result.id}/link`,
              text: 'Create an upload link for the adviser',
            },
          }),
        );
      },
    }),
  );
  const errors = formErrors(ask.error, { requestedOn: 'requestedOn-day' });
  usePageTitle('Ask for advice', errors.hasErrors);
  if (query.isPending) return <Loading />;
  if (notFound || !caseFile || !canWorkCases) return <NotFoundPage />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    ask.mutate({
      requestId: caseFile.id,
      adviserKind: asChoice(adviserKind),
      adviserName,
      adviserOrganisation,
      adviserEmail,
      requestedOn: dateFromParts(requestedOn),
    });
  };
  return (
    <CaseActionLayout
      caseFile={caseFile}
      errors={errors.summary}
      back={{ href: `/cases/${caseFile.id}/advice`, text: 'Back to advice' }}
    >
      <h1 className="govuk-heading-l">Ask for advice</h1>
      {!canRequestAdvice(caseFile) ? (
        <p className="govuk-body">
          Advice can only be asked for while the request or the assessment is open.
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <Radios
            name="adviserKind"
            legend="Who are you asking for advice?"
            legendSize="m"
            value={adviserKind}
            onChange={setAdviserKind}
            error={errors.byField.adviserKind}
            items={adviserKinds.map((k) => ({ value: k.value, label: k.label }))}
          />
          <TextInput
            id="adviserName"
            label="Name of the adviser or team"
            labelSize="s"
            value={adviserName}
            onChange={(e) => setAdviserName(e.target.value)}
            error={errors.byField.adviserName}
          />
          <TextInput
            id="adviserOrganisation"
            label="Organisation (optional)"
            labelSize="s"
            hint="For example, Kent Educational Psychology Service"
            value={adviserOrganisation}
            onChange={(e) => setAdviserOrganisation(e.target.value)}
            error={errors.byField.adviserOrganisation}
          />
          <TextInput
            id="adviserEmail"
            label="Email address (optional)"
            labelSize="s"
            type="email"
            spellCheck={false}
            autoComplete="off"
            value={adviserEmail}
            onChange={(e) => setAdviserEmail(e.target.value)}
            error={errors.byField.adviserEmail}
          />
          <DateInput
            id="requestedOn"
            legend="When was the advice asked for?"
            legendSize="m"
            hint="The advice is due 6 weeks after this date. For example, 27 3 2027"
            value={requestedOn}
            onChange={setRequestedOn}
            error={errors.byField.requestedOn}
          />
          <Button type="submit" isPending={ask.isPending} preventDoubleClick>
            Record request for advice
          </Button>
        </form>
      )}
    </CaseActionLayout>
  );
}
