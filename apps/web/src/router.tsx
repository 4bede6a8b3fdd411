import { createBrowserRouter } from 'react-router';

import { Layout } from './app/layout';
import { RouteError } from './app/route-error';
import { HomePage } from './pages/home';
import { NotFoundPage } from './pages/not-found';
import { SessionsPage } from './pages/sessions';
import { SignInPage } from './pages/sign-in';
import { SwitchOrganisationPage } from './pages/switch-organisation';
import { ChangePasswordPage } from './pages/change-password';
import { RequireSignIn } from './app/require-sign-in';
import { UsersPage } from './pages/admin/users';
import { LaRequestPage } from './pages/la/request-view';
import { AssignSectionPage } from './pages/school/assign-section';
import { CheckAnswersPage } from './pages/school/check-answers';
import { ChooseLaPage } from './pages/school/choose-la';
import { EvidencePage } from './pages/school/evidence';
import { RequestPage } from './pages/school/request-page';
import { RequestSectionPage } from './pages/school/request-section';
import { RequestSentPage } from './pages/school/request-sent';
import { StartRequestPage } from './pages/school/start-request';
import { WithdrawRequestPage } from './pages/school/withdraw';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      {
        element: <RequireSignIn />,
        children: [
          { path: '/', element: <HomePage /> },
          { path: '/account/sessions', element: <SessionsPage /> },
          { path: '/account/password', element: <ChangePasswordPage /> },
          { path: '/account/organisation', element: <SwitchOrganisationPage /> },
          { path: '/admin/users', element: <UsersPage /> },
          { path: '/requests/new', element: <StartRequestPage /> },
          { path: '/requests/:requestId', element: <RequestPage /> },
          { path: '/requests/:requestId/sections/:sectionId', element: <RequestSectionPage /> },
          { path: '/requests/:requestId/assign', element: <AssignSectionPage /> },
          { path: '/requests/:requestId/la', element: <ChooseLaPage /> },
          { path: '/requests/:requestId/evidence', element: <EvidencePage /> },
          { path: '/requests/:requestId/check', element: <CheckAnswersPage /> },
          { path: '/requests/:requestId/sent', element: <RequestSentPage /> },
          { path: '/requests/:requestId/withdraw', element: <WithdrawRequestPage /> },
          { path: '/caseload/requests/:requestId', element: <LaRequestPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
