import { Outlet, RouterProvider, createBrowserRouter } from 'react-router';
import { Layout } from './components/Layout';
import { RequireSignIn } from './components/RequireAuth';
import { RouteError } from './components/RouteError';
import { PageLoading } from './components/QueryStatus';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';

/**
 * Every page but the home (landing) and not-found pages is its own chunk, loaded by the router on
 * the way to that page (`lazy`): a newcomer's first visit downloads the shell and the landing page,
 * not the forms, the editors and the administration (nor the validation and realtime code).
 */
const router = createBrowserRouter([
  {
    element: <Layout />,
    // Shown for the moment a deep link's page chunk loads before the first render (a component,
    // so its text is read in the reader's language when it renders, not when this module loads).
    hydrateFallbackElement: <PageLoading />,
    children: [
      {
        // A crash inside a page keeps the header and footer around it.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'sign-in',
            lazy: () => import('./pages/SignInPage').then((m) => ({ Component: m.SignInPage })),
          },
          {
            path: 'meetings',
            lazy: () => import('./pages/MeetingsPage').then((m) => ({ Component: m.MeetingsPage })),
          },
          {
            path: 'meetings/:slug',
            lazy: () => import('./pages/MeetingPage').then((m) => ({ Component: m.MeetingPage })),
          },
          {
            path: 'members',
            lazy: () => import('./pages/MembersPage').then((m) => ({ Component: m.MembersPage })),
          },
          // The glossary is public, like the session reports: newcomers read it before signing in.
          {
            path: 'glossary',
            lazy: () => import('./pages/GlossaryPage').then((m) => ({ Component: m.GlossaryPage })),
          },
          {
            path: 'glossary/:slug',
            lazy: () => import('./pages/TermPage').then((m) => ({ Component: m.TermPage })),
          },
          // The library is public: anonymous visitors see public documents; uploading needs a member.
          {
            path: 'library',
            lazy: () => import('./pages/LibraryPage').then((m) => ({ Component: m.LibraryPage })),
          },
          {
            path: 'library/:id',
            lazy: () => import('./pages/DocumentPage').then((m) => ({ Component: m.DocumentPage })),
          },
          // Public indicators are readable by anyone; editing needs a member (checked by the server too).
          {
            path: 'indicators',
            lazy: () => import('./pages/IndicatorsPage').then((m) => ({ Component: m.IndicatorsPage })),
          },
          {
            path: 'indicators/:code',
            lazy: () => import('./pages/IndicatorPage').then((m) => ({ Component: m.IndicatorPage })),
          },
          {
            path: 'indicators/:code/diff',
            lazy: () =>
              import('./pages/indicators/IndicatorDiffPage').then((m) => ({
                Component: m.IndicatorDiffPage,
              })),
          },
          {
            path: 'indicators/:code/print',
            lazy: () =>
              import('./pages/indicators/IndicatorPrintPage').then((m) => ({
                Component: m.IndicatorPrintPage,
              })),
          },
          {
            path: 'apply',
            lazy: () => import('./pages/ApplyPage').then((m) => ({ Component: m.ApplyPage })),
          },
          {
            path: 'unsubscribe',
            lazy: () =>
              import('./pages/settings/UnsubscribePage').then((m) => ({ Component: m.UnsubscribePage })),
          },
          {
            path: 'invitations/:token',
            lazy: () =>
              import('./pages/AcceptInvitationPage').then((m) => ({ Component: m.AcceptInvitationPage })),
          },
          {
            path: 'reset-password/:token',
            lazy: () => import('./pages/ResetPasswordPage').then((m) => ({ Component: m.ResetPasswordPage })),
          },
          {
            // Signed-in areas: anonymous visitors are sent to /sign-in?next=…
            element: (
              <RequireSignIn>
                <Outlet />
              </RequireSignIn>
            ),
            children: [
              {
                path: 'account',
                lazy: () => import('./pages/AccountPage').then((m) => ({ Component: m.AccountPage })),
              },
              {
                path: 'notifications',
                lazy: () =>
                  import('./pages/NotificationsPage').then((m) => ({ Component: m.NotificationsPage })),
              },
              {
                path: 'settings/email',
                lazy: () =>
                  import('./pages/settings/EmailSettingsPage').then((m) => ({
                    Component: m.EmailSettingsPage,
                  })),
              },
              // Hosts only (the page says so to others; the API checks too).
              {
                path: 'meetings/new',
                lazy: () =>
                  import('./pages/meetings/MeetingEditorPage').then((m) => ({
                    Component: m.MeetingEditorPage,
                  })),
              },
              {
                path: 'meetings/:slug/edit',
                lazy: () =>
                  import('./pages/meetings/MeetingEditorPage').then((m) => ({
                    Component: m.MeetingEditorPage,
                  })),
              },
              {
                path: 'indicators/new',
                lazy: () =>
                  import('./pages/indicators/NewIndicatorPage').then((m) => ({
                    Component: m.NewIndicatorPage,
                  })),
              },
              {
                path: 'indicators/:code/edit',
                lazy: () =>
                  import('./pages/indicators/IndicatorEditorPage').then((m) => ({
                    Component: m.IndicatorEditorPage,
                  })),
              },
              // Consultation comments name organisations: signed-in readers only (the API checks too).
              {
                path: 'indicators/:code/consultation',
                lazy: () =>
                  import('./pages/consultation/ConsultationPage').then((m) => ({
                    Component: m.ConsultationPage,
                  })),
              },
              {
                path: 'indicators/:code/comments',
                lazy: () =>
                  import('./pages/consultation/CompilationPage').then((m) => ({
                    Component: m.CompilationPage,
                  })),
              },
              {
                path: 'discussions',
                lazy: () => import('./pages/DiscussionsPage').then((m) => ({ Component: m.DiscussionsPage })),
              },
              {
                path: 'discussions/:id',
                lazy: () => import('./pages/ThreadPage').then((m) => ({ Component: m.ThreadPage })),
              },
              {
                path: 'follow-ups',
                lazy: () => import('./pages/FollowUpsPage').then((m) => ({ Component: m.FollowUpsPage })),
              },
              {
                path: 'follow-ups/:id',
                lazy: () => import('./pages/FollowUpPage').then((m) => ({ Component: m.FollowUpPage })),
              },
              {
                path: 'catch-up',
                lazy: () => import('./pages/CatchUpPage').then((m) => ({ Component: m.CatchUpPage })),
              },
              {
                // Hosts only: AdminPage shows everyone else a "host rights needed" page instead.
                path: 'admin',
                lazy: () => import('./pages/AdminPage').then((m) => ({ Component: m.AdminPage })),
                children: [
                  {
                    index: true,
                    lazy: () =>
                      import('./pages/admin/AdminOverviewPage').then((m) => ({
                        Component: m.AdminOverviewPage,
                      })),
                  },
                  {
                    path: 'users',
                    lazy: () =>
                      import('./pages/admin/UsersAdminPage').then((m) => ({ Component: m.UsersAdminPage })),
                  },
                  {
                    path: 'invitations',
                    lazy: () =>
                      import('./pages/admin/InvitationsAdminPage').then((m) => ({
                        Component: m.InvitationsAdminPage,
                      })),
                  },
                  {
                    path: 'applications',
                    lazy: () =>
                      import('./pages/admin/ApplicationsAdminPage').then((m) => ({
                        Component: m.ApplicationsAdminPage,
                      })),
                  },
                  {
                    path: 'organisations',
                    lazy: () =>
                      import('./pages/admin/OrganisationsAdminPage').then((m) => ({
                        Component: m.OrganisationsAdminPage,
                      })),
                  },
                  {
                    path: 'organisations/new',
                    lazy: () =>
                      import('./pages/admin/OrganisationEditorPage').then((m) => ({
                        Component: m.OrganisationEditorPage,
                      })),
                  },
                  {
                    path: 'organisations/:slug',
                    lazy: () =>
                      import('./pages/admin/OrganisationEditorPage').then((m) => ({
                        Component: m.OrganisationEditorPage,
                      })),
                  },
                  {
                    path: 'audit',
                    lazy: () =>
                      import('./pages/admin/AuditLogPage').then((m) => ({ Component: m.AuditLogPage })),
                  },
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
