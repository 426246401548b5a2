import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('discussions');
  const query = useQuery({
    queryKey: queryKeys.messageEdits(messageId),
    queryFn: ({ signal }) => listMessageEdits(messageId, signal),
  });
  if (query.isPending) return <Loading label={t('message.loadingVersions')} />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <ol className="message__history" aria-label={t('message.earlierVersions')}>
      {query.data.map((edit) => (
        <li key={edit.at}>
          <DateTime iso={edit.at} />:{' '}
          <span className="message__history-body" dir="auto">
            {edit.body}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** One message: author, time, text, its reply quote, state and actions. */
export function MessageItem(props: MessageItemProps) {
  const { message, mine, canPost, canDeleteAny, onReply, onRetry, onEdit, onDelete } = props;
  const { t } = useTranslation('discussions');
  const [editing, setEditing] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [actionError, setActionError] = useState('');
  const [deleting, setDeleting] = useState(false);
  const stored = !message.status;
  const author = message.author?.name ?? t('message.formerMember');

  const del = () => {
    setDeleting(true);
    setActionError('');
    onDelete(message.id)
      .catch((err: unknown) =>
        setActionError(err instanceof Error ? err.message : t('message.couldNotDelete')),
      )
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
        <bdi className="message__author">{author}</bdi> <DateTime iso={message.createdAt} />
        {stored && message.editCount > 0 && !message.deleted && (
          <button
            type="button"
            className="link-button message__edited"
            aria-expanded={showHistory}
            onClick={() => setShowHistory((v) => !v)}
          >
            <Trans
              t={t}
              i18nKey="message.edited"
              components={{ hidden: <span className="visually-hidden" /> }}
            />
          </button>
        )}
      </header>
      {message.deleted ? (
        <p className="message__body muted">{t('message.deleted')}</p>
      ) : (
        <>
          {message.replyTo && (
            <blockquote className="message__quote">
              <span className="message__quote-author">
                <bdi>{message.replyTo.author ?? t('message.formerMember')}</bdi>:
              </span>{' '}
              <bdi>{message.replyTo.excerpt}</bdi>
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
            <div
              className="message__body prose"
              dir="auto"
              dangerouslySetInnerHTML={{ __html: message.bodyHtml }}
            />
          ) : (
            <p className="message__body message__body--pending" dir="auto">
              {message.body}
            </p>
          )}
        </>
      )}
      {showHistory && <EditHistory messageId={message.id} />}
      {message.status === 'sending' && (
        <p className="message__status" data-testid="message-status">
          {t('message.sending')}
        </p>
      )}
      {message.status === 'failed' && (
        <p className="message__status message__status--failed" data-testid="message-status" role="alert">
          <Trans
            t={t}
            i18nKey={message.error ? 'message.notSentBecause' : 'message.notSent'}
            values={{ error: message.error }}
            components={{
              retry: (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => onRetry(message.clientId)}
                />
              ),
            }}
          />
        </p>
      )}
      {stored && !message.deleted && !editing && (
        <div className="message__actions">
          {canPost && (
            <button type="button" className="link-button" onClick={() => onReply(message)}>
              <Trans
                t={t}
                i18nKey="message.reply"
                values={{ name: author }}
                components={{ hidden: <span className="visually-hidden" /> }}
              />
            </button>
          )}
          {mine && canPost && (
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              <Trans
                t={t}
                i18nKey="message.edit"
                components={{ hidden: <span className="visually-hidden" /> }}
              />
            </button>
          )}
          {((mine && canPost) || canDeleteAny) && (
            <ConfirmAction
              label={t('common:actions.delete')}
              question={t('message.deleteQuestion')}
              confirmLabel={t('message.deleteConfirm')}
              onConfirm={del}
              pending={deleting}
              danger
              asLink
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
