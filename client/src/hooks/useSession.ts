import { useCallback } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginInput, UserDto } from '@shared/schemas/auth';
import { queryKeys } from '../api/queryKeys';
import { socketStore } from './socketStore';

/** The API calls load with the first request, not with the page: the first paint needs none of them. */
const authApi = () => import('../api/auth');

const isNotSession = (query: { queryKey: readonly unknown[] }) => query.queryKey[0] !== queryKeys.session[0];

/**
 * The signed-in user (null when anonymous) from GET /api/auth/session, with login and logout
 * mutations that update the cached session and refresh what the viewer may read.
 */
export function useSession() {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.session,
    queryFn: ({ signal }) => authApi().then((api) => api.session(signal)),
    staleTime: 5 * 60_000,
  });

  const loginMutation = useMutation({
    mutationFn: (input: LoginInput) => authApi().then((api) => api.login(input)),
    onSuccess: (user) => {
      queryClient.setQueryData<UserDto | null>(queryKeys.session, user);
      // Signed-in readers may see more (members-only meetings): refetch everything else.
      void queryClient.invalidateQueries({ predicate: isNotSession });
    },
  });

  const logoutMutation = useMutation({
    mutationFn: () => authApi().then((api) => api.logout()),
    onSuccess: () => {
      socketStore.close();
      queryClient.setQueryData<UserDto | null>(queryKeys.session, null);
      void queryClient.resetQueries({ predicate: isNotSession });
    },
  });

  const user = query.data ?? null;
  return {
    user,
    /** True until we know whether the visitor is signed in. */
    isLoading: query.isPending,
    error: query.error,
    isHost: user?.role === 'host',
    login: loginMutation,
    logout: logoutMutation,
  };
}

/**
 * Makes a user the server has just signed in (accepting an invitation, resetting a password) the
 * session user, so the header shows them at once. Other queries are marked stale without refetching
 * now: the page that started this is about to navigate away, and the next page refetches on mount.
 */
export function useAdoptSession(): (user: UserDto) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (user: UserDto) => {
      queryClient.setQueryData<UserDto | null>(queryKeys.session, user);
      void queryClient.invalidateQueries({ predicate: isNotSession, refetchType: 'none' });
    },
    [queryClient],
  );
}
