import { useSearchParams } from 'react-router';
import type { ThreadSubjectType } from '@shared/schemas/thread';
import { listThreads, type ThreadListParams } from '../api/threads';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { usePagedList } from '../hooks/usePagedList';
import { useSession } from '../hooks/useSession';
import { SelectField } from '../components/FormField';
import { EnumOptions } from '../components/EnumOptions';
import { LoadMoreButton } from '../components/LoadMoreButton';
import { EmptyState, ErrorMessage, Loading } from '../components/QueryStatus';
import { NewThreadForm } from './discussions/NewThreadForm';
import { ThreadCard } from './discussions/ThreadCard';
import { ObserverHint } from '../components/ObserverHint';

const PAGE_SIZE = 20;
const SUBJECTS = ['general', 'indicator', 'document', 'meeting', 'action'] as const;
const SUBJECT_FILTER_LABELS: Record<(typeof SUBJECTS)[number], string> = {
  general: 'General',
  document: 'Documents',
  meeting: 'Meetings',
  indicator: 'Indicators',
  action: 'Follow-ups',
};
const isSubject = (v: string): v is (typeof SUBJECTS)[number] => SUBJECTS.some((s) => s === v);

/** `/discussions`: the threads the viewer may read, most recently active first. */
export function DiscussionsPage() {
  useDocumentTitle('Discussions');
  const { user, isHost } = useSession();
  const canStart = user?.role === 'member' || isHost;
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('subject') ?? '';
  const subjectType: ThreadSubjectType | undefined = isSubject(raw) ? raw : undefined;
  const params: Omit<ThreadListParams, 'cursor'> = { subjectType, limit: PAGE_SIZE };
  const { query, items } = usePagedList(queryKeys.threads(params), (cursor, signal) =>
    listThreads({ ...params, cursor }, signal),
  );

  return (
    <div className="page">
      <header className="page-header">
        <h1>Discussions</h1>
        <p className="lead">
          Threads where members talk through drafts, documents and follow-ups in real time, between and during
          sessions.
        </p>
      </header>

      {canStart && <NewThreadForm isHost={isHost} />}
      <ObserverHint what="start discussions and post in them" />

      <section aria-labelledby="threads-heading" className="section">
        <h2 id="threads-heading">Threads</h2>
        <div className="filters filters--auto">
          <SelectField
            id="thread-subject"
            label="Subject"
            value={subjectType ?? ''}
            onChange={(e) =>
              setSearchParams(e.target.value ? { subject: e.target.value } : {}, { replace: true })
            }
          >
            <EnumOptions values={SUBJECTS} labels={SUBJECT_FILTER_LABELS} emptyLabel="All" />
          </SelectField>
        </div>
        {query.isPending && <Loading label="Loading discussions…" />}
        {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
        {query.isSuccess && items.length === 0 && (
          <EmptyState title="No discussions yet">
            Threads started by members will be listed here, most recently active first.
          </EmptyState>
        )}
        {items.length > 0 && (
          <ul className="stack thread-list" aria-busy={query.isPlaceholderData || undefined}>
            {items.map((thread) => (
              <li key={thread.id}>
                <ThreadCard thread={thread} />
              </li>
            ))}
          </ul>
        )}
        <LoadMoreButton query={query} />
      </section>
    </div>
  );
}
