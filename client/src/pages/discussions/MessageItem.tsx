import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { MessageDto } from '@shared/schemas/thread';
import { listMessageEdits } from '../../api/threads';
import { queryKeys } from '../../api/queryKeys';
import { ConfirmAction } from '../../components/ConfirmAction';
import { DateTime } from '../../components/dates';
import { ErrorMessage, Loading } from '../../components/QueryStatus';
import type { LocalMessage } from './messageList';
import { MessageEditForm } from './MessageEditForm';

interface MessageItemProps {
  message: LocalMessage;
  mine: boolean;
  canPost: boolean;
  canDeleteAny: boolean;
  onReply: (message: MessageDto) => void;
  onRetry: (clientId: string) => void;
  onEdit: (messageId: string, body: string) => Promise<void>;
  onDelete: (messageId: string) => Promise<void>;
}

function EditHistory({ messageId }: { messageId: string }) {
  const query = useQuery({
    queryKey: queryKeys.messageEdits(messageId),
    queryFn: ({ signal }) => listMessageEdits(messageId, signal),
  });
  if (query.isPending) return <Loading label="Loading earlier versions…" />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <ol className="message__history" aria-label="Earlier versions">
      {query.data.map((edit) => (
        <li key={edit.at}>
          <DateTime iso={edit.at} />: <span className="message__history-body">{edit.body}</span>
        </li>
      ))}
    </ol>
  );
}

/** One message: author, time, text, its reply quote, state and actions. */
export function MessageItem(props: MessageItemProps) {
  const { message, mine, canPost, canDeleteAny, onReply, onRetry, onEdit, onDelete } = props;
  const [editing, setEditing] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [actionError, setActionError] = useState('');
  const [deleting, setDeleting] = useState(false);
  const stored = !message.status;
  const author = message.author?.name ?? 'Former member';

  const del = () => {
    setDeleting(true);
    setActionError('');
    onDelete(message.id)
      .catch((err: unknown) => setActionError(err instanceof Error ? err.message : 'Could not delete'))
      .finally(() => setDeleting(false));
  };

  return (
    <article
      className={`message${mine ? ' message--mine' : ''}${message.deleted ? ' message--deleted' : ''}`}
      data-testid="message"
      id={stored ? `m${message.seq}` : undefined}
      data-seq={stored ? message.seq : undefined}
      aria-label={`${author}`}
    >
      <header className="message__head">
        <span className="message__author">{author}</span> <DateTime iso={message.createdAt} />
        {stored && message.editCount > 0 && !message.deleted && (
          <button
            type="button"
            className="link-button message__edited"
            aria-expanded={showHistory}
            onClick={() => setShowHistory((v) => !v)}
          >
            edited<span className="visually-hidden"> – show earlier versions</span>
          </button>
        )}
      </header>
      {message.deleted ? (
        <p className="message__body muted">Message deleted</p>
      ) : (
        <>
          {message.replyTo && (
            <blockquote className="message__quote">
              <span className="message__quote-author">{message.replyTo.author ?? 'Former member'}:</span>{' '}
              {message.replyTo.excerpt}
            </blockquote>
          )}
          {editing ? (
            <MessageEditForm
              initial={message.body}
              onCancel={() => setEditing(false)}
              onSave={async (body) => {
                await onEdit(message.id, body);
                setEditing(false);
              }}
            />
          ) : stored ? (
            <div className="message__body prose" dangerouslySetInnerHTML={{ __html: message.bodyHtml }} />
          ) : (
            <p className="message__body message__body--pending">{message.body}</p>
          )}
        </>
      )}
      {showHistory && <EditHistory messageId={message.id} />}
      {message.status === 'sending' && (
        <p className="message__status" data-testid="message-status">
          Sending…
        </p>
      )}
      {message.status === 'failed' && (
        <p className="message__status message__status--failed" data-testid="message-status" role="alert">
          Not sent{message.error ? ` (${message.error})` : ''} —{' '}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onRetry(message.clientId)}
          >
            Retry
          </button>
        </p>
      )}
      {stored && !message.deleted && !editing && (
        <div className="message__actions">
          {canPost && (
            <button type="button" className="link-button" onClick={() => onReply(message)}>
              Reply<span className="visually-hidden"> to {author}</span>
            </button>
          )}
          {mine && canPost && (
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              Edit<span className="visually-hidden"> your message</span>
            </button>
          )}
          {((mine && canPost) || canDeleteAny) && (
            <ConfirmAction
              label="Delete"
              question="Delete this message? Others will see “Message deleted”."
              confirmLabel="Yes, delete"
              onConfirm={del}
              pending={deleting}
              danger
            />
          )}
        </div>
      )}
      {actionError && (
        <p className="field__error" role="alert">
          {actionError}
        </p>
      )}
    </article>
  );
}
