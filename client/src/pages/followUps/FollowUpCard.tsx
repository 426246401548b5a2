import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FollowUpDto } from '@shared/schemas/followUp';
import { formatDate } from '../../components/dates';
import { FOLLOW_UP_STATUS_LABELS } from '../../components/labels';

/** A follow-up's due date, or "No date". */
export function DueDate({ dueAt }: { dueAt: string | null }) {
  const { t } = useTranslation('meetings');
  return dueAt ? <time dateTime={dueAt}>{formatDate(dueAt)}</time> : <>{t('followUps.card.noDate')}</>;
}

/** Status as a badge; overdue items get a second, red badge with the word (never colour alone). */
export function FollowUpBadges({ item }: { item: FollowUpDto }) {
  const { t } = useTranslation('meetings');
  return (
    <span className="followup-badges">
      <span className={`badge followup-status followup-status--${item.status}`}>
        {FOLLOW_UP_STATUS_LABELS[item.status]}
      </span>
      {item.overdue && <span className="badge badge--danger">{t('followUps.card.overdue')}</span>}
    </span>
  );
}

/** One follow-up in a list: title, status, owner, assignee and due date. */
export function FollowUpCard({ item, headingLevel = 2 }: { item: FollowUpDto; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('meetings');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article
      className={item.overdue ? 'card followup-card followup-card--overdue' : 'card followup-card'}
      data-testid="followup-card"
    >
      <div className="followup-card__head">
        <Heading className="card__title" dir="auto">
          <Link to={`/follow-ups/${item.id}`}>{item.title}</Link>
        </Heading>
        <FollowUpBadges item={item} />
      </div>
      <dl className="followup-card__facts">
        <div>
          <dt>{t('followUps.card.owner')}</dt>
          <dd>
            <bdi>{item.owner?.name ?? t('followUps.card.notRecorded')}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('followUps.card.assignee')}</dt>
          <dd>
            <bdi>{item.assignee?.name ?? t('followUps.card.nobody')}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('followUps.card.due')}</dt>
          <dd>
            <DueDate dueAt={item.dueAt} />
          </dd>
        </div>
        {item.meeting && (
          <div>
            <dt>{t('followUps.card.from')}</dt>
            <dd>
              <Link to={`/meetings/${item.meeting.slug}`} dir="auto">
                {item.meeting.title}
              </Link>
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}
