import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { IndicatorDto } from '@shared/schemas/indicator';
import { commentsExportUrl, consultationKeys, listComments } from '../../api/consultation';
import { ErrorMessage } from '../../components/QueryStatus';

/** On the indicator page: the consultation's comments in numbers, and the ways to them. */
export function ConsultationSection({ indicator }: { indicator: IndicatorDto }) {
  const code = indicator.code;
  const query = useQuery({
    queryKey: consultationKeys.comments(code),
    queryFn: ({ signal }) => listComments(code, {}, signal),
  });
  const c = indicator.consultation!;
  const drafts = query.data?.items.filter((x) => x.status === 'draft').length ?? 0;
  return (
    <section className="section" aria-labelledby="comments-heading" data-testid="consultation-comments">
      <h2 id="comments-heading">Comments on revision {c.revision}</h2>
      {query.isError && <ErrorMessage error={query.error} />}
      {query.data && (
        <p>
          {query.data.total} submitted {query.data.total === 1 ? 'comment' : 'comments'},{' '}
          {query.data.undisposed} awaiting a disposition
          {drafts > 0
            ? `; your organisation has ${drafts} unsubmitted ${drafts === 1 ? 'draft' : 'drafts'}`
            : ''}
          .
        </p>
      )}
      <div className="indicator-actions">
        <Link className="button" to={`/indicators/${code}/consultation`}>
          {query.data?.can.comment ? 'Comment on the draft' : 'Read the comments by paragraph'}
        </Link>
        <Link className="button button--secondary" to={`/indicators/${code}/comments`}>
          Compilation of comments
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
