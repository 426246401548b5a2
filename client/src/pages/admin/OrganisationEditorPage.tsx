import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { getOrganisation } from '../../api/organisations';
import { ApiError } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import { OrganisationForm } from './OrganisationForm';

const directoryLink = (slug: string) => `/members?org=${encodeURIComponent(slug)}`;
const editorLink = (slug: string) => `/admin/organisations/${encodeURIComponent(slug)}`;

const backLink = (
  <p className="back-link">
    <Link to="/admin/organisations">← All organisations</Link>
  </p>
);

function NewOrganisation() {
  useDocumentTitle('New organisation · Admin');
  const navigate = useNavigate();
  return (
    <div className="page page--narrow">
      {backLink}
      <header className="page-header">
        <h1>New organisation</h1>
        <p className="lead">Add an organisation to the member directory.</p>
      </header>
      <OrganisationForm
        onSaved={(org) => void navigate(editorLink(org.slug), { state: { saved: 'created' } })}
      />
    </div>
  );
}

function EditOrganisation({ slug }: { slug: string }) {
  const navigate = useNavigate();
  const location = useLocation();
  const saved = (location.state as { saved?: 'created' | 'updated' } | null)?.saved;
  const query = useQuery({
    queryKey: queryKeys.organisation(slug),
    queryFn: ({ signal }) => getOrganisation(slug, signal),
  });
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  useDocumentTitle(`${query.data ? `Edit ${query.data.name}` : 'Edit organisation'} · Admin`);

  if (query.isPending) return <Loading label="Loading the organisation…" />;
  if (query.isError) {
    return (
      <div className="page page--narrow">
        {backLink}
        <h1>{notFound ? 'Organisation not found' : 'Edit organisation'}</h1>
        {notFound ? (
          <p>There is no organisation at this address.</p>
        ) : (
          <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
        )}
      </div>
    );
  }

  const org = query.data;
  return (
    <div className="page page--narrow">
      {backLink}
      <header className="page-header">
        <h1>Edit {org.name}</h1>
        <p className="lead">
          <Link to={directoryLink(org.slug)}>View it in the member directory</Link>
        </p>
      </header>
      <div role="status" className="form-alert-region">
        {saved && (
          <p className="notice notice--success" data-testid="organisation-saved">
            {saved === 'created' ? 'The organisation was created.' : 'Your changes were saved.'}
          </p>
        )}
      </div>
      <OrganisationForm
        key={org.id}
        org={org}
        onSaved={() => void navigate(location.pathname, { replace: true, state: { saved: 'updated' } })}
      />
    </div>
  );
}

/** `/admin/organisations/new` and `/admin/organisations/:slug`: create or edit an organisation. */
export function OrganisationEditorPage() {
  const { slug } = useParams();
  return slug ? <EditOrganisation slug={slug} /> : <NewOrganisation />;
}
