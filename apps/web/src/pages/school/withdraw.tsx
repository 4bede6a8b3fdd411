import { canWithdraw } from '@casework/domain';
import { Button, ErrorSummary, Textarea } from '@casework/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { formErrors } from '../../app/form-errors';
import { usePageTitle } from '../../app/page-title';
import { RouterLink } from '../../app/router-link';
import { useTRPC } from '../../trpc';
import { NotFoundPage } from '../not-found';
import { useRequestFromRoute } from './use-request';

export function WithdrawRequestPage() {
  const { query, request } = useRequestFromRoute();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const withdraw = useMutation(
    trpc.requests.withdraw.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        await navigate(`/requests/${request?.id ?? ''}`);
      },
    }),
  );
  const errors = formErrors(withdraw.error);
  usePageTitle('Withdraw the request', errors.hasErrors);
  if (query.isPending) return <p className="govuk-body">Loading…</p>;
  if (!request || !canWithdraw(request.status)) return <NotFoundPage />;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    withdraw.mutate({ requestId: request.id, reason });
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {errors.hasErrors && <ErrorSummary errors={errors.summary} />}
        <span className="govuk-caption-l">
          {request.childName}, {request.reference}
        </span>
        <form onSubmit={submit} noValidate>
          <Textarea
            id="reason"
            label="Why is the request being withdrawn?"
            labelSize="l"
            isPageHeading
            hint={`${request.la.name} will see this reason.`}
            characterLimit={2000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={errors.byField.reason}
          />
          <Button type="submit" variant="warning" isPending={withdraw.isPending}>
            Withdraw request
          </Button>
        </form>
        <p className="govuk-body">
          <RouterLink className="govuk-link" href={`/requests/${request.id}`}>
            Cancel
          </RouterLink>
        </p>
      </div>
    </div>
  );
}
