import { Button, InsetText, TextInput } from '@casework/ui';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';

import { formErrors } from '../../../app/form-errors';
import { formatDateTime } from '../../../app/format';
import { useLaRole } from '../../../app/la-role';
import { usePageTitle } from '../../../app/page-title';
import { RouterLink } from '../../../app/router-link';
import { useTRPC } from '../../../trpc';
import { NotFoundPage } from '../../not-found';
import { useInvalidateCasework } from '../use-invalidate';
import { CaseActionLayout, Loading } from './action-layout';
import { useCaseFromRoute } from './use-case';

/**
 * A single-use link for an adviser without an account to upload their advice. Only a hash of the
 * token is kept, so the link is shown this once.
 */
export function AdviceLinkPage() {
  const { caseFile, query, notFound } = useCaseFromRoute();
  const { adviceRequestId = '' } = useParams();
  const trpc = useTRPC();
  const invalidate = useInvalidateCasework();
  const { canWorkCases } = useLaRole();
  const [validForDays, setValidForDays] = useState('14');
  const [copied, setCopied] = useState('');
  const create = useMutation(
    trpc.casework.createAdviceLink.mutationOptions({ onSuccess: () => invalidate() }),
  );
  const errors = formErrors(create.error, { validForDays: 'validForDays' });
  usePageTitle(create.data ? 'Upload link created' : 'Create an upload link', errors.hasErrors);
  const advice = caseFile?.advice.find((a) => a.id === adviceRequestId);
  if (query.isPending) return <Loading />;
  if (notFound || !caseFile || !advice || !canWorkCases) return <NotFoundPage />;
  const back = { href: `/cases/${caseFile.id}/advice`, text: 'Back to advice' };

  if (create.data) {
    const { url, expiresAt, emailed } = create.data;
    const copy = () => {
      navigator.clipboard.writeText(url).then(
        () => setCopied('Link copied'),
        () => setCopied('Could not copy the link: select it and copy it yourself'),
      );
    };
    return (
      <CaseActionLayout caseFile={caseFile} errors={[]} back={back}>
        <h1 className="govuk-heading-l">Upload link for {advice.adviserName}</h1>
        <InsetText>
          {emailed
            ? `The link has been emailed to ${advice.adviserEmail ?? 'the adviser'}. You can also copy it now to send another way: it will not be shown again.`
            : 'There is no email address for this adviser, so copy the link now and send it to them securely. It will not be shown again.'}
        </InsetText>
        <TextInput
          id="adviceLink"
          label="Upload link"
          labelSize="s"
          readOnly
          value={url}
          spellCheck={false}
          onFocus={(e) => e.target.select()}
        />
        <Button type="button" variant="secondary" onClick={copy}>
          Copy link
        </Button>
        <p className="govuk-body" role="status">
          {copied}
        </p>
        <p className="govuk-body">
          The link works once, until {formatDateTime(expiresAt)}. When the adviser uploads their advice it is
          added to the case and recorded as received that day.
        </p>
        <p className="govuk-body">
          <RouterLink className="govuk-link" href={back.href}>
            Back to advice
          </RouterLink>
        </p>
      </CaseActionLayout>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const days = validForDays.trim();
    create.mutate({
      adviceRequestId: advice.id,
      validForDays: /^\d+$/.test(days) ? Number(days) : Number.NaN,
    });
  };
  return (
    <CaseActionLayout caseFile={caseFile} errors={errors.summary} back={back}>
      <h1 className="govuk-heading-l">Create an upload link for {advice.adviserName}</h1>
      {advice.receivedOn ? (
        <p className="govuk-body">This advice has already been received.</p>
      ) : (
        <>
          <p className="govuk-body">
            The adviser can use the link to send their advice without an account. It works once. They see the
            local authority, the case reference, the child’s initials and the date the advice is due, and
            nothing else.
          </p>
          {advice.hasOpenLink && (
            <p className="govuk-body">
              A link for this advice is still open. A new link does not stop the old one working.
            </p>
          )}
          <form onSubmit={submit} noValidate>
            <TextInput
              id="validForDays"
              label="How many days should the link work for?"
              labelSize="s"
              hint="Between 1 and 28 days"
              width="govuk-input--width-3"
              inputMode="numeric"
              suffix="days"
              value={validForDays}
              onChange={(e) => setValidForDays(e.target.value)}
              error={errors.byField.validForDays}
            />
            <Button type="submit" isPending={create.isPending} preventDoubleClick>
              Create link
            </Button>
          </form>
        </>
      )}
    </CaseActionLayout>
  );
}
