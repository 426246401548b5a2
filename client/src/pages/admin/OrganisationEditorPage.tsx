import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getOrganisation } from '../../api/organisations';
import { ApiError } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import { OrganisationForm } from './OrganisationForm';

const directoryLink = (slug: string) => `/members?org=${encodeURIComponent(slug)}`;
const editorLink = (slug: string) => `/admin/organisations/${encodeURIComponent(slug)}`;

function BackLink() {
  const { t } = useTranslation('admin');
  return (
    <p className="back-link">
      <Link to="/admin/organisations">{t('organisations.editor.back')}</Link>
    </p>
  );
}

function NewOrganisation() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('titles.newOrganisation'));
  const navigate = useNavigate();
  return (
    <div className="page page--narrow">
      <BackLink />
      <header className="page-header">
        <h1>{t('organisations.editor.newTitle')}</h1>
        <p className="lead">{t('organisations.editor.newLead')}</p>
      </header>
      <OrganisationForm
        onSaved={(org) => void navigate(editorLink(org.slug), { state: { saved: 'created' } })}
      />
    </div>
  );
}

function EditOrganisation({ slug }: { slug: string }) {
  const { t } = useTranslation('admin');
  const navigate = useNavigate();
  const location = useLocation();
  const saved = (location.state as { saved?: 'created' | 'updated' } | null)?.saved;
  const query = useQuery({
    queryKey: queryKeys.organisation(slug),
    queryFn: ({ signal }) => getOrganisation(slug, signal),
  });
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  useDocumentTitle(
    query.data ? t('titles.editNamedOrganisation', { name: query.data.name }) : t('titles.editOrganisation'),
  );

  if (query.isPending) return <Loading label={t('organisations.editor.loading')} />;
  if (query.isError) {
    return (
      <div className="page page--narrow">
        <BackLink />
        <h1>{notFound ? t('organisations.editor.notFound') : t('organisations.editor.editTitle')}</h1>
        {notFound ? (
          <p>{t('organisations.editor.notFoundText')}</p>
        ) : (
          <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
        )}
      </div>
    );
  }

  const org = query.data;
  return (
    <div className="page page--narrow">
      <BackLink />
      <header className="page-header">
        <h1>{t('organisations.editor.editNamed', { name: org.name })}</h1>
        <p className="lead">
          <Link to={directoryLink(org.slug)}>{t('organisations.editor.viewInDirectory')}</Link>
        </p>
      </header>
      <div role="status" className="form-alert-region">
        {saved && (
          <p className="notice notice--success" data-testid="organisation-saved">
            {saved === 'created' ? t('organisations.editor.created') : t('organisations.editor.updated')}
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
