import type { Ref } from 'react';
import type { MessageDto } from '@shared/schemas/thread';
import { useSession } from '../../hooks/useSession';
import { MessageItem } from './MessageItem';
import type { useThreadMessages } from './useThreadMessages';

type LiveMessages = Pick<ReturnType<typeof useThreadMessages>, 'messages' | 'retry' | 'edit' | 'remove'>;

interface ThreadMessagesProps {
  live: LiveMessages;
  canPost: boolean;
  onReply: (message: MessageDto) => void;
  /** The log's accessible name. */
  label: string;
  /** The log element, for callers that keep the newest message in view. */
  logRef?: Ref<HTMLDivElement>;
  testId?: string;
}

/**
 * A thread's live message log, shared by the discussion page and the indicator page: every
 * message (pending ones keyed by their clientId) with reply, retry, edit and delete.
 */
export function ThreadMessages({ live, canPost, onReply, label, logRef, testId }: ThreadMessagesProps) {
  const { user, isHost } = useSession();
  return (
    <div
      ref={logRef}
      className="thread__log"
      role="log"
      aria-live="polite"
      aria-label={label}
      data-testid={testId}
    >
      {live.messages.map((m) => (
        <MessageItem
          key={m.status ? `local-${m.clientId}` : m.id}
          message={m}
          mine={Boolean(user && m.author?.id === user.id)}
          canPost={canPost}
          canDeleteAny={isHost}
          onReply={onReply}
          onRetry={live.retry}
          onEdit={live.edit}
          onDelete={live.remove}
        />
      ))}
    </div>
  );
}
