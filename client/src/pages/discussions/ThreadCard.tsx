import { Link } from 'react-router';
import type { ThreadDto } from '@shared/schemas/thread';
import { VISIBILITY_LABELS } from '../../components/labels';
import { DateTime } from '../../components/dates';

const SUBJECT_LABELS: Record<ThreadDto['subject']['type'], string> = {
  general: 'General',
  document: 'Document',
  meeting: 'Meeting',
  indicator: 'Indicator',
  action: 'Action',
};

/** One thread in the list: title, badges and last activity. */
export function ThreadCard({ thread }: { thread: ThreadDto }) {
  const activity = thread.lastMessageAt ?? thread.createdAt;
  return (
    <article className="card thread-card" data-testid="thread-card">
      <h3 className="doc-result__title">
        <Link to={`/discussions/${thread.id}`}>{thread.title}</Link>
      </h3>
      <p className="doc-result__badges">
        {thread.unread > 0 && (
          <span className="badge badge--danger" data-testid="unread-badge">
            {thread.unread} unread
          </span>
        )}
        <span className="badge">{SUBJECT_LABELS[thread.subject.type]}</span>
        <span className={thread.visibility === 'public' ? 'badge badge--success' : 'badge badge--muted'}>
          {VISIBILITY_LABELS[thread.visibility]}
        </span>
        {thread.locked && <span className="badge badge--warning">Locked</span>}
      </p>
      <p className="meta-line muted">
        {thread.lastMessageAt ? 'Last message ' : 'Started '}
        <DateTime iso={activity} />
        {thread.createdBy && ` · started by ${thread.createdBy.name}`}
      </p>
    </article>
  );
}
