import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { IndicatorDto } from '@shared/schemas/indicator';
import { commentsExportUrl, consultationKeys, listComments } from '../../api/consultation';
import { ErrorMessage } from '../../components/QueryStatus';

/** On the indicator page: the consultation's comments in numbers, and the ways to them. */
export function ConsultationSection({ indicator }: { indicator: IndicatorDto }) {
  const { t } = useTranslation('indicators');
  const code = indicator.code;
  const query = useQuery({
    queryKey: consultationKeys.comments(code),
    queryFn: ({ signal }) => listComments(code, {}, signal),
  });
  const c = indicator.consultation!;
  const drafts = query.data?.items.filter((x) => x.status === 'draft').length ?? 0;
  return (
    <section className="section" aria-labelledby="comments-heading" data-testid="consultation-comments">
      <h2 id="comments-heading">{t('consultation.title', { revision: c.revision })}</h2>
      {query.isError && <ErrorMessage error={query.error} />}
      {query.data && (
        <p>
          {drafts > 0
            ? t('consultationSection.countsWithDrafts', {
                count: query.data.total,
                undisposed: query.data.undisposed,
                drafts: t('consultationSection.drafts', { count: drafts }),
              })
            : t('consultation.counts', { count: query.data.total, undisposed: query.data.undisposed })}
        </p>
      )}
      <div className="indicator-actions">
        <Link className="button" to={`/indicators/${code}/consultation`}>
          {query.data?.can.comment ? t('consultation.commentOnDraft') : t('consultationSection.read')}
        </Link>
        <Link className="button button--secondary" to={`/indicators/${code}/comments`}>
          {t('compilation.title')}
        </Link>
        <a className="button button--secondary" href={commentsExportUrl(code, 'xlsx')} download>
          XLSX
        </a>
        <a className="button button--secondary" href={commentsExportUrl(code, 'docx')} download>
          DOCX
        </a>
      </div>
    </section>
  );
}
