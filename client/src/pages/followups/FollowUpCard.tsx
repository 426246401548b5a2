import { Link } from 'react-router';
import type { ActionDto } from '@shared/schemas/action';
import { formatDate } from '../../components/dates';
import { ACTION_STATUS_LABELS } from './labels';

/** Status as a badge; overdue items get a second, red badge with the word (never colour alone). */
/** A follow-up's due date, or "No date". */
export function DueDate({ dueAt }: { dueAt: string | null }) {
  return dueAt ? <time dateTime={dueAt}>{formatDate(dueAt)}</time> : <>No date</>;
}

export function FollowUpBadges({ item }: { item: ActionDto }) {
  return (
    <span className="followup-badges">
      <span className={`badge followup-status followup-status--${item.status}`}>
        {ACTION_STATUS_LABELS[item.status]}
      </span>
      {item.overdue && <span className="badge badge--danger">Overdue</span>}
    </span>
  );
}

/** One follow-up in a list: title, status, owner, assignee and due date. */
export function FollowUpCard({ item, headingLevel = 2 }: { item: ActionDto; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article
      className={item.overdue ? 'card followup-card followup-card--overdue' : 'card followup-card'}
      data-testid="followup-card"
    >
      <div className="followup-card__head">
        <Heading className="card__title">
          <Link to={`/follow-ups/${item.id}`}>{item.title}</Link>
        </Heading>
        <FollowUpBadges item={item} />
      </div>
      <dl className="followup-card__facts">
        <div>
          <dt>Owner</dt>
          <dd>{item.owner?.name ?? 'Not recorded'}</dd>
        </div>
        <div>
          <dt>Assignee</dt>
          <dd>{item.assignee?.name ?? 'Nobody yet'}</dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>
            <DueDate dueAt={item.dueAt} />
          </dd>
        </div>
        {item.meeting && (
          <div>
            <dt>From</dt>
            <dd>
              <Link to={`/meetings/${item.meeting.slug}`}>{item.meeting.title}</Link>
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}
