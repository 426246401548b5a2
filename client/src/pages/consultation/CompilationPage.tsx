import { Link, useParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { ORG_CATEGORIES } from '@shared/roles';
import { COMMENT_TYPES, DISPOSITIONS, type CommentListQuery } from '@shared/schemas/consultation';
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
import { labelMap } from '../indicators/labels';
import { ORG_CATEGORY_LABELS } from '../../components/labels';

type Filter = keyof CommentListQuery;
const pick = <T extends string>(values: readonly T[], v: string | null): T | undefined =>
  values.includes(v as T) ? (v as T) : undefined;

/**
 * `/indicators/:code/comments`: the compilation — every submitted comment in paragraph order, with
 * filters, the XLSX and DOCX exports of what is shown, and the custodian's and hosts' dispositions.
 */
export function CompilationPage() {
  const { t } = useTranslation('indicators');
  const { code = '' } = useParams();
  useDocumentTitle(t('compilation.documentTitle', { code }));
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
  if (query.isPending) return <Loading label={t('compilation.loading')} />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const list = query.data;
  const submitted = list.items.filter((c) => c.status === 'submitted');
  return (
    <div className="page compilation-page">
      <p className="back-link">
        <Link to={`/indicators/${code}`}>{t('back', { label: code })}</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">{t('consultation.eyebrow', { code })}</p>
        <h1>{t('compilation.title')}</h1>
        <div className="compilation-summary">
          <p>
            {list.consultation
              ? `${t('compilation.round', { round: list.consultation.round, revision: list.consultation.revision })} `
              : ''}
            <Trans
              t={t}
              i18nKey={list.undisposed > 0 ? 'compilation.summaryBlocking' : 'compilation.summary'}
              values={{ total: list.total, undisposed: list.undisposed }}
              components={{ total: <strong />, undisposed: <strong data-testid="undisposed" /> }}
            />
          </p>
          <Link to={`/indicators/${code}/consultation`}>{t('consultation.commentOnDraft')}</Link>
        </div>
        <div className="indicator-actions">
          <a className="button button--secondary" href={commentsExportUrl(code, 'xlsx', filters)} download>
            {t('compilation.downloadXlsx')}
          </a>
          <a className="button button--secondary" href={commentsExportUrl(code, 'docx', filters)} download>
            {t('compilation.downloadDocx')}
          </a>
        </div>
      </header>
      <FilterForm label={t('compilation.filters.label')}>
        <SelectField
          id="filter-organisation"
          label={t('compilation.filters.organisation')}
          value={filters.organisation ?? ''}
          onChange={(e) => setParam('organisation', e.target.value)}
        >
          <option value="">{t('compilation.filters.allOrganisations')}</option>
          {list.organisations.map((o) => (
            <option key={o.id} value={o.slug}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="filter-constituency"
          label={t('compilation.filters.constituency')}
          value={filters.constituency ?? ''}
          onChange={(e) => setParam('constituency', e.target.value)}
        >
          <EnumOptions
            values={ORG_CATEGORIES}
            labels={ORG_CATEGORY_LABELS}
            emptyLabel={t('compilation.filters.allConstituencies')}
          />
        </SelectField>
        <SelectField
          id="filter-type"
          label={t('compilation.filters.type')}
          value={filters.type ?? ''}
          onChange={(e) => setParam('type', e.target.value)}
        >
          <EnumOptions
            values={COMMENT_TYPES}
            labels={labelMap(COMMENT_TYPES, (c) => t(`commentType.${c}`))}
            emptyLabel={t('compilation.filters.allTypes')}
          />
        </SelectField>
        <SelectField
          id="filter-disposition"
          label={t('compilation.filters.disposition')}
          value={filters.disposition ?? ''}
          onChange={(e) => setParam('disposition', e.target.value)}
        >
          <EnumOptions
            values={[...DISPOSITIONS, 'none'] as const}
            labels={{
              ...labelMap(DISPOSITIONS, (v) => t(`disposition.${v}`)),
              none: t('compilation.filters.awaiting'),
            }}
            emptyLabel={t('compilation.filters.anyDisposition')}
          />
        </SelectField>
      </FilterForm>
      <p className="result-count" role="status">
        {t('compilation.shown', { count: submitted.length })}
      </p>
      {submitted.length === 0 ? (
        <EmptyState title={t('compilation.empty.title')}>
          {list.total ? t('compilation.empty.noMatch') : t('compilation.empty.none')}
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
