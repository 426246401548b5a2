import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MessageDto } from '@shared/schemas/thread';
import { getThread, setThreadLocked } from '../api/threads';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useSession } from '../hooks/useSession';
import { ErrorMessage, Loading, EmptyState, errorMessage } from '../components/QueryStatus';
import { VISIBILITY_LABELS } from '../components/labels';
import { Composer } from './discussions/Composer';
import { ThreadMessages } from './discussions/ThreadMessages';
import { useThreadMessages } from './discussions/useThreadMessages';
import { typingText, useTyping } from './discussions/useTyping';

/** `/discussions/:id`: one thread, live (a fresh view for each thread). */
export function ThreadPage() {
  const { id = '' } = useParams();
  return <ThreadView key={id} id={id} />;
}

function ThreadView({ id }: { id: string }) {
  const { user } = useSession();
  const queryClient = useQueryClient();
  const threadQuery = useQuery({
    queryKey: queryKeys.thread(id),
    queryFn: ({ signal }) => getThread(id, signal),
  });
  const thread = threadQuery.data;
  useDocumentTitle(thread ? thread.title : 'Discussion');

  const live = useThreadMessages(id, user);
  const { typers, notifyTyping } = useTyping(live.socket, id, user?.id);
  const [replyTo, setReplyTo] = useState<MessageDto | null>(null);

  const lock = useMutation({
    mutationFn: (locked: boolean) => setThreadLocked(id, locked),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.thread(id), updated);
      void queryClient.invalidateQueries({ queryKey: ['threads'] });
    },
  });

  // Keep the newest message in view as messages arrive.
  const logRef = useRef<HTMLDivElement>(null);
  const last = live.messages[live.messages.length - 1];
  const lastKey = last ? `${last.id}:${last.status ?? ''}` : '';
  useEffect(() => {
    const log = logRef.current;
    if (log && lastKey) log.scrollTop = log.scrollHeight;
  }, [lastKey]);

  // A link to one message (#m12, from a notification) brings it into view once it has loaded.
  const { hash } = useLocation();
  const loaded = live.messages.length;
  useEffect(() => {
    const target = /^#m\d+$/.test(hash) ? document.getElementById(hash.slice(1)) : null;
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.classList.add('message--target');
  }, [hash, loaded]);

  if (threadQuery.isPending) return <Loading label="Loading the discussion…" />;
  if (!thread)
    return (
      <div className="page">
        <h1>Discussion</h1>
        <ErrorMessage error={threadQuery.error} onRetry={() => void threadQuery.refetch()} />
        <p>
          <Link to="/discussions">Back to discussions</Link>
        </p>
      </div>
    );

  const viewers = live.presence.map((u) => (u.id === user?.id ? `${u.name} (you)` : u.name));
  const typing = typingText(typers);

  return (
    <div className="page thread-page">
      <p className="back-link">
        <Link to="/discussions">← All discussions</Link>
      </p>
      <header className="page-header page-header--with-action">
        <div>
          <h1>{thread.title}</h1>
          <p className="doc-result__badges">
            <span className={thread.visibility === 'public' ? 'badge badge--success' : 'badge badge--muted'}>
              {VISIBILITY_LABELS[thread.visibility]}
            </span>
            {thread.locked && (
              <span className="badge badge--warning" data-testid="locked-badge">
                Locked
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
            {thread.locked ? 'Unlock thread' : 'Lock thread'}
          </button>
        )}
      </header>
      {lock.isError && (
        <p className="notice notice--error" role="alert">
          {errorMessage(lock.error)}
        </p>
      )}
      <p className="thread-presence muted" data-testid="presence">
        {viewers.length > 0 && `Viewing now: ${viewers.join(', ')}`}
      </p>

      <section aria-labelledby="messages-heading" className="thread">
        <h2 id="messages-heading" className="visually-hidden">
          Messages
        </h2>
        {live.hasEarlier && (
          <p className="load-more">
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={live.loadingEarlier}
              onClick={() => void live.loadEarlier()}
            >
              {live.loadingEarlier ? 'Loading…' : 'Load earlier messages'}
            </button>
          </p>
        )}
        {live.loadError !== null && <ErrorMessage error={live.loadError} onRetry={live.reload} />}
        {!live.loaded && live.loadError === null && <Loading label="Loading messages…" />}
        {live.loaded && live.messages.length === 0 && (
          <EmptyState title="No messages yet">
            {thread.can.post ? 'Write the first message below.' : 'Messages will appear here.'}
          </EmptyState>
        )}
        <ThreadMessages
          live={live}
          canPost={thread.can.post}
          onReply={setReplyTo}
          label="Messages"
          logRef={logRef}
          testId="message-log"
        />
        <p className="thread__typing muted" aria-live="polite" data-testid="typing">
          {typing}
        </p>
        {thread.can.post ? (
          <Composer
            threadId={thread.id}
            onSend={live.send}
            onTyping={notifyTyping}
            replyTo={replyTo}
            onCancelReply={() => setReplyTo(null)}
          />
        ) : (
          <p className="notice" data-testid="cannot-post">
            {thread.locked
              ? 'This thread is locked: no new messages can be posted.'
              : 'You can read this thread; only members and hosts post.'}
          </p>
        )}
      </section>
    </div>
  );
}
