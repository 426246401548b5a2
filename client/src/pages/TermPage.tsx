import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateTermInput } from '@shared/schemas/term';
import { getTerm, updateTerm } from '../api/terms';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { formatDate } from '../components/dates';
import { ErrorMessage, Loading, errorMessage, isNotFound } from '../components/QueryStatus';
import { TermForm } from './glossary/TermForm';
import '../styles/glossary.css';
import { TERM_STATUS_LABELS } from '../components/labels';
import { Isolated } from '../components/UserText';

/** `/glossary/:slug`: one term; members edit drafts, hosts mark terms agreed. */
export function TermPage() {
  const { t } = useTranslation('directory');
  const { slug = '' } = useParams();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const query = useQuery({ queryKey: queryKeys.term(slug), queryFn: ({ signal }) => getTerm(slug, signal) });
  const save = useMutation({
    mutationFn: (changes: UpdateTermInput) => updateTerm(slug, changes),
    onSuccess: async (term) => {
      setEditing(false);
      client.setQueryData(queryKeys.term(slug), term);
      await client.invalidateQueries({ queryKey: ['terms'] });
    },
  });
  const notFound = isNotFound(query.error);
  useDocumentTitle(query.data?.term ?? (notFound ? t('term.notFound') : t('glossary.title')));
  const back = (
    <p className="back-link">
      <Link to="/glossary">{t('term.back')}</Link>
    </p>
  );
  if (query.isPending)
    return (
      <div className="page">
        {back}
        <Loading label={t('term.loading')} />
      </div>
    );
  if (notFound)
    return (
      <div className="page page--narrow">
        {back}
        <h1>{t('term.notFound')}</h1>
        <p>{t('term.notFoundText')}</p>
      </div>
    );
  if (query.isError)
    return (
      <div className="page">
        {back}
        <h1>{t('glossary.title')}</h1>
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  const term = query.data;
  return (
    <div className="page page--narrow">
      {back}
      <article className="term" aria-labelledby="term-title">
        <header className="page-header">
          <p className="eyebrow">{t('term.eyebrow')}</p>
          <h1 id="term-title" dir="auto">
            {term.term}
          </h1>
          <p className="meta-line">
            <span className={term.status === 'agreed' ? 'badge badge--success' : 'badge badge--muted'}>
              {TERM_STATUS_LABELS[term.status]}
            </span>
            {term.agreedAt && <span>{t('term.agreedOn', { date: formatDate(term.agreedAt) })}</span>}
            {term.proposedBy && (
              <span>
                <Isolated t={t} i18nKey="term.proposedBy" isolated={{ name: term.proposedBy.name }} />
              </span>
            )}
          </p>
        </header>
        <section className="section" aria-labelledby="definition-heading">
          <h2 id="definition-heading">{t('term.definition')}</h2>
          <div
            className="prose term__definition"
            dir="auto"
            dangerouslySetInnerHTML={{ __html: term.definitionHtml }}
          />
        </section>
        {term.notesHtml && (
          <section className="section" aria-labelledby="notes-heading">
            <h2 id="notes-heading">{t('term.notes')}</h2>
            <div className="prose" dir="auto" dangerouslySetInnerHTML={{ __html: term.notesHtml }} />
          </section>
        )}
        {term.sources.length > 0 && (
          <section className="section" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{t('term.sources')}</h2>
            <ul>
              {term.sources.map((s) => (
                <li key={s} dir="auto">
                  {s}
                </li>
              ))}
            </ul>
          </section>
        )}
        {term.related.length > 0 && (
          <section className="section" aria-labelledby="related-heading">
            <h2 id="related-heading">{t('term.related')}</h2>
            <ul className="chip-list">
              {term.related.map((r) => (
                <li key={r.slug}>
                  <Link to={`/glossary/${r.slug}`} className="chip">
                    <bdi>{r.term}</bdi>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
      {(term.can.edit || term.can.agree) && (
        <section className="section card" aria-labelledby="term-actions-heading">
          <h2 id="term-actions-heading">{t('term.workOn')}</h2>
          <div className="form-actions">
            {term.can.edit && !editing && (
              <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                {t('term.edit')}
              </button>
            )}
            {term.can.agree && (
              <button
                type="button"
                className="button"
                disabled={save.isPending}
                onClick={() => save.mutate({ status: term.status === 'agreed' ? 'draft' : 'agreed' })}
              >
                {term.status === 'agreed' ? t('term.returnToDraft') : t('term.markAgreed')}
              </button>
            )}
          </div>
          {save.isError && !editing && (
            <p className="field__error" role="alert">
              {errorMessage(save.error)}
            </p>
          )}
          {editing && (
            <TermForm
              term={term}
              submitLabel={t('term.save')}
              pending={save.isPending}
              error={save.error}
              onSubmit={(input) => save.mutate(input)}
            />
          )}
        </section>
      )}
    </div>
  );
}
