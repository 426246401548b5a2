import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { NotificationDto } from '@shared/schemas/notification';
import { DateTime } from '../../components/dates';
import { Isolated } from '../../components/UserText';
import type { NotificationGroup } from './groupNotifications';

/** What was said, as a quotation under the line. */
function Excerpt({ n }: { n: NotificationDto }) {
  const { t } = useTranslation('discussions');
  if (!n.excerpt) return null;
  return (
    <blockquote className="notification__excerpt">
      {n.actor ? (
        <span className="notification__who">
          <Isolated t={t} i18nKey="notifications.who" isolated={{ name: n.actor.name }} />
        </span>
      ) : null}
      <Isolated t={t} i18nKey="notifications.quoted" isolated={{ text: n.excerpt }} />
    </blockquote>
  );
}

/**
 * One line of the notification centre: the newest notification of a group with its excerpt, and,
 * for repeats, how many more there are with each of them behind "Show the earlier ones".
 */
export function NotificationItem({
  group,
  onOpen,
}: {
  group: NotificationGroup;
  onOpen: (group: NotificationGroup) => void;
}) {
  const { t } = useTranslation('discussions');
  const [newest, ...earlier] = group.items as [NotificationDto, ...NotificationDto[]];
  return (
    <li
      className={group.unread ? 'notification notification--unread' : 'notification'}
      data-testid="notification"
    >
      <div className="notification__main">
        <Link to={newest.link} className="notification__text" onClick={() => onOpen(group)}>
          {newest.text}
        </Link>
        {earlier.length > 0 && (
          <span className="badge badge--muted notification__count">
            {t('notifications.times', { count: earlier.length + 1 })}
          </span>
        )}
        <Excerpt n={newest} />
        {earlier.length > 0 && (
          <details className="notification__earlier">
            <summary>{t('notifications.earlier', { count: earlier.length })}</summary>
            <ul>
              {earlier.map((n) => (
                <li key={n.id}>
                  <Link to={n.link} onClick={() => onOpen(group)}>
                    <DateTime iso={n.createdAt} />
                  </Link>
                  <Excerpt n={n} />
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <span className="notification__meta muted">
        {group.unread && <span className="visually-hidden">{t('notifications.unreadHidden')}</span>}
        <DateTime iso={newest.createdAt} />
      </span>
    </li>
  );
}
