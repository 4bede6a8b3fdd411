import { Button, ErrorSummary } from '@casework/ui';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';

import { formErrors } from '../../app/form-errors';
import { usePageTitle } from '../../app/page-title';
import { useMe } from '../../app/use-me';
import { useTRPC } from '../../trpc';

export function StartRequestPage() {
  const me = useMe().data;
  const trpc = useTRPC();
  const navigate = useNavigate();
  const start = useMutation(
    trpc.requests.start.mutationOptions({ onSuccess: (row) => navigate(`/requests/${row.id}`) }),
  );
  const errors = formErrors(start.error);
  usePageTitle('Request an EHC needs assessment', errors.hasErrors);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {errors.hasErrors && <ErrorSummary errors={errors.summary} />}
        <span className="govuk-caption-l">{me?.active?.organisationName}</span>
        <h1 className="govuk-heading-l">Request an EHC needs assessment</h1>
        <p className="govuk-body">
          Use the national request form. It is the same for every local authority, so you only fill it in
          once, whichever LA the child lives in.
        </p>
        <p className="govuk-body">You can:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>stop at any time: everything you type is saved as you go</li>
          <li>ask teachers at your school to write sections, such as progress and what has been tried</li>
          <li>attach reports from professionals (PDF, Word, JPEG or PNG)</li>
        </ul>
        <p className="govuk-body">
          You will need the family’s agreement to the request. From the age of 16, the young person gives
          their own consent.
        </p>
        <Button isStartButton onClick={() => start.mutate({})} isPending={start.isPending}>
          Start now
        </Button>
      </div>
    </div>
  );
}
