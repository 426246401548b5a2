import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { LIMITS } from '@shared/limits';
import { listApplications } from '../../api/applications';
import { listInvitations } from '../../api/invitations';
import { queryKeys } from '../../api/queryKeys';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';

const countParams = { limit: LIMITS.pageSizeMax } as const;

/** "3 waiting", "100+ waiting", or nothing while loading or on error. */
function countText(data: { items: unknown[]; nextCursor: string | null } | undefined, noun: string) {
  if (!data) return null;
  const n = data.items.length;
  return `${n}${data.nextCursor ? '+' : ''} ${noun}`;
}

/** `/admin`: what needs attention, and the way into each administration section. */
export function AdminOverviewPage() {
  useDocumentTitle('Administration');
  const applications = useQuery({
    queryKey: queryKeys.applications({ status: 'pending', ...countParams }),
    queryFn: ({ signal }) => listApplications({ status: 'pending', ...countParams }, signal),
  });
  const invitations = useQuery({
    queryKey: queryKeys.invitations({ state: 'pending', ...countParams }),
    queryFn: ({ signal }) => listInvitations({ state: 'pending', ...countParams }, signal),
  });

  const sections = [
    {
      to: '/admin/applications',
      title: 'Applications',
      text: 'Organisations that asked to join: approve them or give a reason for rejecting.',
      count: countText(applications.data, 'waiting for review'),
    },
    {
      to: '/admin/invitations',
      title: 'Invitations',
      text: 'Invite people by email with their role and organisation; withdraw or re-issue links.',
      count: countText(invitations.data, 'pending'),
    },
    {
      to: '/admin/users',
      title: 'Users',
      text: 'Change roles and organisations, suspend or reactivate accounts, create password-reset links.',
      count: null,
    },
    {
      to: '/admin/organisations',
      title: 'Organisations',
      text: 'The member directory: add organisations, edit them, mark former members.',
      count: null,
    },
    {
      to: '/admin/audit',
      title: 'Audit log',
      text: 'Sign-ins and every administrative change, newest first.',
      count: null,
    },
  ];

  return (
    <div className="page">
      <header className="page-header">
        <h1>Administration</h1>
        <p className="lead">
          Run the workspace: who has an account, with which role and organisation, and what has happened.
        </p>
      </header>
      <ul className="link-grid" aria-label="Administration sections">
        {sections.map((section) => (
          <li key={section.to}>
            <Link to={section.to} className="link-card">
              <span className="link-card__title">{section.title}</span>
              <span className="link-card__text">{section.text}</span>
              {section.count && <span className="badge link-card__badge">{section.count}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
