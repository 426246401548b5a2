import { useState } from 'react';
import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import type { IndicatorDto } from '@shared/schemas/indicator';
import { listRevisions } from '../../api/indicators';
import { queryKeys } from '../../api/queryKeys';
import { usePagedList } from '../../hooks/usePagedList';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import { DateTime } from '../../components/dates';

/** Every revision, newest first, with a picker to compare any two. */
export function RevisionHistory({ indicator }: { indicator: IndicatorDto }) {
  const { t } = useTranslation('indicators');
  const { code, currentRevision } = indicator;
  const { query, items } = usePagedList(queryKeys.indicatorRevisions(code), (cursor, signal) =>
    listRevisions(code, cursor, signal),
  );
  const [from, setFrom] = useState(Math.max(1, currentRevision - 1));
  const [to, setTo] = useState(currentRevision);
  if (query.isPending) return <Loading label={t('revisions.loading')} />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const numbers = Array.from({ length: currentRevision }, (_, i) => currentRevision - i);
  return (
    <div className="revisions">
      {currentRevision > 1 && (
        <form
          className="compare-form"
          aria-label={t('revisions.compareLabel')}
          onSubmit={(e) => e.preventDefault()}
        >
          <label htmlFor="compare-from">{t('revisions.compareFrom')}</label>
          <select
            id="compare-from"
            className="input select"
            value={from}
            onChange={(e) => setFrom(Number(e.target.value))}
          >
            {numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <label htmlFor="compare-to">{t('revisions.compareTo')}</label>
          <select
            id="compare-to"
            className="input select"
            value={to}
            onChange={(e) => setTo(Number(e.target.value))}
          >
            {numbers.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <Link
            className="button button--secondary button--small"
            to={`/indicators/${code}/diff?from=${from}&to=${to}`}
          >
            {t('revisions.showChanges')}
          </Link>
        </form>
      )}
      <ol className="revision-list" data-testid="revision-list">
        {items.map((r) => (
          <li key={r.number} className="revision-list__item">
            <p className="revision-list__head">
              <strong>{t('revision', { number: r.number })}</strong> · <DateTime iso={r.createdAt} />
              {r.author && (
                <>
                  {' · '}
                  <bdi>{r.author.name}</bdi>
                </>
              )}
            </p>
            {r.note && (
              <p className="revision-list__note" dir="auto">
                {r.note}
              </p>
            )}
            {r.changedFields.length > 0 && (
              <p className="muted">
                <Trans
                  t={t}
                  i18nKey="revisions.changed"
                  values={{ fields: r.changedFields.map((f) => t(`fields.${f}`)).join(t('listSeparator')) }}
                  components={{
                    anchor: <Link to={`/indicators/${code}/diff?from=${r.number - 1}&to=${r.number}`} />,
                  }}
                />
              </p>
            )}
          </li>
        ))}
      </ol>
      <LoadMoreButton query={query} />
    </div>
  );
}
