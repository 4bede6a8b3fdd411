import {
  Footer,
  Header,
  LinkProvider,
  Main,
  PhaseBanner,
  ServiceNavigation,
  SkipLink,
  WidthContainer,
} from '@casework/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';

import { useTRPC } from '../trpc';
import { RouterLink } from './router-link';
import { useMe, type Me } from './use-me';

function navigationFor(me: Me | null | undefined, path: string, unread: number) {
  if (!me?.active) return [];
  const { organisationKind: kind, role } = me.active;
  const items: { href: string; text: ReactNode; key: string; matches?: string[] }[] = [];
  if (kind === 'school') items.push({ href: '/', text: 'Requests', key: 'requests' });
  if (kind === 'la') {
    items.push({ href: '/', text: 'Caseload', key: 'caseload', matches: ['/cases'] });
    items.push({ href: '/intake', text: 'New requests', key: 'intake' });
    if (role === 'team_manager') items.push({ href: '/team', text: 'Team', key: 'team' });
    if (role !== 'panel_member') items.push({ href: '/timeliness', text: 'Timeliness', key: 'timeliness' });
    items.push({
      href: '/notifications',
      key: 'notifications',
      text: (
        <>
          Notifications
          {unread > 0 && (
            <span className="app-count">
              {' '}
              {unread}
              <span className="govuk-visually-hidden"> unread</span>
            </span>
          )}
        </>
      ),
    });
  }
  if (role === 'la_admin') items.push({ href: '/admin/users', text: 'Users', key: 'users' });
  if (kind === 'platform') items.push({ href: '/', text: 'Home', key: 'home' });
  return items.map(({ matches, ...i }) => ({
    ...i,
    active:
      i.href === '/'
        ? path === '/' || (matches ?? []).some((m) => path.startsWith(m))
        : path.startsWith(i.href),
    current: path === i.href,
  }));
}

/** Unread notifications for LA staff, checked every minute so the count in the menu stays true. */
function useUnreadNotifications(me: Me | null | undefined): number {
  const trpc = useTRPC();
  const isLa = me?.active?.organisationKind === 'la';
  const list = useQuery(
    trpc.notifications.list.queryOptions(undefined, {
      enabled: isLa,
      refetchInterval: 60_000,
      staleTime: 30_000,
    }),
  );
  return isLa ? (list.data?.unreadCount ?? 0) : 0;
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
  const unread = useUnreadNotifications(user);
  useFocusMainOnNavigation(location.pathname);

  return (
    <LinkProvider component={RouterLink}>
      <SkipLink />
      <Header
        variant="generic"
        homepageUrl="/"
        logo="Casework"
        navigation={
          <ServiceNavigation items={navigationFor(user, location.pathname, unread)} navigationLabel="Menu" />
        }
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
    // A confirmation from the last action comes first (GOV.UK success banner), then the heading.
    const banner = document.querySelector<HTMLElement>('#main-content .govuk-notification-banner--success');
    const heading = document.querySelector<HTMLElement>('#main-content h1');
    const target = banner ?? heading ?? document.getElementById('main-content');
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }, [pathname]);
}
