import { Link, useParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ORG_CATEGORIES, ORG_CATEGORY_LABELS } from '@shared/roles';
import {
  COMMENT_TYPES,
  COMMENT_TYPE_LABELS,
  DISPOSITIONS,
  DISPOSITION_LABELS,
  type CommentListQuery,
} from '@shared/schemas/consultation';
import { commentsExportUrl, consultationKeys, listComments } from '../../api/consultation';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { EmptyState, ErrorMessage, Loading, isNotFound } from '../../components/QueryStatus';
import { FilterForm } from '../../components/FilterForm';
import { SelectField } from '../../components/FormField';
import { EnumOptions } from '../../components/EnumOptions';
import { IndicatorNotFound } from '../IndicatorPage';
import { CommentCard } from './CommentCard';
import { DispositionForm } from './DispositionForm';

type Filter = keyof CommentListQuery;
const pick = <T extends string>(values: readonly T[], v: string | null): T | undefined =>
  values.includes(v as T) ? (v as T) : undefined;

/**
 * `/indicators/:code/comments`: the compilation — every submitted comment in paragraph order, with
 * filters, the XLSX and DOCX exports of what is shown, and the custodian's and hosts' dispositions.
 */
export function CompilationPage() {
  const { code = '' } = useParams();
  useDocumentTitle(`${code}: compilation of comments`);
  const { params, setParam } = useUrlFilters<Filter>();
  const filters: CommentListQuery = {
    organisation: params.get('organisation') || undefined,
    constituency: pick(ORG_CATEGORIES, params.get('constituency')),
    type: pick(COMMENT_TYPES, params.get('type')),
    disposition: pick([...DISPOSITIONS, 'none'] as const, params.get('disposition')),
  };
  const query = useQuery({
    queryKey: consultationKeys.comments(code, filters),
    queryFn: ({ signal }) => listComments(code, filters, signal),
    placeholderData: keepPreviousData,
  });
  if (isNotFound(query.error)) return <IndicatorNotFound />;
  if (query.isPending) return <Loading label="Loading the comments…" />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const list = query.data;
  const submitted = list.items.filter((c) => c.status === 'submitted');
  return (
    <div className="page compilation-page">
      <p className="back-link">
        <Link to={`/indicators/${code}`}>← {code}</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">{code} · consultation</p>
        <h1>Compilation of comments</h1>
        <div className="compilation-summary">
          <p>
            {list.consultation
              ? `Round ${list.consultation.round}, on revision ${list.consultation.revision}. `
              : ''}
            <strong>{list.total}</strong> submitted,{' '}
            <strong data-testid="undisposed">{list.undisposed}</strong> awaiting a disposition
            {list.undisposed > 0 ? ' (the indicator cannot be endorsed until all are answered)' : ''}.
          </p>
          <Link to={`/indicators/${code}/consultation`}>Comment on the draft</Link>
        </div>
        <div className="indicator-actions">
          <a className="button button--secondary" href={commentsExportUrl(code, 'xlsx', filters)} download>
            Download XLSX
          </a>
          <a className="button button--secondary" href={commentsExportUrl(code, 'docx', filters)} download>
            Download DOCX
          </a>
        </div>
      </header>
      <FilterForm label="Filter comments">
        <SelectField
          id="filter-organisation"
          label="Organisation"
          value={filters.organisation ?? ''}
          onChange={(e) => setParam('organisation', e.target.value)}
        >
          <option value="">All organisations</option>
          {list.organisations.map((o) => (
            <option key={o.id} value={o.slug}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="filter-constituency"
          label="Constituency"
          value={filters.constituency ?? ''}
          onChange={(e) => setParam('constituency', e.target.value)}
        >
          <EnumOptions values={ORG_CATEGORIES} labels={ORG_CATEGORY_LABELS} emptyLabel="All constituencies" />
        </SelectField>
        <SelectField
          id="filter-type"
          label="Type"
          value={filters.type ?? ''}
          onChange={(e) => setParam('type', e.target.value)}
        >
          <EnumOptions values={COMMENT_TYPES} labels={COMMENT_TYPE_LABELS} emptyLabel="All types" />
        </SelectField>
        <SelectField
          id="filter-disposition"
          label="Disposition"
          value={filters.disposition ?? ''}
          onChange={(e) => setParam('disposition', e.target.value)}
        >
          <EnumOptions
            values={[...DISPOSITIONS, 'none'] as const}
            labels={{ ...DISPOSITION_LABELS, none: 'Awaiting a disposition' }}
            emptyLabel="Any disposition"
          />
        </SelectField>
      </FilterForm>
      <p className="result-count" role="status">
        {submitted.length} {submitted.length === 1 ? 'comment' : 'comments'} shown
      </p>
      {submitted.length === 0 ? (
        <EmptyState title="No comments here">
          {list.total ? 'No comment matches these filters.' : 'No organisation has submitted a comment yet.'}
        </EmptyState>
      ) : (
        <ol className="compilation-list" aria-busy={query.isPlaceholderData || undefined}>
          {submitted.map((c) => (
            <li key={c.id}>
              <CommentCard code={code} comment={c} showParagraph>
                {c.can.dispose && (
                  <DispositionForm code={code} comment={c} currentRevision={list.currentRevision} />
                )}
              </CommentCard>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
