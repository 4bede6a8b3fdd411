import { usePageTitle } from '../../app/page-title';
import { useMe } from '../../app/use-me';

export function SchoolRequestsHome() {
  const me = useMe().data;
  usePageTitle('Requests');
  return (
    <>
      <span className="govuk-caption-l">{me?.active?.organisationName}</span>
      <h1 className="govuk-heading-l">Requests</h1>
      <p className="govuk-body">
        Every request for an EHC needs assessment from this school, in every local authority, is listed here.
      </p>
      <p className="govuk-body" data-testid="requests-empty">
        There are no requests yet.
      </p>
    </>
  );
}
