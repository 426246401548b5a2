import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IndicatorDto } from '@shared/schemas/indicator';
import type { MessageDto } from '@shared/schemas/thread';
import { createThread, listThreads } from '../../api/threads';
import { queryKeys } from '../../api/queryKeys';
import { useSession } from '../../hooks/useSession';
import { EmptyState, ErrorMessage, Loading, errorMessage } from '../../components/QueryStatus';
import { Composer } from '../discussions/Composer';
import { ThreadMessages } from '../discussions/ThreadMessages';
import { useThreadMessages } from '../discussions/useThreadMessages';

/**
 * The indicator's own thread, live on the page: messages arrive over the socket as on the
 * discussion page. Members start it on first use; anonymous visitors see a sign-in hint.
 */
export function IndicatorDiscussion({ indicator }: { indicator: IndicatorDto }) {
  const { user } = useSession();
  const queryClient = useQueryClient();
  const subjectId = indicator.id;
  const params = { subjectType: 'indicator' as const, subjectId, limit: 1 };
  const threads = useQuery({
    queryKey: queryKeys.threads(params),
    queryFn: ({ signal }) => listThreads(params, signal),
    enabled: Boolean(user && subjectId),
  });
  const start = useMutation({
    mutationFn: () =>
      createThread({
        subjectType: 'indicator',
        subjectId,
        title: `Discussion: ${indicator.code} ${indicator.title}`.slice(0, 200),
        visibility: indicator.visibility === 'hosts' ? 'hosts' : 'members',
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['threads'] }),
  });
  if (!user)
    return (
      <p>
        <Link to={`/sign-in?next=${encodeURIComponent(`/indicators/${indicator.code}`)}`}>Sign in</Link> to
        read and join the discussion of this indicator.
      </p>
    );
  if (threads.isPending) return <Loading label="Loading the discussion…" />;
  if (threads.isError) return <ErrorMessage error={threads.error} onRetry={() => void threads.refetch()} />;
  const thread = threads.data.items[0];
  if (!thread) {
    const canStart = user.role === 'member' || user.role === 'host';
    return (
      <EmptyState title="No discussion yet">
        {canStart ? (
          <>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => start.mutate()}
              disabled={start.isPending}
            >
              {start.isPending ? 'Starting…' : 'Start the discussion'}
            </button>
            {start.isError && <p className="field__error">{errorMessage(start.error)}</p>}
          </>
        ) : (
          'Members start the discussion of an indicator.'
        )}
      </EmptyState>
    );
  }
  return <LiveThread threadId={thread.id} canPost={thread.can.post} />;
}

function LiveThread({ threadId, canPost }: { threadId: string; canPost: boolean }) {
  const { user } = useSession();
  const live = useThreadMessages(threadId, user);
  const [replyTo, setReplyTo] = useState<MessageDto | null>(null);
  return (
    <div className="thread indicator-thread">
      {live.loadError !== null && <ErrorMessage error={live.loadError} onRetry={live.reload} />}
      {!live.loaded && live.loadError === null && <Loading label="Loading messages…" />}
      {live.loaded && live.messages.length === 0 && <p className="muted">No messages yet.</p>}
      <ThreadMessages live={live} canPost={canPost} onReply={setReplyTo} label="Discussion messages" />
      {canPost && (
        <Composer
          threadId={threadId}
          onSend={live.send}
          onTyping={() => undefined}
          replyTo={replyTo}
          onCancelReply={() => setReplyTo(null)}
        />
      )}
      <p>
        <Link to={`/discussions/${threadId}`}>Open the full discussion</Link>
      </p>
    </div>
  );
}
