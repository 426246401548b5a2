import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { useNotificationEvents, useUnreadNotifications } from '../hooks/useNotifications';

/**
 * The header's way into the notification centre, with the live unread count. `placement` tells the
 * copy in the user menu (wide screens, and inside the open menu) from the one beside the phone's
 * Menu button, which keeps the count in sight while the menu is closed.
 */
export function NotificationBell({
  onNavigate,
  placement = 'menu',
}: {
  onNavigate: () => void;
  placement?: 'menu' | 'bar';
}) {
  const { t } = useTranslation('common');
  const unread = useUnreadNotifications();
  const label = unread ? t('notificationBell.labelUnread', { count: unread }) : t('notificationBell.label');
  return (
    <Link
      to="/notifications"
      className={`notification-bell notification-bell--${placement}`}
      aria-label={label}
      title={label}
      onClick={onNavigate}
      data-testid={placement === 'bar' ? 'notification-bell-bar' : 'notification-bell'}
    >
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {unread > 0 && (
        <span
          className="notification-bell__badge"
          data-testid={placement === 'bar' ? 'notification-count-bar' : 'notification-count'}
        >
          {unread > 99 ? `${formatNumber(99)}+` : formatNumber(unread)}
        </span>
      )}
    </Link>
  );
}

/** Listens for new notifications once for the whole header (both bells share the count). */
export function NotificationEvents() {
  useNotificationEvents();
  return null;
}
