import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { LIMITS } from '@shared/limits';
import { DOCUMENT_KIND_LABELS } from '@shared/schemas/document';
import { listDocuments } from '../api/documents';
import { queryKeys } from '../api/queryKeys';
import { ErrorMessage, Loading } from './QueryStatus';

/** "Documents from this meeting": the library's documents linked to a meeting, by title. */
export function MeetingDocuments({ meetingId }: { meetingId: string }) {
  const params = { meeting: meetingId, sort: 'title' as const, limit: LIMITS.pageSizeMax };
  const query = useQuery({
    queryKey: queryKeys.documents(params),
    queryFn: ({ signal }) => listDocuments(params, signal),
  });

  let body;
  if (query.isPending) body = <Loading label="Loading the meeting’s documents…" />;
  else if (query.isError) body = <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0)
    body = <p className="muted">No documents from this meeting are in the library yet.</p>;
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
        <h2 id="meeting-documents-heading">Documents from this meeting</h2>
        {query.data && query.data.items.length > 0 && (
          <Link to={`/library?${new URLSearchParams({ meeting: meetingId })}`}>All in the library</Link>
        )}
      </div>
      {body}
    </section>
  );
}
