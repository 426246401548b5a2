import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { getDocument } from '../api/documents';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useSession } from '../hooks/useSession';
import { DateTime } from '../components/dates';
import { ErrorMessage, Loading } from '../components/QueryStatus';
import { DOCUMENT_KIND_LABELS, VISIBILITY_LABELS } from '../components/labels';
import { DiscussionSection } from './discussions/SubjectDiscussion';
import { CurrentVersion, DocumentPreview } from './library/CurrentVersion';
import { DocumentActions } from './library/DocumentActions';
import { VersionList } from './library/VersionList';
import { LanguageBadge, LanguageName, contentAttributes } from '../components/ContentLanguage';
import { currentLanguage } from '../i18n';

const TEXT_POLL_MS = 2000;

function NotFound() {
  const { t } = useTranslation('library');
  const { user } = useSession();
  const { pathname } = useLocation();
  return (
    <div className="page page--narrow" data-testid="document-not-found">
      <p className="back-link">
        <Link to="/library">{t('document.back')}</Link>
      </p>
      <h1>{t('document.notFoundTitle')}</h1>
      <p>{t('document.notFoundText')}</p>
      <ul className="inline-links">
        <li>
          <Link to="/library">{t('document.searchLibrary')}</Link>
        </li>
        {!user && (
          <li>
            <Link to={`/sign-in?next=${encodeURIComponent(pathname)}`}>{t('document.signIn')}</Link>
          </li>
        )}
      </ul>
    </div>
  );
}

/** `/library/:id`: one document, its current file and preview, versions, and what you may do with it. */
export function DocumentPage() {
  const { t } = useTranslation('library');
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: queryKeys.document(id),
    queryFn: ({ signal }) => getDocument(id, signal),
    // Text extraction runs in the background: look again until it has finished.
    refetchInterval: (q) => (q.state.data?.currentVersion.textStatus === 'pending' ? TEXT_POLL_MS : false),
  });
  const notFound =
    query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400);
  useDocumentTitle(query.data?.title ?? (notFound ? t('document.notFoundTitle') : t('document.title')));

  const back = (
    <p className="back-link">
      <Link to="/library">{t('document.back')}</Link>
    </p>
  );
  if (query.isPending)
    return (
      <div className="page">
        {back}
        <Loading label={t('document.loading')} />
      </div>
    );
  if (notFound) return <NotFound />;
  if (query.isError)
    return (
      <div className="page">
        {back}
        <h1>{t('document.title')}</h1>
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );

  const doc = query.data;
  // Written in another language than the reader's: say so, and mark its title and description.
  const written = doc.language === currentLanguage() ? {} : contentAttributes(doc.language);
  return (
    <div className="page document-page">
      {back}
      <header className="page-header">
        <p className="eyebrow">{DOCUMENT_KIND_LABELS[doc.kind]}</p>
        <h1 {...written}>{doc.title}</h1>
        <p className="doc-result__badges">
          {doc.language !== currentLanguage() && (
            <LanguageBadge language={doc.language} label={t('document.languageLabel')} />
          )}
          <span className={doc.visibility === 'public' ? 'badge badge--success' : 'badge badge--muted'}>
            {VISIBILITY_LABELS[doc.visibility]}
          </span>
          {doc.archived && <span className="badge badge--warning">{t('document.archived')}</span>}
        </p>
        <p className="discussion-jump">
          <a href="#discussion">{t('document.discussion')}</a>
        </p>
      </header>

      {doc.archived && (
        <div className="notice notice--warning" data-testid="archived-banner">
          <p className="notice__title">{t('document.archivedTitle')}</p>
          <p>{t('document.archivedText')}</p>
        </div>
      )}

      <DocumentActions doc={doc} />

      <div className="meeting-layout document-layout">
        <div className="card meeting-facts">
          <dl className="facts facts--stacked">
            <div>
              <dt>{t('document.meeting')}</dt>
              <dd>
                {doc.meeting ? (
                  <Link to={`/meetings/${doc.meeting.slug}`} dir="auto">
                    {doc.meeting.title}
                  </Link>
                ) : (
                  t('document.none')
                )}
              </dd>
            </div>
            <div>
              <dt>{t('document.organisation')}</dt>
              <dd>
                {doc.organisation ? (
                  <Link to={`/members?org=${encodeURIComponent(doc.organisation.slug)}`} dir="auto">
                    {doc.organisation.name}
                  </Link>
                ) : (
                  t('document.none')
                )}
              </dd>
            </div>
            <div>
              <dt>{t('document.language')}</dt>
              <dd data-testid="document-language">
                <LanguageName language={doc.language} />
              </dd>
            </div>
            <div>
              <dt>{t('document.year')}</dt>
              <dd>{doc.year ?? t('document.notGiven')}</dd>
            </div>
            <div>
              <dt>{t('document.owner')}</dt>
              <dd>
                <bdi>{doc.owner?.name ?? t('document.unknown')}</bdi>
              </dd>
            </div>
            <div>
              <dt>{t('document.added')}</dt>
              <dd>
                <DateTime iso={doc.createdAt} />
              </dd>
            </div>
          </dl>
          {doc.tags.length > 0 && (
            <>
              <h2 className="facts-heading">{t('document.tags')}</h2>
              <ul className="chip-list">
                {doc.tags.map((tag) => (
                  <li key={tag}>
                    <Link to={`/library?${new URLSearchParams({ tag })}`} className="chip chip--small">
                      {tag}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div className="meeting-main">
          {doc.description && (
            <section className="section section--tight" aria-labelledby="description-heading">
              <h2 id="description-heading">{t('document.description')}</h2>
              <p className="doc-description" {...written}>
                {doc.description}
              </p>
            </section>
          )}
          <section className="section section--tight" aria-labelledby="current-heading">
            <h2 id="current-heading">{t('document.currentFile')}</h2>
            <CurrentVersion doc={doc} />
          </section>
          <DocumentPreview doc={doc} />
          <section className="section" aria-labelledby="versions-heading">
            <h2 id="versions-heading">{t('document.versions')}</h2>
            <VersionList doc={doc} />
          </section>
          <DiscussionSection
            subjectType="document"
            subjectId={doc.id}
            title={doc.title}
            visibility={doc.visibility}
          />
        </div>
      </div>
    </div>
  );
}
