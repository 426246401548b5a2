import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listNotifications } from '../api/notifications';
import { queryKeys } from '../api/queryKeys';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { usePagedList } from '../hooks/usePagedList';
import { useMarkNotificationsRead, useUnreadNotifications } from '../hooks/useNotifications';
import { LoadMoreButton } from '../components/LoadMoreButton';
import { EmptyState, ErrorMessage, Loading } from '../components/QueryStatus';
import { groupNotifications, type NotificationGroup } from './notifications/groupNotifications';
import { NotificationItem } from './notifications/NotificationItem';

const PAGE_SIZE = 20;

/**
 * `/notifications`: mentions, replies and changes to what you follow, newest first, with what was
 * said; repeats about the same thing (three mentions in one discussion) share a line.
 */
export function NotificationsPage() {
  const { t } = useTranslation('discussions');
  useDocumentTitle(t('notifications.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const unreadOnly = searchParams.get('show') === 'unread';
  const unread = useUnreadNotifications();
  const markRead = useMarkNotificationsRead();
  const { query, items } = usePagedList([...queryKeys.notifications, { unreadOnly }], (cursor, signal) =>
    listNotifications({ cursor, limit: PAGE_SIZE, unread: unreadOnly }, signal),
  );

  // Opening a line marks all of its repeats read.
  const open = (group: NotificationGroup) => {
    const ids = group.items.filter((n) => !n.readAt).map((n) => n.id);
    if (ids.length) markRead.mutate({ ids });
  };

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('notifications.title')}</h1>
        <p className="lead">{t('notifications.lead')}</p>
      </header>
      <div className="toolbar">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(e) => setSearchParams(e.target.checked ? { show: 'unread' } : {}, { replace: true })}
          />
          {t('notifications.unreadOnly')}
        </label>
        <p className="muted" aria-live="polite" data-testid="unread-summary">
          {unread ? t('notifications.unread', { count: unread }) : t('notifications.allRead')}
        </p>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={!unread || markRead.isPending}
          onClick={() => markRead.mutate({ all: true })}
        >
          {t('notifications.markAllRead')}
        </button>
      </div>
      {query.isPending ? (
        <Loading label={t('notifications.loading')} />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={unreadOnly ? t('notifications.nothingUnread') : t('notifications.none')}>
          {t('notifications.emptyText')}
        </EmptyState>
      ) : (
        <ul className="notification-list" data-testid="notification-list">
          {groupNotifications(items).map((group) => (
            <NotificationItem key={group.key} group={group} onOpen={open} />
          ))}
        </ul>
      )}
      <LoadMoreButton query={query} />
    </div>
  );
}
