import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { getIndicatorDiff } from '../../api/indicators';
import { queryKeys } from '../../api/queryKeys';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import { DateTime } from '../../components/dates';
import { DiffView } from './DiffView';
import '../../styles/indicators.css';

/** `/indicators/:code/diff?from=&to=`: what changed between two revisions, word by word. */
export function IndicatorDiffPage() {
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const from = Number(params.get('from') ?? 1);
  const to = Number(params.get('to') ?? 1);
  useDocumentTitle(`${code}: revision ${from} → ${to}`);
  const diff = useQuery({
    queryKey: queryKeys.indicatorDiff(code, from, to),
    queryFn: ({ signal }) => getIndicatorDiff(code, from, to, signal),
  });
  return (
    <div className="page indicator-diff-page">
      <p className="back-link">
        <Link to={`/indicators/${code}`}>← {code}</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">{code}</p>
        <h1>
          Changes from revision {from} to {to}
        </h1>
        {diff.data && (
          <ul className="meta-list">
            {[diff.data.from, diff.data.to].map((r) => (
              <li key={r.number}>
                Revision {r.number}: <DateTime iso={r.createdAt} />
                {r.author && ` · ${r.author.name}`}
                {r.note && ` — “${r.note}”`}
              </li>
            ))}
          </ul>
        )}
        <p className="muted diff-legend">
          <ins>Inserted words</ins> and <del>deleted words</del> are marked; unchanged fields are folded away.
        </p>
      </header>
      {diff.isPending && <Loading label="Comparing revisions…" />}
      {diff.isError && <ErrorMessage error={diff.error} />}
      {diff.data && <DiffView diff={diff.data} />}
    </div>
  );
}
