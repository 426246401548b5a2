import { useSearchParams } from 'react-router';
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
  useDocumentTitle('Notifications');
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
        <h1>Notifications</h1>
        <p className="lead">Mentions, replies to your messages, and changes to the work you are part of.</p>
      </header>
      <div className="toolbar">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(e) => setSearchParams(e.target.checked ? { show: 'unread' } : {}, { replace: true })}
          />
          Unread only
        </label>
        <p className="muted" aria-live="polite" data-testid="unread-summary">
          {unread ? `${unread} unread` : 'All read'}
        </p>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={!unread || markRead.isPending}
          onClick={() => markRead.mutate({ all: true })}
        >
          Mark all as read
        </button>
      </div>
      {query.isPending ? (
        <Loading label="Loading notifications…" />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={unreadOnly ? 'Nothing unread' : 'No notifications yet'}>
          When someone mentions you with @, replies to you or assigns you a follow-up, it appears here.
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
