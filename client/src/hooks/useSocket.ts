import { useEffect, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { UserDto } from '@shared/schemas/auth';
import { keyMatchesKind, queryKeys } from '../api/queryKeys';
import { useSession } from './useSession';
import { socketStore, type AppSocket, type ConnectionState } from './socketStore';

export type { ConnectionState } from './socketStore';

/**
 * The app's single realtime connection: opened while a user is signed in, closed when they sign
 * out. Open pages refresh when the server announces `entity:changed`.
 */
export function useSocket(): { socket: AppSocket | null; state: ConnectionState } {
  const { user } = useSession();
  const queryClient = useQueryClient();
  const userId = user?.id ?? null;

  useEffect(() => {
    if (!userId) {
      socketStore.close();
      return;
    }
    socketStore.open(userId, {
      onEntityChanged: ({ kind }) =>
        void queryClient.invalidateQueries({ predicate: (q) => keyMatchesKind(q.queryKey, kind) }),
      onSessionEnded: () => {
        socketStore.close();
        queryClient.setQueryData<UserDto | null>(queryKeys.session, null);
      },
      recheckSession: () => void queryClient.invalidateQueries({ queryKey: queryKeys.session }),
    });
  }, [userId, queryClient]);

  const snapshot = useSyncExternalStore(socketStore.subscribe, socketStore.getSnapshot);
  return userId ? snapshot : { socket: null, state: 'offline' };
}
