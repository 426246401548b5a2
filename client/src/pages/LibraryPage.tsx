import { useState } from 'react';
import { Link } from 'react-router';
import { DOCUMENT_KINDS, DOCUMENT_SORTS, type DocumentKind } from '@shared/schemas/document';
import { listDocuments, type DocumentListParams, type DocumentSort } from '../api/documents';
import { queryKeys } from '../api/queryKeys';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { usePagedList } from '../hooks/usePagedList';
import { useSession } from '../hooks/useSession';
import { LoadMoreButton } from '../components/LoadMoreButton';
import { EmptyState, ErrorMessage, Loading } from '../components/QueryStatus';
import { DocumentResult } from './library/DocumentResult';
import { LibraryFilters, type LibraryFilterValues, type LibraryParam } from './library/LibraryFilters';
import { UploadDocumentDialog } from './library/UploadDocumentDialog';
import { useUrlFilters } from '../hooks/useUrlFilters';
import { ObserverHint } from '../components/ObserverHint';

const PAGE_SIZE = 20;
const FILTERS = ['kind', 'meeting', 'organisation', 'year', 'tag'] as const;
const isKind = (v: string): v is DocumentKind => DOCUMENT_KINDS.some((k) => k === v);
const isSort = (v: string): v is DocumentSort => DOCUMENT_SORTS.some((s) => s === v);
const validYear = (v: string) => /^\d{4}$/.test(v) && Number(v) >= 1990 && Number(v) <= 2100;

/** The search, filters and sort as they stand in the address; a stale sort falls back to the default. */
function useLibraryParams() {
  const { params: searchParams, setParams: setSearchParams, setParam } = useUrlFilters<LibraryParam>();
  const get = (name: string) => searchParams.get(name) ?? '';
  const q = get('q');
  const rawSort = get('sort');
  const sort: DocumentSort =
    isSort(rawSort) && !(rawSort === 'relevance' && !q.trim()) ? rawSort : q.trim() ? 'relevance' : 'newest';
  const values: LibraryFilterValues = {
    q,
    kind: get('kind'),
    meeting: get('meeting'),
    organisation: get('organisation'),
    year: get('year'),
    tag: get('tag'),
    sort,
    archived: get('archived') === 'true',
  };
  const clear = () =>
    setSearchParams(values.archived ? { archived: 'true' } : {}, {
      replace: true,
    });
  return { values, setParam, clear };
}

/** `/library`: search and browse the shared documents; members and hosts upload from here. */
export function LibraryPage() {
  useDocumentTitle('Library');
  const { user } = useSession();
  const canUpload = user?.role === 'member' || user?.role === 'host';
  const [uploading, setUploading] = useState(false);
  const { values, setParam, clear } = useLibraryParams();

  const q = useDebouncedValue(values.q.trim(), 300);
  const tag = useDebouncedValue(values.tag.trim().toLowerCase(), 300);
  const year = useDebouncedValue(values.year.trim(), 300);
  const yearError = year && !validYear(year) ? 'Enter a year between 1990 and 2100, such as 2013' : undefined;
  const params: Omit<DocumentListParams, 'cursor'> = {
    q: q || undefined,
    kind: isKind(values.kind) ? values.kind : undefined,
    meeting: values.meeting || undefined,
    organisation: values.organisation || undefined,
    tag: tag || undefined,
    year: validYear(year) ? Number(year) : undefined,
    // With a query the server ranks by relevance unless asked otherwise (and the reverse without).
    sort: values.sort === (q ? 'relevance' : 'newest') ? undefined : values.sort,
    archived: (user && values.archived) || undefined,
    limit: PAGE_SIZE,
  };
  const { query, items: docs } = usePagedList(queryKeys.documents(params), (cursor, signal) =>
    listDocuments({ ...params, cursor }, signal),
  );
  const activeFilters = FILTERS.filter((name) => values[name].trim()).length;
  const filtered = activeFilters > 0;
  const archived = params.archived === true;

  const count = `${docs.length}${query.hasNextPage ? '+' : ''} ${docs.length === 1 ? 'document' : 'documents'}`;
  const countText = `${count}${q ? ` for “${q}”` : ''}${filtered ? ' with these filters' : ''}${archived ? ' in the archive' : ''}`;

  let empty = null;
  if (query.isSuccess && docs.length === 0) {
    const clearButton = (
      <p>
        <button type="button" className="button button--secondary button--small" onClick={clear}>
          Clear search and filters
        </button>
      </p>
    );
    if (q)
      empty = (
        <EmptyState title={`No results for “${q}”`}>
          <p>
            Check the spelling or try fewer words.
            {filtered && ' Some filters are set too: clearing them may find more.'}
          </p>
          {clearButton}
        </EmptyState>
      );
    else if (filtered)
      empty = (
        <EmptyState title="No documents match these filters">
          <p>Try fewer filters.</p>
          {clearButton}
        </EmptyState>
      );
    else if (archived)
      empty = <EmptyState title="No archived documents">Documents you archive are kept here.</EmptyState>;
    else
      empty = (
        <EmptyState title="No documents yet">
          Documents that members share will be listed here, newest first.
        </EmptyState>
      );
  }

  return (
    <div className="page">
      <header className="page-header page-header--with-action">
        <div>
          <h1>Library</h1>
          <p className="lead">
            The coalition’s shared documents: session reports, presentations, research and drafts, each with
            its versions.
          </p>
        </div>
        {canUpload ? (
          <button type="button" className="button" onClick={() => setUploading(true)}>
            Upload a document
          </button>
        ) : (
          !user && (
            <p className="page-header__note">
              Members <Link to="/sign-in?next=%2Flibrary">sign in</Link> to upload documents.
            </p>
          )
        )}
      </header>
      <ObserverHint what="upload documents" />

      <LibraryFilters
        values={values}
        setParam={setParam}
        onClear={clear}
        activeFilters={activeFilters}
        yearError={yearError}
        canSeeArchive={Boolean(user)}
      />

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="visually-hidden">
          Results
        </h2>
        <p className="result-count" role="status" data-testid="result-count">
          {query.isSuccess && !query.isPlaceholderData && countText}
        </p>
        {query.isPending && <Loading label="Loading the library…" />}
        {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
        {empty}
        {docs.length > 0 && (
          <ul className="stack doc-results" aria-busy={query.isPlaceholderData || undefined}>
            {docs.map((doc) => (
              <li key={doc.id}>
                <DocumentResult doc={doc} query={q} />
              </li>
            ))}
          </ul>
        )}
        <LoadMoreButton query={query} />
      </section>

      {uploading && <UploadDocumentDialog onClose={() => setUploading(false)} />}
    </div>
  );
}
