import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/apiError';
import { queryKeys } from './api/queryKeys';

const isClientError = (err: unknown) => err instanceof ApiError && err.status >= 400 && err.status < 500;

/** One QueryClient for the app. A 401 from any query means the session ended: forget the user. */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (err, query) => {
        if (err instanceof ApiError && err.status === 401 && query.queryKey[0] !== queryKeys.session[0]) {
          queryClient.setQueryData(queryKeys.session, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // 4xx answers will not change on retry; network and 5xx errors get two more tries.
        retry: (failures, err) => !isClientError(err) && failures < 2,
      },
    },
  });
  return queryClient;
}
