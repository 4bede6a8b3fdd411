import { usePageTitle } from '../app/page-title';
import { RouterLink } from '../app/router-link';
import { useMe } from '../app/use-me';
import { CaseloadHome } from './la/caseload-home';
import { SchoolRequestsHome } from './school/requests-home';

/** Each role lands on the page it works from all day. */
export function HomePage() {
  const me = useMe().data;
  const active = me?.active;
  if (!active) return <NoOrganisation />;
  if (active.organisationKind === 'school') return <SchoolRequestsHome />;
  if (active.organisationKind === 'la') return <CaseloadHome />;
  return <PlatformHome />;
}

function NoOrganisation() {
  usePageTitle('No organisation');
  return (
    <>
      <h1 className="govuk-heading-l">You are not linked to an organisation yet</h1>
      <p className="govuk-body">
        Ask your school’s SENCO or your local authority’s administrator to add you.
      </p>
    </>
  );
}

function PlatformHome() {
  usePageTitle('Platform administration');
  return (
    <>
      <h1 className="govuk-heading-l">Platform administration</h1>
      <p className="govuk-body">
        You can unlock accounts and manage the local authorities using Casework. See{' '}
        <RouterLink className="govuk-link" href="/account/sessions">
          your sessions
        </RouterLink>
        .
      </p>
    </>
  );
}
