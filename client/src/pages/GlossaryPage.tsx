import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TERM_STATUSES, type TermStatus } from '@shared/schemas/term';
import { listTerms, proposeTerm } from '../api/terms';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { usePagedList } from '../hooks/usePagedList';
import { useSession } from '../hooks/useSession';
import { EnumOptions } from '../components/EnumOptions';
import { FilterForm, FilterSearchField } from '../components/FilterForm';
import { SelectField } from '../components/FormField';
import { LoadMoreButton } from '../components/LoadMoreButton';
import { EmptyState, ErrorMessage, Loading } from '../components/QueryStatus';
import { TermForm } from './glossary/TermForm';
import '../styles/glossary.css';
import { useUrlFilters } from '../hooks/useUrlFilters';
import { ObserverHint } from '../components/ObserverHint';
import { TERM_STATUS_LABELS } from '../components/labels';

const isStatus = (v: string | null): v is TermStatus => TERM_STATUSES.some((s) => s === v);

/** `/glossary`: the coalition's terminology, searchable; members propose new terms. */
export function GlossaryPage() {
  const { t } = useTranslation('directory');
  useDocumentTitle(t('glossary.title'));
  const { user, isHost } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { params: search, setParam } = useUrlFilters();
  const q = search.get('q') ?? '';
  const debouncedQ = useDebouncedValue(q.trim(), 250);
  const rawStatus = search.get('status');
  const status = isStatus(rawStatus) ? rawStatus : undefined;
  const params = { q: debouncedQ || undefined, status, limit: 50 };
  const { query, items } = usePagedList(queryKeys.terms(params), (cursor, signal) =>
    listTerms({ ...params, cursor }, signal),
  );
  const propose = useMutation({
    mutationFn: proposeTerm,
    onSuccess: async (term) => {
      await client.invalidateQueries({ queryKey: ['terms'] });
      void navigate(`/glossary/${term.slug}`);
    },
  });

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('glossary.title')}</h1>
        <p className="lead">{t('glossary.lead')}</p>
      </header>
      <FilterForm label={t('glossary.searchLabel')}>
        <FilterSearchField
          id="glossary-q"
          label={t('glossary.searchTerms')}
          value={q}
          onChange={(v) => setParam('q', v)}
        />
        <SelectField
          id="glossary-status"
          label={t('glossary.status')}
          value={status ?? ''}
          onChange={(e) => setParam('status', e.target.value)}
        >
          <EnumOptions
            values={TERM_STATUSES}
            labels={TERM_STATUS_LABELS}
            emptyLabel={t('glossary.anyStatus')}
          />
        </SelectField>
      </FilterForm>
      {query.isPending && <Loading label={t('glossary.loading')} />}
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && (
        <EmptyState title={t('glossary.noMatch')}>{t('glossary.noMatchText')}</EmptyState>
      )}
      {items.length > 0 && (
        <ul className="term-list" aria-label={t('glossary.listLabel')}>
          {items.map((item) => (
            <li key={item.id} className="term-list__item">
              <h2 className="term-list__term">
                <Link to={`/glossary/${item.slug}`} dir="auto">
                  {item.term}
                </Link>
              </h2>
              <span className={item.status === 'agreed' ? 'badge badge--success' : 'badge badge--muted'}>
                {TERM_STATUS_LABELS[item.status]}
              </span>
              <p className="term-list__excerpt" dir="auto">
                {item.excerpt}
              </p>
            </li>
          ))}
        </ul>
      )}
      <LoadMoreButton query={query} />
      <ObserverHint what={t('glossary.observerWhat')} />
      {(user?.role === 'member' || isHost) && (
        <details className="card disclosure">
          <summary>{t('glossary.propose')}</summary>
          <TermForm
            submitLabel={t('glossary.proposeSubmit')}
            pending={propose.isPending}
            error={propose.error}
            onSubmit={(input) => propose.mutate(input)}
          />
        </details>
      )}
    </div>
  );
}
