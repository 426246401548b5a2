import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { OrganisationDetailDto } from '@shared/schemas/organisation';
import { getOrganisation } from '../api/organisations';
import { ApiError } from '../api/client';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useSession } from '../hooks/useSession';
import { OrganisationCard } from './OrganisationCard';
import { EmptyState, ErrorMessage, Loading } from './QueryStatus';
import { ROLE_LABELS } from './labels';

/** Who represents the organisation: names for signed-in readers, a sign-in note for anonymous ones. */
function People({ org }: { org: OrganisationDetailDto }) {
  const { t } = useTranslation('directory');
  const location = useLocation();
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <section className="section people" aria-labelledby="people-heading">
      <h2 id="people-heading">{t('detail.people')}</h2>
      {org.people === null ? (
        <p className="notice notice--info" data-testid="people-sign-in-note">
          <Trans
            t={t}
            i18nKey="detail.signInNote"
            components={{ anchor: <Link to={`/sign-in?next=${next}`} /> }}
          />
        </p>
      ) : org.people.length === 0 ? (
        <p className="muted">{t('detail.nobody', { name: org.name })}</p>
      ) : (
        <ul className="people__list" data-testid="organisation-people">
          {org.people.map((person) => (
            <li key={person.id} className="people__item">
              <span className="people__name" dir="auto">
                {person.name}
              </span>
              <span className="badge badge--muted">{ROLE_LABELS[person.role]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One organisation picked from elsewhere (e.g. a meeting's participant chips): `/members?org=<slug>`. */
export function OrganisationDetail({ slug }: { slug: string }) {
  const { t } = useTranslation('directory');
  const { isHost } = useSession();
  const query = useQuery({
    queryKey: queryKeys.organisation(slug),
    queryFn: ({ signal }) => getOrganisation(slug, signal),
  });
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  useDocumentTitle(query.data?.name ?? (notFound ? t('detail.notFound') : t('members.documentTitle')));
  return (
    <section className="section selected-org" aria-label={t('detail.label')}>
      <p className="back-link">
        <Link to="/members">{t('detail.back')}</Link>
      </p>
      {query.isPending && <Loading label={t('detail.loading')} />}
      {query.isError &&
        (notFound ? (
          <EmptyState title={t('detail.notFound')}>{t('detail.notFoundText')}</EmptyState>
        ) : (
          <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
        ))}
      {query.data && (
        <>
          <OrganisationCard org={query.data} highlighted />
          {isHost && (
            <p className="selected-org__actions">
              <Link
                to={`/admin/organisations/${encodeURIComponent(query.data.slug)}`}
                className="button button--secondary button--small"
              >
                <Trans
                  t={t}
                  i18nKey="detail.edit"
                  values={{ name: query.data.name }}
                  components={{ hidden: <span className="visually-hidden" /> }}
                />
              </Link>
            </p>
          )}
          <People org={query.data} />
        </>
      )}
    </section>
  );
}
