import { Outlet, RouterProvider, createBrowserRouter } from 'react-router';
import { Layout } from './components/Layout';
import { RequireSignIn } from './components/RequireAuth';
import { RouteError } from './components/RouteError';
import { HomePage } from './pages/HomePage';
import { SignInPage } from './pages/SignInPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { MeetingPage } from './pages/MeetingPage';
import { MembersPage } from './pages/MembersPage';
import { AccountPage } from './pages/AccountPage';
import { LibraryPage } from './pages/LibraryPage';
import { DocumentPage } from './pages/DocumentPage';
import { IndicatorsPage } from './pages/IndicatorsPage';
import { IndicatorPage } from './pages/IndicatorPage';
import { NewIndicatorPage } from './pages/indicators/NewIndicatorPage';
import { IndicatorEditorPage } from './pages/indicators/IndicatorEditorPage';
import { IndicatorDiffPage } from './pages/indicators/IndicatorDiffPage';
import { IndicatorPrintPage } from './pages/indicators/IndicatorPrintPage';
import { DiscussionsPage } from './pages/DiscussionsPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { ThreadPage } from './pages/ThreadPage';
import { AdminPage } from './pages/AdminPage';
import { AdminOverviewPage } from './pages/admin/AdminOverviewPage';
import { UsersAdminPage } from './pages/admin/UsersAdminPage';
import { InvitationsAdminPage } from './pages/admin/InvitationsAdminPage';
import { ApplicationsAdminPage } from './pages/admin/ApplicationsAdminPage';
import { OrganisationsAdminPage } from './pages/admin/OrganisationsAdminPage';
import { OrganisationEditorPage } from './pages/admin/OrganisationEditorPage';
import { AuditLogPage } from './pages/admin/AuditLogPage';
import { ApplyPage } from './pages/ApplyPage';
import { AcceptInvitationPage } from './pages/AcceptInvitationPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { GlossaryPage } from './pages/GlossaryPage';
import { TermPage } from './pages/TermPage';
import { FollowUpsPage } from './pages/FollowUpsPage';
import { FollowUpPage } from './pages/FollowUpPage';
import { CatchUpPage } from './pages/CatchUpPage';
import { MeetingEditorPage } from './pages/meetings/MeetingEditorPage';

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        // A crash inside a page keeps the header and footer around it.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'meetings', element: <MeetingsPage /> },
          { path: 'meetings/:slug', element: <MeetingPage /> },
          { path: 'members', element: <MembersPage /> },
          // The glossary is public, like the session reports: newcomers read it before signing in.
          { path: 'glossary', element: <GlossaryPage /> },
          { path: 'glossary/:slug', element: <TermPage /> },
          // The library is public: anonymous visitors see public documents; uploading needs a member.
          { path: 'library', element: <LibraryPage /> },
          { path: 'library/:id', element: <DocumentPage /> },
          // Public indicators are readable by anyone; editing needs a member (checked by the server too).
          { path: 'indicators', element: <IndicatorsPage /> },
          { path: 'indicators/:code', element: <IndicatorPage /> },
          { path: 'indicators/:code/diff', element: <IndicatorDiffPage /> },
          { path: 'indicators/:code/print', element: <IndicatorPrintPage /> },
          { path: 'apply', element: <ApplyPage /> },
          { path: 'invitations/:token', element: <AcceptInvitationPage /> },
          { path: 'reset-password/:token', element: <ResetPasswordPage /> },
          {
            // Signed-in areas: anonymous visitors are sent to /sign-in?next=…
            element: (
              <RequireSignIn>
                <Outlet />
              </RequireSignIn>
            ),
            children: [
              { path: 'account', element: <AccountPage /> },
              { path: 'notifications', element: <NotificationsPage /> },
              // Hosts only (the page says so to others; the API checks too).
              { path: 'meetings/new', element: <MeetingEditorPage /> },
              { path: 'meetings/:slug/edit', element: <MeetingEditorPage /> },
              { path: 'indicators/new', element: <NewIndicatorPage /> },
              { path: 'indicators/:code/edit', element: <IndicatorEditorPage /> },
              { path: 'discussions', element: <DiscussionsPage /> },
              { path: 'discussions/:id', element: <ThreadPage /> },
              { path: 'follow-ups', element: <FollowUpsPage /> },
              { path: 'follow-ups/:id', element: <FollowUpPage /> },
              { path: 'catch-up', element: <CatchUpPage /> },
              {
                // Hosts only: AdminPage shows everyone else a "host rights needed" page instead.
                path: 'admin',
                element: <AdminPage />,
                children: [
                  { index: true, element: <AdminOverviewPage /> },
                  { path: 'users', element: <UsersAdminPage /> },
                  { path: 'invitations', element: <InvitationsAdminPage /> },
                  { path: 'applications', element: <ApplicationsAdminPage /> },
                  { path: 'organisations', element: <OrganisationsAdminPage /> },
                  { path: 'organisations/new', element: <OrganisationEditorPage /> },
                  { path: 'organisations/:slug', element: <OrganisationEditorPage /> },
                  { path: 'audit', element: <AuditLogPage /> },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

/** The routes of the client. */
export function App() {
  return <RouterProvider router={router} />;
}
