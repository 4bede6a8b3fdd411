import { Footer, Header, LinkProvider, Main, PhaseBanner, ServiceNavigation, SkipLink, WidthContainer } from '@casework/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';

import { useTRPC } from '../trpc';
import { RouterLink } from './router-link';
import { useMe, type Me } from './use-me';

function navigationFor(me: Me | null | undefined, path: string) {
  if (!me?.active) return [];
  const kind = me.active.organisationKind;
  const items: { href: string; text: string }[] = [];
  if (kind === 'school') items.push({ href: '/', text: 'Requests' });
  if (kind === 'la') items.push({ href: '/', text: 'Caseload' });
  if (me.active.role === 'la_admin') items.push({ href: '/admin/users', text: 'Users' });
  if (kind === 'platform') items.push({ href: '/', text: 'Home' });
  return items.map((i) => ({ ...i, active: i.href === '/' ? path === '/' : path.startsWith(i.href), current: path === i.href }));
}

export function Layout() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const signOut = useMutation(
    trpc.session.signOut.mutationOptions({
      onSettled: async () => {
        queryClient.clear();
        await navigate('/sign-in');
      },
    }),
  );
  const user = me.data;
  useFocusMainOnNavigation(location.pathname);

  return (
    <LinkProvider component={RouterLink}>
      <SkipLink />
      <Header
        variant="generic"
        homepageUrl="/"
        logo="Casework"
        navigation={<ServiceNavigation items={navigationFor(user, location.pathname)} navigationLabel="Menu" />}
      />
      <PhaseBanner phase="Beta">
        This is a new service. Demo data only: do not enter real children’s details.
      </PhaseBanner>
      <WidthContainer>
        {user && (
          <div className="app-user-bar" aria-label="Your account" role="region">
            <p className="govuk-body-s">
              <strong>{user.displayName}</strong>
              {user.active && (
                <>
                  {' '}
                  – {user.active.roleLabel}, {user.active.organisationName}
                </>
              )}
            </p>
            {user.memberships.length > 1 && (
              <p className="govuk-body-s">
                <RouterLink className="govuk-link" href="/account/organisation">
                  Change organisation
                </RouterLink>
              </p>
            )}
            <p className="govuk-body-s">
              <RouterLink className="govuk-link" href="/account/sessions">
                Your sessions
              </RouterLink>
            </p>
            <p className="govuk-body-s">
              <button
                type="button"
                className="govuk-link app-link-button"
                onClick={() => signOut.mutate()}
                disabled={signOut.isPending}
              >
                Sign out
              </button>
            </p>
          </div>
        )}
        <Main id="main-content" tabIndex={-1}>
          <Outlet />
        </Main>
      </WidthContainer>
      <Footer
        hasCrown={false}
        copyright={null}
        contentLicence="Casework: one national process for EHC needs assessments, for schools and local authorities."
        metaLinks={[{ href: '/account/sessions', text: 'Your sessions' }]}
      />
    </LinkProvider>
  );
}

/** A single-page app must move focus itself, so screen readers announce the new page (WCAG 2.4.3). */
function useFocusMainOnNavigation(pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('#main-content h1');
    const target = heading ?? document.getElementById('main-content');
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }, [pathname]);
}
