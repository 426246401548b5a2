import { useQuery } from '@tanstack/react-query';
import { LIMITS } from '@shared/limits';
import { listMeetings } from '../api/meetings';
import { queryKeys } from '../api/queryKeys';

/** The meetings the viewer may read, newest first, for meeting selects (one page is plenty). */
export function useMeetingOptions() {
  return useQuery({
    queryKey: queryKeys.meetingOptions,
    queryFn: async ({ signal }) => (await listMeetings({ limit: LIMITS.pageSizeMax }, signal)).items,
    staleTime: 5 * 60_000,
  });
}
