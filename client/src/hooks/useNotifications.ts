import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationDto } from '@shared/schemas/notification';
import { queryKeys } from '../api/queryKeys';
import { i18n } from '../i18n';
import { useSocket } from './useSocket';

/** Loaded with the first request: the header's bell must not weigh on the first paint. */
const notificationsApi = () => import('../api/notifications');

/** The unread count (header badge, notification page); kept live by useNotificationEvents. */
export function useUnreadNotifications() {
  const query = useQuery({
    queryKey: [...queryKeys.notifications, 'unread-count'],
    queryFn: ({ signal }) => notificationsApi().then((api) => api.listNotifications({ limit: 1 }, signal)),
    staleTime: 60_000,
    refetchInterval: 5 * 60_000,
  });
  return query.data?.unreadCount ?? 0;
}

/**
 * Listens once (in the header's bell) for `notification:new`: it refreshes every notification
 * query, so the badge and an open notification page update without a reload, and announces it.
 */
export function useNotificationEvents() {
  const queryClient = useQueryClient();
  const { socket } = useSocket();
  useEffect(() => {
    if (!socket) return;
    const onNew = (n: NotificationDto) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
      announce(n.text);
    };
    socket.on('notification:new', onNew);
    // After a reconnect, anything that arrived while offline shows up in the count.
    const onConnect = () => void queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
    socket.on('connect', onConnect);
    return () => {
      socket.off('notification:new', onNew);
      socket.off('connect', onConnect);
    };
  }, [socket, queryClient]);
}

/** Marks notifications read and refreshes the badge and lists. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (which: { ids: string[] } | { all: true }) =>
      notificationsApi().then((api) => api.markNotificationsRead(which)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
}

/** Screen readers hear of a new notification through the polite live region in the layout. */
function announce(text: string) {
  const region = document.getElementById('live-announcer');
  if (region) region.textContent = i18n.t('discussions:notifications.announce', { text });
}
