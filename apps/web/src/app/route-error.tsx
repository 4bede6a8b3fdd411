import { isRouteErrorResponse, useRouteError } from 'react-router';

import { errorsOf } from '../trpc';
import { NotFoundPage } from '../pages/not-found';
import { usePageTitle } from './page-title';

/** Shown when a page fails unexpectedly; never shows the raw error. */
export function RouteError() {
  const error = useRouteError();
  const { status } = errorsOf(error);
  usePageTitle('Sorry, there is a problem with the service');
  if ((isRouteErrorResponse(error) && error.status === 404) || status === 404) return <NotFoundPage />;
  const requestId = (error as { data?: { requestId?: string } } | null)?.data?.requestId;
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">Try again later. Anything you had already saved has been kept.</p>
        {requestId && (
          <p className="govuk-body">If you contact support, give them this reference: {requestId}</p>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href="/">
            Go to your home page
          </a>
        </p>
      </main>
    </div>
  );
}
