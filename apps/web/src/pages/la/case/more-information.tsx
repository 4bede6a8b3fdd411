import { Button, Textarea } from '@casework/ui';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { withFlash } from '../../../app/flash';
import { formErrors } from '../../../app/form-errors';
import { useLaRole } from '../../../app/la-role';
import { usePageTitle } from '../../../app/page-title';
import { useTRPC } from '../../../trpc';
import { NotFoundPage } from '../../not-found';
import { useInvalidateCasework } from '../use-invalidate';
import { CaseActionLayout, Loading } from './action-layout';
import { canAskSchool, useCaseFromRoute } from './use-case';

/** Asks the school for more before deciding. The 6-week clock does not stop while the LA waits. */
export function MoreInformationPage() {
  const { caseFile, query, notFound } = useCaseFromRoute();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const invalidate = useInvalidateCasework();
  const { canWorkCases } = useLaRole();
  const [message, setMessage] = useState('');
  const ask = useMutation(
    trpc.casework.requestMoreInformation.mutationOptions({
      onSuccess: async (_r, input) => {
        await invalidate();
        await navigate(
          `/cases/${input.requestId}`,
          withFlash({
            heading: 'Your message has been sent to the school',
            body: 'The school sees it on the request in Casework.',
          }),
        );
      },
    }),
  );
  const errors = formErrors(ask.error);
  usePageTitle('Ask the school for more information', errors.hasErrors);
  if (query.isPending) return <Loading />;
  if (notFound || !caseFile || !canWorkCases) return <NotFoundPage />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    ask.mutate({ requestId: caseFile.id, message });
  };
  return (
    <CaseActionLayout caseFile={caseFile} errors={errors.summary}>
      {!canAskSchool(caseFile) ? (
        <>
          <h1 className="govuk-heading-l">Ask the school for more information</h1>
          <p className="govuk-body">
            {caseFile.school
              ? 'More information can only be asked for before the decision whether to assess.'
              : 'This request did not come from a school.'}
          </p>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <Textarea
            id="message"
            label="What does the school need to send?"
            labelSize="l"
            isPageHeading
            hint={`${caseFile.school?.name ?? 'The school'} will see this message. The 6 weeks to decide keep running while you wait for a reply.`}
            characterLimit={2000}
            rows={8}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            error={errors.byField.message}
          />
          <Button type="submit" isPending={ask.isPending} preventDoubleClick>
            Send to the school
          </Button>
        </form>
      )}
    </CaseActionLayout>
  );
}
