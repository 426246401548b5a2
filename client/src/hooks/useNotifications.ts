import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationDto } from '@shared/schemas/notification';
import { listNotifications, markNotificationsRead } from '../api/notifications';
import { queryKeys } from '../api/queryKeys';
import { useSocket } from './useSocket';

/**
 * The unread count for the header badge, kept live: a `notification:new` from the server refreshes
 * every notification query, so the badge and an open notification page update without a reload.
 */
export function useUnreadNotifications(enabled: boolean) {
  const queryClient = useQueryClient();
  const { socket } = useSocket();
  const query = useQuery({
    queryKey: [...queryKeys.notifications, 'unread-count'],
    queryFn: ({ signal }) => listNotifications({ limit: 1 }, signal),
    enabled,
    staleTime: 60_000,
    refetchInterval: 5 * 60_000,
  });
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
  return query.data?.unreadCount ?? 0;
}

/** Marks notifications read and refreshes the badge and lists. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
}

/** Screen readers hear of a new notification through the polite live region in the layout. */
function announce(text: string) {
  const region = document.getElementById('live-announcer');
  if (region) region.textContent = `New notification: ${text}`;
}
