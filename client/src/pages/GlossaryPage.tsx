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
import { TERM_STATUS_LABELS } from './glossary/labels';
import '../styles/glossary.css';
import { useUrlFilters } from '../hooks/useUrlFilters';
import { ObserverHint } from '../components/ObserverHint';

const isStatus = (v: string | null): v is TermStatus => TERM_STATUSES.some((s) => s === v);

/** `/glossary`: the coalition's terminology, searchable; members propose new terms. */
export function GlossaryPage() {
  useDocumentTitle('Glossary');
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
        <h1>Glossary</h1>
        <p className="lead">
          The coalition’s shared terminology, in the spirit of the international definitions project discussed
          at Bali 2013. Drafts are working definitions; agreed terms have been confirmed by the hosts.
        </p>
      </header>
      <FilterForm label="Search the glossary">
        <FilterSearchField
          id="glossary-q"
          label="Search terms"
          value={q}
          onChange={(v) => setParam('q', v)}
        />
        <SelectField
          id="glossary-status"
          label="Status"
          value={status ?? ''}
          onChange={(e) => setParam('status', e.target.value)}
        >
          <EnumOptions values={TERM_STATUSES} labels={TERM_STATUS_LABELS} emptyLabel="Any status" />
        </SelectField>
      </FilterForm>
      {query.isPending && <Loading label="Loading the glossary…" />}
      {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && (
        <EmptyState title="No terms match">Try a shorter search or another status.</EmptyState>
      )}
      {items.length > 0 && (
        <ul className="term-list" aria-label="Terms">
          {items.map((t) => (
            <li key={t.id} className="term-list__item">
              <h2 className="term-list__term">
                <Link to={`/glossary/${t.slug}`}>{t.term}</Link>
              </h2>
              <span className={t.status === 'agreed' ? 'badge badge--success' : 'badge badge--muted'}>
                {TERM_STATUS_LABELS[t.status]}
              </span>
              <p className="term-list__excerpt">{t.excerpt}</p>
            </li>
          ))}
        </ul>
      )}
      <LoadMoreButton query={query} />
      <ObserverHint what="propose terms" />
      {(user?.role === 'member' || isHost) && (
        <details className="card disclosure">
          <summary>Propose a term</summary>
          <TermForm
            submitLabel="Propose the term"
            pending={propose.isPending}
            error={propose.error}
            onSubmit={(input) => propose.mutate(input)}
          />
        </details>
      )}
    </div>
  );
}
