import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import { formatDate } from '../../components/dates';
import { IndicatorFieldsView, IndicatorNotFound, useIndicator } from '../IndicatorPage';
import { isLanguage, type Language } from '@shared/i18n/languages';
import { contentAttributes } from '../../components/ContentLanguage';
import { currentLanguage } from '../../i18n';
import { TranslationNote } from './IndicatorLanguages';
import { textsFor } from './translations';
import '../../styles/indicators.css';
import { INDICATOR_STATUS_LABELS } from '../../components/labels';

/** `/indicators/:code/print`: the metadata alone, laid out for paper (site chrome hidden when printing). */
export function IndicatorPrintPage() {
  const { t } = useTranslation('indicators');
  const { code = '' } = useParams();
  const { query, notFound } = useIndicator(code);
  // The language the indicator page showed (`?language=`), else the reader's when translated into it.
  const [searchParams] = useSearchParams();
  const asked = searchParams.get('language');
  const reader = currentLanguage();
  const texts = query.data ? textsFor(query.data, reader, isLanguage(asked) ? asked : null) : null;
  useDocumentTitle(query.data && texts ? `${query.data.code} ${texts.title}` : t('indicator.documentTitle'));
  if (query.isPending) return <Loading />;
  if (notFound) return <IndicatorNotFound />;
  if (query.isError) return <ErrorMessage error={query.error} />;
  const ind = query.data;
  const shown = texts ?? textsFor(ind, reader, null);
  const showLink = (language: Language) => <Link to={`?language=${language}`} />;
  return (
    <article className="page indicator-print">
      <p className="no-print back-link">
        <Link to={`/indicators/${ind.code}`}>{t('print.back')}</Link>{' '}
        <button type="button" className="button button--small" onClick={() => window.print()}>
          {t('print.print')}
        </button>
      </p>
      <header className="page-header">
        <p className="eyebrow">{t('print.eyebrow', { code: ind.code })}</p>
        <h1 {...contentAttributes(shown.language)}>{shown.title}</h1>
        <table className="print-facts">
          <tbody>
            <tr>
              <th scope="row">{t('columns.status')}</th>
              <td>{INDICATOR_STATUS_LABELS[ind.status]}</td>
              <th scope="row">{t('columns.tier')}</th>
              <td>{ind.tier}</td>
            </tr>
            <tr>
              <th scope="row">{t('columns.custodian')}</th>
              <td>{ind.custodian?.name ?? t('notAssigned')}</td>
              <th scope="row">{t('columns.revision')}</th>
              <td>
                {ind.currentRevision} ({formatDate(ind.revision.createdAt)})
              </td>
            </tr>
          </tbody>
        </table>
      </header>
      <TranslationNote indicator={ind} texts={shown} reader={reader} anchor={showLink} />
      <IndicatorFieldsView indicator={ind} texts={shown} />
    </article>
  );
}
