import { createBrowserRouter } from 'react-router';

import { Layout } from './app/layout';
import { RouteError } from './app/route-error';
import { HomePage } from './pages/home';
import { ChildRecordPage } from './pages/la/child-record';
import { NotFoundPage } from './pages/not-found';
import { SessionsPage } from './pages/sessions';
import { SignInPage } from './pages/sign-in';
import { SwitchOrganisationPage } from './pages/switch-organisation';
import { ChangePasswordPage } from './pages/change-password';
import { RequireSignIn } from './app/require-sign-in';
import { UsersPage } from './pages/admin/users';
import { AdviceUploadPage } from './pages/advice-upload';
import { AdviceLinkPage } from './pages/la/case/advice-link';
import { AdviceNewPage } from './pages/la/case/advice-new';
import { CaseAdviceTab } from './pages/la/case/advice-tab';
import { AdviceReceivedPage } from './pages/la/case/advice-received';
import { AllocatePage } from './pages/la/case/allocate';
import { CaseLayout } from './pages/la/case/case-layout';
import { DecisionPage } from './pages/la/case/decision';
import { CaseDocumentsTab } from './pages/la/case/documents-tab';
import { DocumentUploadPage } from './pages/la/case/document-upload';
import { ExceptionPage } from './pages/la/case/exception';
import { FamilyContactPage } from './pages/la/case/family-contact';
import { CaseRequestTab, CaseTimelineTab } from './pages/la/case/history-tabs';
import { MoreInformationPage } from './pages/la/case/more-information';
import { CaseNotesTab } from './pages/la/case/notes-tab';
import { OldCaseAddress } from './pages/la/case/old-address';
import { CaseOverview } from './pages/la/case/overview';
import { StepPage } from './pages/la/case/step';
import { CaseTasksTab } from './pages/la/case/tasks-tab';
import { IntakePage } from './pages/la/intake';
import { NotificationsPage } from './pages/la/notifications';
import { RecordDirectRequestPage } from './pages/la/record-direct-request';
import { TeamPage } from './pages/la/team';
import { TimelinessPage } from './pages/la/timeliness';
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
      // Advisers have no account: the single-use token in the address is their only credential.
      { path: '/advice/:token', element: <AdviceUploadPage /> },
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
          { path: '/caseload/requests/:requestId', element: <OldCaseAddress /> },
          { path: '/intake', element: <IntakePage /> },
          { path: '/children/:childId', element: <ChildRecordPage /> },
          { path: '/intake/record', element: <RecordDirectRequestPage /> },
          { path: '/team', element: <TeamPage /> },
          { path: '/timeliness', element: <TimelinessPage /> },
          { path: '/notifications', element: <NotificationsPage /> },
          {
            path: '/cases/:requestId',
            element: <CaseLayout />,
            children: [
              { index: true, element: <CaseOverview /> },
              { path: 'advice', element: <CaseAdviceTab /> },
              { path: 'tasks', element: <CaseTasksTab /> },
              { path: 'notes', element: <CaseNotesTab /> },
              { path: 'documents', element: <CaseDocumentsTab /> },
              { path: 'timeline', element: <CaseTimelineTab /> },
              { path: 'request', element: <CaseRequestTab /> },
            ],
          },
          { path: '/cases/:requestId/allocate', element: <AllocatePage /> },
          { path: '/cases/:requestId/decision', element: <DecisionPage /> },
          { path: '/cases/:requestId/step', element: <StepPage /> },
          { path: '/cases/:requestId/more-information', element: <MoreInformationPage /> },
          { path: '/cases/:requestId/family-contact', element: <FamilyContactPage /> },
          { path: '/cases/:requestId/exception', element: <ExceptionPage /> },
          { path: '/cases/:requestId/advice/new', element: <AdviceNewPage /> },
          { path: '/cases/:requestId/advice/:adviceRequestId/received', element: <AdviceReceivedPage /> },
          { path: '/cases/:requestId/advice/:adviceRequestId/link', element: <AdviceLinkPage /> },
          { path: '/cases/:requestId/documents/new', element: <DocumentUploadPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
