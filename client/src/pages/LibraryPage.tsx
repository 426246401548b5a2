import { useState } from 'react';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DOCUMENT_KINDS, DOCUMENT_SORTS, type DocumentKind } from '@shared/schemas/document';
import { listDocuments, type DocumentListParams, type DocumentSort } from '../api/documents';
import { isLanguage } from '@shared/i18n/languages';
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
import { formatNumber } from '../i18n/format';

const PAGE_SIZE = 20;
const FILTERS = ['kind', 'meeting', 'organisation', 'year', 'tag', 'language'] as const;
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
    language: get('language'),
    sort,
    archived: get('archived') === 'true',
  };
  const clear = () =>
    setSearchParams(values.archived ? { archived: 'true' } : {}, {
      replace: true,
    });
  return { values, setParam, clear };
}

/**
 * The result line, e.g. "3 documents for “hotline” with these filters": one whole sentence for each
 * combination of search, filters and archive, since languages order these parts differently.
 */
function countSentence(
  t: TFunction<'library'>,
  documents: string,
  q: string,
  filtered: boolean,
  archived: boolean,
): string {
  if (q && filtered && archived) return t('count.queryFilteredArchived', { documents, q });
  if (q && filtered) return t('count.queryFiltered', { documents, q });
  if (q && archived) return t('count.queryArchived', { documents, q });
  if (filtered && archived) return t('count.filteredArchived', { documents });
  if (q) return t('count.query', { documents, q });
  if (filtered) return t('count.filtered', { documents });
  if (archived) return t('count.archived', { documents });
  return documents;
}

/** `/library`: search and browse the shared documents; members and hosts upload from here. */
export function LibraryPage() {
  const { t } = useTranslation('library');
  useDocumentTitle(t('page.title'));
  const { user } = useSession();
  const canUpload = user?.role === 'member' || user?.role === 'host';
  const [uploading, setUploading] = useState(false);
  const { values, setParam, clear } = useLibraryParams();

  const q = useDebouncedValue(values.q.trim(), 300);
  const tag = useDebouncedValue(values.tag.trim().toLowerCase(), 300);
  const year = useDebouncedValue(values.year.trim(), 300);
  const yearError = year && !validYear(year) ? t('page.yearError') : undefined;
  const params: Omit<DocumentListParams, 'cursor'> = {
    q: q || undefined,
    kind: isKind(values.kind) ? values.kind : undefined,
    meeting: values.meeting || undefined,
    organisation: values.organisation || undefined,
    tag: tag || undefined,
    year: validYear(year) ? Number(year) : undefined,
    language: isLanguage(values.language) ? values.language : undefined,
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

  const documents = t('count.documents', {
    count: docs.length,
    number: `${formatNumber(docs.length)}${query.hasNextPage ? '+' : ''}`,
  });
  const countText = countSentence(t, documents, q, filtered, archived);

  let empty = null;
  if (query.isSuccess && docs.length === 0) {
    const clearButton = (
      <p>
        <button type="button" className="button button--secondary button--small" onClick={clear}>
          {t('empty.clear')}
        </button>
      </p>
    );
    if (q)
      empty = (
        <EmptyState title={t('empty.noResults', { q })}>
          <p>
            {t('empty.checkSpelling')}
            {filtered && t('empty.filtersToo')}
          </p>
          {clearButton}
        </EmptyState>
      );
    else if (filtered)
      empty = (
        <EmptyState title={t('empty.noMatchTitle')}>
          <p>{t('empty.noMatchText')}</p>
          {clearButton}
        </EmptyState>
      );
    else if (archived)
      empty = <EmptyState title={t('empty.noArchivedTitle')}>{t('empty.noArchivedText')}</EmptyState>;
    else empty = <EmptyState title={t('empty.noneTitle')}>{t('empty.noneText')}</EmptyState>;
  }

  return (
    <div className="page">
      <header className="page-header page-header--with-action">
        <div>
          <h1>{t('page.title')}</h1>
          <p className="lead">{t('page.lead')}</p>
        </div>
        {canUpload ? (
          <button type="button" className="button" onClick={() => setUploading(true)}>
            {t('page.upload')}
          </button>
        ) : (
          !user && (
            <p className="page-header__note">
              <Trans
                t={t}
                i18nKey="page.signInToUpload"
                components={{ anchor: <Link to="/sign-in?next=%2Flibrary" /> }}
              />
            </p>
          )
        )}
      </header>
      <ObserverHint what={t('page.observerWhat')} />

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
          {t('page.results')}
        </h2>
        <p className="result-count" role="status" data-testid="result-count">
          {query.isSuccess && !query.isPlaceholderData && countText}
        </p>
        {query.isPending && <Loading label={t('page.loading')} />}
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
