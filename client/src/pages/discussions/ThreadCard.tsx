import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import type { ThreadDto } from '@shared/schemas/thread';
import { VISIBILITY_LABELS } from '../../components/labels';
import { formatDateTime } from '../../components/dates';
import { isolate } from '../../components/UserText';

/** One thread in the list: title, badges and last activity. */
export function ThreadCard({ thread }: { thread: ThreadDto }) {
  const { t } = useTranslation('discussions');
  const activity = thread.lastMessageAt ?? thread.createdAt;
  const activityKey = thread.lastMessageAt
    ? thread.createdBy
      ? 'card.lastMessageStartedBy'
      : 'card.lastMessage'
    : thread.createdBy
      ? 'card.startedBy'
      : 'card.started';
  return (
    <article className="card thread-card" data-testid="thread-card">
      <h3 className="doc-result__title" dir="auto">
        <Link to={`/discussions/${thread.id}`}>{thread.title}</Link>
      </h3>
      <p className="doc-result__badges">
        {thread.unread > 0 && (
          <span className="badge badge--danger" data-testid="unread-badge">
            {t('card.unread', { count: thread.unread })}
          </span>
        )}
        <span className="badge">{t(`card.subjects.${thread.subject.type}`)}</span>
        <span className={thread.visibility === 'public' ? 'badge badge--success' : 'badge badge--muted'}>
          {VISIBILITY_LABELS[thread.visibility]}
        </span>
        {thread.locked && <span className="badge badge--warning">{t('thread.locked')}</span>}
      </p>
      <p className="meta-line muted">
        <Trans
          t={t}
          i18nKey={activityKey}
          values={{
            date: formatDateTime(activity),
            name: thread.createdBy && isolate(thread.createdBy.name),
          }}
          components={{ time: <time dateTime={activity} /> }}
        />
      </p>
    </article>
  );
}
