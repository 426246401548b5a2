import { Link } from 'react-router';
import { useSession } from '../hooks/useSession';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { AreaPage } from '../components/AreaPage';

/** `/admin`: workspace administration, for hosts only. */
export function AdminPage() {
  const { isHost } = useSession();
  useDocumentTitle('Administration');
  if (!isHost) {
    return (
      <div className="page page--narrow" data-testid="host-required">
        <h1>Administration</h1>
        <div className="notice notice--info">
          <p className="notice__title">You need host rights to open this area.</p>
          <p>
            Administration is for workspace hosts. If you need an account, role or organisation changed, ask a
            host.
          </p>
        </div>
        <p>
          <Link to="/">Back to the home page</Link>
        </p>
      </div>
    );
  }
  return (
    <AreaPage
      title="Administration"
      lead="Run the workspace: who has an account, with which role and organisation, and what has happened."
      uses={[
        { title: 'Invite', text: 'people by email, with their role and organisation.' },
        { title: 'Review', text: 'membership applications from organisations that want to join.' },
        { title: 'Manage', text: 'accounts: change roles, suspend, or send a one-time password-reset link.' },
        { title: 'Audit', text: 'sign-ins and administrative changes in the audit log.' },
      ]}
      emptyTitle="No pending invitations or applications"
      emptyText="Open invitations and membership applications waiting for a decision will be listed here."
    />
  );
}
