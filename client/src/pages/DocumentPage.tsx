import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { DOCUMENT_KIND_LABELS } from '@shared/schemas/document';
import { ApiError } from '../api/client';
import { getDocument } from '../api/documents';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useSession } from '../hooks/useSession';
import { DateTime } from '../components/dates';
import { ErrorMessage, Loading } from '../components/QueryStatus';
import { VISIBILITY_LABELS } from '../components/labels';
import { DiscussionSection } from './discussions/SubjectDiscussion';
import { CurrentVersion, DocumentPreview } from './library/CurrentVersion';
import { DocumentActions } from './library/DocumentActions';
import { VersionList } from './library/VersionList';

const TEXT_POLL_MS = 2000;

function NotFound() {
  const { user } = useSession();
  const { pathname } = useLocation();
  return (
    <div className="page page--narrow" data-testid="document-not-found">
      <p className="back-link">
        <Link to="/library">← Library</Link>
      </p>
      <h1>Document not found</h1>
      <p>
        There is no document at this address, or you may not see it: it may be for members only, or archived.
      </p>
      <ul className="inline-links">
        <li>
          <Link to="/library">Search the library</Link>
        </li>
        {!user && (
          <li>
            <Link to={`/sign-in?next=${encodeURIComponent(pathname)}`}>Sign in</Link>
          </li>
        )}
      </ul>
    </div>
  );
}

/** `/library/:id`: one document, its current file and preview, versions, and what you may do with it. */
export function DocumentPage() {
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: queryKeys.document(id),
    queryFn: ({ signal }) => getDocument(id, signal),
    // Text extraction runs in the background: look again until it has finished.
    refetchInterval: (q) => (q.state.data?.currentVersion.textStatus === 'pending' ? TEXT_POLL_MS : false),
  });
  const notFound =
    query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400);
  useDocumentTitle(query.data?.title ?? (notFound ? 'Document not found' : 'Document'));

  const back = (
    <p className="back-link">
      <Link to="/library">← Library</Link>
    </p>
  );
  if (query.isPending)
    return (
      <div className="page">
        {back}
        <Loading label="Loading the document…" />
      </div>
    );
  if (notFound) return <NotFound />;
  if (query.isError)
    return (
      <div className="page">
        {back}
        <h1>Document</h1>
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );

  const doc = query.data;
  return (
    <div className="page document-page">
      {back}
      <header className="page-header">
        <p className="eyebrow">{DOCUMENT_KIND_LABELS[doc.kind]}</p>
        <h1>{doc.title}</h1>
        <p className="doc-result__badges">
          <span className={doc.visibility === 'public' ? 'badge badge--success' : 'badge badge--muted'}>
            {VISIBILITY_LABELS[doc.visibility]}
          </span>
          {doc.archived && <span className="badge badge--warning">Archived</span>}
        </p>
        <p className="discussion-jump">
          <a href="#discussion">Discussion</a>
        </p>
      </header>

      {doc.archived && (
        <div className="notice notice--warning" data-testid="archived-banner">
          <p className="notice__title">This document is archived</p>
          <p>It no longer appears in the library or its search. Only its owner and hosts can see it.</p>
        </div>
      )}

      <DocumentActions doc={doc} />

      <div className="meeting-layout document-layout">
        <div className="card meeting-facts">
          <dl className="facts facts--stacked">
            <div>
              <dt>Meeting</dt>
              <dd>
                {doc.meeting ? <Link to={`/meetings/${doc.meeting.slug}`}>{doc.meeting.title}</Link> : 'None'}
              </dd>
            </div>
            <div>
              <dt>Organisation</dt>
              <dd>
                {doc.organisation ? (
                  <Link to={`/members?org=${encodeURIComponent(doc.organisation.slug)}`}>
                    {doc.organisation.name}
                  </Link>
                ) : (
                  'None'
                )}
              </dd>
            </div>
            <div>
              <dt>Year</dt>
              <dd>{doc.year ?? 'Not given'}</dd>
            </div>
            <div>
              <dt>Owner</dt>
              <dd>{doc.owner?.name ?? 'Unknown'}</dd>
            </div>
            <div>
              <dt>Added</dt>
              <dd>
                <DateTime iso={doc.createdAt} />
              </dd>
            </div>
          </dl>
          {doc.tags.length > 0 && (
            <>
              <h2 className="facts-heading">Tags</h2>
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
              <h2 id="description-heading">Description</h2>
              <p className="doc-description">{doc.description}</p>
            </section>
          )}
          <section className="section section--tight" aria-labelledby="current-heading">
            <h2 id="current-heading">Current file</h2>
            <CurrentVersion doc={doc} />
          </section>
          <DocumentPreview doc={doc} />
          <section className="section" aria-labelledby="versions-heading">
            <h2 id="versions-heading">Versions</h2>
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
