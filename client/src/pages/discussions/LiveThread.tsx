import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MessageDto } from '@shared/schemas/thread';
import { useSession } from '../../hooks/useSession';
import { EmptyState, ErrorMessage, Loading, joinList } from '../../components/QueryStatus';
import { CannotPostHint } from './CannotPostHint';
import { Composer } from './Composer';
import { ThreadMessages } from './ThreadMessages';
import { useReaderPosition } from './useReaderPosition';
import { useThreadMessages } from './useThreadMessages';
import { typingText, useTyping } from './useTyping';

interface LiveThreadProps {
  threadId: string;
  canPost: boolean;
  locked: boolean;
  /** The log's accessible name. */
  label: string;
  /** The discussion page shows a fuller empty state than a discussion embedded in another page. */
  variant: 'page' | 'embedded';
}

/**
 * One thread, live: who is viewing it now, its messages (the reader keeps their place as new ones
 * arrive), who is typing, and the composer, or why there is none. The discussion page and the
 * discussions embedded in indicator, document, meeting and follow-up pages all use it.
 */
export function LiveThread({ threadId, canPost, locked, label, variant }: LiveThreadProps) {
  const { t } = useTranslation('discussions');
  const { user } = useSession();
  const live = useThreadMessages(threadId, user);
  const { typers, notifyTyping } = useTyping(live.socket, threadId, user?.id);
  const [replyTo, setReplyTo] = useState<MessageDto | null>(null);
  const position = useReaderPosition(live.messages, user?.id);

  // A link to one message (#m12, from a notification) brings it into view once it has loaded.
  const { hash } = useLocation();
  const loaded = live.messages.length;
  useEffect(() => {
    const target = /^#m\d+$/.test(hash) ? document.getElementById(hash.slice(1)) : null;
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.classList.add('message--target');
  }, [hash, loaded]);

  const viewers = live.presence.map((u) => (u.id === user?.id ? t('live.you', { name: u.name }) : u.name));
  return (
    <>
      <p className="thread-presence muted" data-testid="presence">
        {viewers.length > 0 && t('live.viewingNow', { names: joinList(viewers) })}
      </p>
      {live.hasEarlier && (
        <p className="load-more">
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={live.loadingEarlier}
            onClick={() => void live.loadEarlier()}
          >
            {live.loadingEarlier ? t('common:status.loading') : t('live.loadEarlier')}
          </button>
        </p>
      )}
      {live.loadError !== null && <ErrorMessage error={live.loadError} onRetry={live.reload} />}
      {!live.loaded && live.loadError === null && <Loading label={t('live.loadingMessages')} />}
      {live.loaded &&
        live.messages.length === 0 &&
        (variant === 'page' ? (
          <EmptyState title={t('live.noMessagesTitle')}>
            {canPost ? t('live.writeFirst') : t('live.willAppear')}
          </EmptyState>
        ) : (
          <p className="muted">{t('live.noMessages')}</p>
        ))}
      <ThreadMessages
        live={live}
        canPost={canPost}
        onReply={setReplyTo}
        label={label}
        logRef={position.logRef}
        endRef={position.endRef}
        dividerSeq={position.dividerSeq}
        unseen={position.unseen}
        onJump={position.jumpToNewest}
        testId="message-log"
      />
      <p className="thread__typing muted" aria-live="polite" data-testid="typing">
        {typingText(typers)}
      </p>
      {canPost ? (
        <Composer
          threadId={threadId}
          onSend={live.send}
          onTyping={notifyTyping}
          replyTo={replyTo}
          onCancelReply={() => setReplyTo(null)}
        />
      ) : (
        <CannotPostHint locked={locked} role={user?.role} />
      )}
    </>
  );
}
