import { Link, useParams } from 'react-router';
import { INDICATOR_STATUS_LABELS } from '@shared/schemas/indicator';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import { formatDate } from '../../components/dates';
import { IndicatorFieldsView, IndicatorNotFound, useIndicator } from '../IndicatorPage';
import '../../styles/indicators.css';

/** `/indicators/:code/print`: the metadata alone, laid out for paper (site chrome hidden when printing). */
export function IndicatorPrintPage() {
  const { code = '' } = useParams();
  const { query, notFound } = useIndicator(code);
  useDocumentTitle(query.data ? `${query.data.code} ${query.data.title}` : 'Indicator');
  if (query.isPending) return <Loading />;
  if (notFound) return <IndicatorNotFound />;
  if (query.isError) return <ErrorMessage error={query.error} />;
  const ind = query.data;
  return (
    <article className="page indicator-print">
      <p className="no-print back-link">
        <Link to={`/indicators/${ind.code}`}>← Back to the indicator</Link>{' '}
        <button type="button" className="button button--small" onClick={() => window.print()}>
          Print
        </button>
      </p>
      <header className="page-header">
        <p className="eyebrow">Indicator metadata · {ind.code}</p>
        <h1>{ind.title}</h1>
        <table className="print-facts">
          <tbody>
            <tr>
              <th scope="row">Status</th>
              <td>{INDICATOR_STATUS_LABELS[ind.status]}</td>
              <th scope="row">Tier</th>
              <td>{ind.tier}</td>
            </tr>
            <tr>
              <th scope="row">Custodian</th>
              <td>{ind.custodian?.name ?? 'Not assigned'}</td>
              <th scope="row">Revision</th>
              <td>
                {ind.currentRevision} ({formatDate(ind.revision.createdAt)})
              </td>
            </tr>
          </tbody>
        </table>
      </header>
      <IndicatorFieldsView indicator={ind} />
    </article>
  );
}
