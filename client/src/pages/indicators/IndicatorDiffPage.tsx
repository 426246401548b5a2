import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { getIndicatorDiff } from '../../api/indicators';
import { queryKeys } from '../../api/queryKeys';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import { DateTime } from '../../components/dates';
import { DiffView } from './DiffView';
import '../../styles/indicators.css';

/** `/indicators/:code/diff?from=&to=`: what changed between two revisions, word by word. */
export function IndicatorDiffPage() {
  const { t } = useTranslation('indicators');
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const from = Number(params.get('from') ?? 1);
  const to = Number(params.get('to') ?? 1);
  useDocumentTitle(t('diffPage.documentTitle', { code, from, to }));
  const diff = useQuery({
    queryKey: queryKeys.indicatorDiff(code, from, to),
    queryFn: ({ signal }) => getIndicatorDiff(code, from, to, signal),
  });
  return (
    <div className="page indicator-diff-page">
      <p className="back-link">
        <Link to={`/indicators/${code}`}>{t('back', { label: code })}</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">{code}</p>
        <h1>{t('diffPage.title', { from, to })}</h1>
        {diff.data && (
          <ul className="meta-list">
            {[diff.data.from, diff.data.to].map((r) => (
              <li key={r.number}>
                <Trans
                  t={t}
                  i18nKey="diffPage.revision"
                  values={{ number: r.number }}
                  components={{ date: <DateTime iso={r.createdAt} /> }}
                />
                {r.author && ` · ${r.author.name}`}
                {r.note && ` — ${t('quoted', { text: r.note })}`}
              </li>
            ))}
          </ul>
        )}
        <p className="muted diff-legend">
          <Trans t={t} i18nKey="diffPage.legend" components={{ ins: <ins />, del: <del /> }} />
        </p>
      </header>
      {diff.isPending && <Loading label={t('diffPage.loading')} />}
      {diff.isError && <ErrorMessage error={diff.error} />}
      {diff.data && <DiffView diff={diff.data} />}
    </div>
  );
}
