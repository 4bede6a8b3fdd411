import { usePageTitle } from '../../app/page-title';
import { useMe } from '../../app/use-me';

export function CaseloadHome() {
  const me = useMe().data;
  usePageTitle('Caseload');
  return (
    <>
      <span className="govuk-caption-l">{me?.active?.organisationName}</span>
      <h1 className="govuk-heading-l">Caseload</h1>
      <p className="govuk-body" data-testid="caseload-empty">
        There are no cases to show.
      </p>
    </>
  );
}
