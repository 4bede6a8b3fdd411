import { Panel } from '@casework/ui';

import { formatDate } from '../../app/format';
import { usePageTitle } from '../../app/page-title';
import { RouterLink } from '../../app/router-link';
import { NotFoundPage } from '../not-found';
import { useRequestFromRoute } from './use-request';

export function RequestSentPage() {
  const { query, request } = useRequestFromRoute();
  usePageTitle('Request sent');
  if (query.isPending) return <p className="govuk-body">Loading…</p>;
  if (!request?.reference) return <NotFoundPage />;
  const decision = request.statutoryDates.find((d) => d.key === 'decisionWhetherToAssess');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Request sent" isFocusedOnMount>
          Your reference number
          <br />
          <strong data-testid="reference">{request.reference}</strong>
        </Panel>
        <p className="govuk-body">
          {request.la.name} received the request for {request.childName} on {formatDate(request.receivedOn)}.
        </p>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          The local authority must decide whether to carry out an EHC needs assessment
          {decision ? ` by ${formatDate(decision.dueOn)}` : ' within 6 weeks'}, and tell the family and the
          school.
        </p>
        <p className="govuk-body">
          You can follow the request, and see who at the LA is handling it, from your requests list.
        </p>
        <p className="govuk-body">
          <RouterLink className="govuk-link" href="/">
            Go to your requests
          </RouterLink>
        </p>
      </div>
    </div>
  );
}
