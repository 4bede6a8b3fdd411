import { Navigate, Outlet, useLocation } from 'react-router';

import { useMe } from './use-me';

export function RequireSignIn() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending)
    return (
      <p className="govuk-body" aria-live="polite">
        Loading…
      </p>
    );
  if (me.isError) throw new Error('Could not load your account', { cause: me.error });
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`} replace />;
  }
  return <Outlet />;
}
