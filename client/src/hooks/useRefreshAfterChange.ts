import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';

type Kind = 'users' | 'invitations' | 'applications' | 'organisations' | 'organisation';

/**
 * After an administrative change: refetch the lists it may have altered, and the audit log, which
 * gains an entry for every such change.
 */
export function useRefreshAfterChange(): (...kinds: Kind[]) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (...kinds: Kind[]) => {
      for (const kind of [...kinds, 'audit']) void queryClient.invalidateQueries({ queryKey: [kind] });
    },
    [queryClient],
  );
}
