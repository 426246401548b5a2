import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getThread, setThreadLocked } from '../api/threads';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { ErrorMessage, Loading, errorMessage } from '../components/QueryStatus';
import { VISIBILITY_LABELS } from '../components/labels';
import { LiveThread } from './discussions/LiveThread';

/** `/discussions/:id`: one thread, live (a fresh view for each thread). */
export function ThreadPage() {
  const { id = '' } = useParams();
  return <ThreadView key={id} id={id} />;
}

function ThreadView({ id }: { id: string }) {
  const { t } = useTranslation('discussions');
  const queryClient = useQueryClient();
  const threadQuery = useQuery({
    queryKey: queryKeys.thread(id),
    queryFn: ({ signal }) => getThread(id, signal),
  });
  const thread = threadQuery.data;
  useDocumentTitle(thread ? thread.title : t('thread.title'));

  const lock = useMutation({
    mutationFn: (locked: boolean) => setThreadLocked(id, locked),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.thread(id), updated);
      void queryClient.invalidateQueries({ queryKey: ['threads'] });
    },
  });

  if (threadQuery.isPending) return <Loading label={t('thread.loading')} />;
  if (!thread)
    return (
      <div className="page">
        <h1>{t('thread.title')}</h1>
        <ErrorMessage error={threadQuery.error} onRetry={() => void threadQuery.refetch()} />
        <p>
          <Link to="/discussions">{t('thread.back')}</Link>
        </p>
      </div>
    );

  return (
    <div className="page thread-page">
      <p className="back-link">
        <Link to="/discussions">{t('thread.allDiscussions')}</Link>
      </p>
      <header className="page-header page-header--with-action">
        <div>
          <h1 dir="auto">{thread.title}</h1>
          <p className="doc-result__badges">
            <span className={thread.visibility === 'public' ? 'badge badge--success' : 'badge badge--muted'}>
              {VISIBILITY_LABELS[thread.visibility]}
            </span>
            {thread.locked && (
              <span className="badge badge--warning" data-testid="locked-badge">
                {t('thread.locked')}
              </span>
            )}
          </p>
        </div>
        {thread.can.lock && (
          <button
            type="button"
            className="button button--secondary"
            disabled={lock.isPending}
            onClick={() => lock.mutate(!thread.locked)}
          >
            {thread.locked ? t('thread.unlock') : t('thread.lock')}
          </button>
        )}
      </header>
      {lock.isError && (
        <p className="notice notice--error" role="alert">
          {errorMessage(lock.error)}
        </p>
      )}
      <section aria-labelledby="messages-heading" className="thread">
        <h2 id="messages-heading" className="visually-hidden">
          {t('thread.messages')}
        </h2>
        <LiveThread
          threadId={thread.id}
          canPost={thread.can.post}
          locked={thread.locked}
          label={t('thread.messages')}
          variant="page"
        />
      </section>
    </div>
  );
}
