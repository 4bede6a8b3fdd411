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
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
