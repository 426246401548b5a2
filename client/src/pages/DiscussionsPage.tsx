import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
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
const isSubject = (v: string): v is (typeof SUBJECTS)[number] => SUBJECTS.some((s) => s === v);

/** `/discussions`: the threads the viewer may read, most recently active first. */
export function DiscussionsPage() {
  const { t } = useTranslation('discussions');
  useDocumentTitle(t('list.title'));
  const { user, isHost } = useSession();
  const canStart = user?.role === 'member' || isHost;
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('subject') ?? '';
  const subjectType: ThreadSubjectType | undefined = isSubject(raw) ? raw : undefined;
  const params: Omit<ThreadListParams, 'cursor'> = { subjectType, limit: PAGE_SIZE };
  const { query, items } = usePagedList(queryKeys.threads(params), (cursor, signal) =>
    listThreads({ ...params, cursor }, signal),
  );
  const subjectLabels = Object.fromEntries(SUBJECTS.map((s) => [s, t(`list.subjects.${s}`)])) as Record<
    (typeof SUBJECTS)[number],
    string
  >;

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('list.title')}</h1>
        <p className="lead">{t('list.lead')}</p>
      </header>

      {canStart && <NewThreadForm isHost={isHost} />}
      <ObserverHint what={t('list.observerWhat')} />

      <section aria-labelledby="threads-heading" className="section">
        <h2 id="threads-heading">{t('list.threadsHeading')}</h2>
        <div className="filters filters--auto">
          <SelectField
            id="thread-subject"
            label={t('list.subject')}
            value={subjectType ?? ''}
            onChange={(e) =>
              setSearchParams(e.target.value ? { subject: e.target.value } : {}, { replace: true })
            }
          >
            <EnumOptions values={SUBJECTS} labels={subjectLabels} emptyLabel={t('list.all')} />
          </SelectField>
        </div>
        {query.isPending && <Loading label={t('list.loading')} />}
        {query.isError && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
        {query.isSuccess && items.length === 0 && (
          <EmptyState title={t('list.emptyTitle')}>{t('list.emptyText')}</EmptyState>
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
