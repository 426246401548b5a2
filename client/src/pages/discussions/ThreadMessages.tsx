import { Fragment, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
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
  logRef?: Ref<HTMLDivElement>;
  /** An empty marker after the last message: on screen means the reader is at the end. */
  endRef?: Ref<HTMLDivElement>;
  /** The first message that arrived while the reader was further up: a divider goes before it. */
  dividerSeq?: number | null;
  /** How many new messages are below the reader's position (a jump button says so). */
  unseen?: number;
  onJump?: () => void;
  testId?: string;
}

/**
 * A thread's live message log, shared by the discussion page and the embedded discussions: every
 * message (pending ones keyed by their clientId) with reply, retry, edit and delete, a "New
 * messages" divider and a button to jump to the newest.
 */
export function ThreadMessages(props: ThreadMessagesProps) {
  const { live, canPost, onReply, label, logRef, endRef, dividerSeq, unseen = 0, onJump, testId } = props;
  const { user, isHost } = useSession();
  const { t } = useTranslation('discussions');
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
        <Fragment key={m.status ? `local-${m.clientId}` : m.id}>
          {!m.status && m.seq === dividerSeq && (
            <p className="thread__divider" role="separator" data-testid="new-messages-divider">
              <span>{t('live.newMessages')}</span>
            </p>
          )}
          <MessageItem
            message={m}
            mine={Boolean(user && m.author?.id === user.id)}
            canPost={canPost}
            canDeleteAny={isHost}
            onReply={onReply}
            onRetry={live.retry}
            onEdit={live.edit}
            onDelete={live.remove}
          />
        </Fragment>
      ))}
      {unseen > 0 && onJump && (
        <button type="button" className="button button--small thread__jump" onClick={onJump}>
          {t('live.jump', { count: unseen })}
        </button>
      )}
      {live.messages.length > 0 && <div ref={endRef} className="thread__end" aria-hidden="true" />}
    </div>
  );
}
