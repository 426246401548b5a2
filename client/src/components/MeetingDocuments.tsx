import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { LIMITS } from '@shared/limits';
import { listDocuments } from '../api/documents';
import { queryKeys } from '../api/queryKeys';
import { ErrorMessage, Loading } from './QueryStatus';
import { DOCUMENT_KIND_LABELS } from '../components/labels';

/** "Documents from this meeting": the library's documents linked to a meeting, by title. */
export function MeetingDocuments({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('meetings');
  const params = { meeting: meetingId, sort: 'title' as const, limit: LIMITS.pageSizeMax };
  const query = useQuery({
    queryKey: queryKeys.documents(params),
    queryFn: ({ signal }) => listDocuments(params, signal),
  });

  let body;
  if (query.isPending) body = <Loading label={t('documents.loading')} />;
  else if (query.isError) body = <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0) body = <p className="muted">{t('documents.none')}</p>;
  else
    body = (
      <ul className="meeting-documents" data-testid="meeting-documents">
        {query.data.items.map((doc) => (
          <li key={doc.id}>
            <Link to={`/library/${doc.id}`}>{doc.title}</Link>{' '}
            <span className="badge">{DOCUMENT_KIND_LABELS[doc.kind]}</span>
          </li>
        ))}
      </ul>
    );

  return (
    <section className="section" aria-labelledby="meeting-documents-heading">
      <div className="section__header">
        <h2 id="meeting-documents-heading">{t('documents.heading')}</h2>
        {query.data && query.data.items.length > 0 && (
          <Link to={`/library?${new URLSearchParams({ meeting: meetingId })}`}>
            {t('documents.allInLibrary')}
          </Link>
        )}
      </div>
      {body}
    </section>
  );
}
