import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useQuery } from '@tanstack/react-query';
import { LIMITS } from '@shared/limits';
import { listApplications } from '../../api/applications';
import { listInvitations } from '../../api/invitations';
import { queryKeys } from '../../api/queryKeys';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';

const countParams = { limit: LIMITS.pageSizeMax } as const;

/** "3 waiting", "100+ waiting", or nothing while loading or on error. */
function countText(
  t: TFunction<'admin'>,
  data: { items: unknown[]; nextCursor: string | null } | undefined,
  key: 'waiting' | 'pending',
) {
  if (!data) return null;
  const count = data.items.length;
  return data.nextCursor
    ? t(`overview.counts.${key}More`, { count })
    : t(`overview.counts.${key}`, { count });
}

/** `/admin`: what needs attention, and the way into each administration section. */
export function AdminOverviewPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('title'));
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
      title: t('nav.applications'),
      text: t('overview.sections.applications'),
      count: countText(t, applications.data, 'waiting'),
    },
    {
      to: '/admin/invitations',
      title: t('nav.invitations'),
      text: t('overview.sections.invitations'),
      count: countText(t, invitations.data, 'pending'),
    },
    {
      to: '/admin/users',
      title: t('nav.users'),
      text: t('overview.sections.users'),
      count: null,
    },
    {
      to: '/admin/organisations',
      title: t('nav.organisations'),
      text: t('overview.sections.organisations'),
      count: null,
    },
    {
      to: '/admin/audit',
      title: t('nav.audit'),
      text: t('overview.sections.audit'),
      count: null,
    },
  ];

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('overview.lead')}</p>
      </header>
      <ul className="link-grid" aria-label={t('overview.sectionsLabel')}>
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
