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
  const location = useLocation();
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <section className="section people" aria-labelledby="people-heading">
      <h2 id="people-heading">People</h2>
      {org.people === null ? (
        <p className="notice notice--info" data-testid="people-sign-in-note">
          <Link to={`/sign-in?next=${next}`}>Sign in</Link> to see who represents this organisation.
        </p>
      ) : org.people.length === 0 ? (
        <p className="muted">Nobody from {org.name} has an account in the workspace yet.</p>
      ) : (
        <ul className="people__list" data-testid="organisation-people">
          {org.people.map((person) => (
            <li key={person.id} className="people__item">
              <span className="people__name">{person.name}</span>
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
  const { isHost } = useSession();
  const query = useQuery({
    queryKey: queryKeys.organisation(slug),
    queryFn: ({ signal }) => getOrganisation(slug, signal),
  });
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  useDocumentTitle(query.data?.name ?? (notFound ? 'Organisation not found' : 'Members'));
  return (
    <section className="section selected-org" aria-label="Selected organisation">
      <p className="back-link">
        <Link to="/members">← The whole directory</Link>
      </p>
      {query.isPending && <Loading label="Loading the organisation…" />}
      {query.isError &&
        (notFound ? (
          <EmptyState title="Organisation not found">
            It may have been renamed or removed from the directory.
          </EmptyState>
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
                Edit<span className="visually-hidden"> {query.data.name}</span>
              </Link>
            </p>
          )}
          <People org={query.data} />
        </>
      )}
    </section>
  );
}
