import { keepPreviousData, useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import type { List } from '@shared/schemas/common';

/**
 * A cursor-paged list that keeps showing the previous results while new filters load.
 * Returns the query (for status, retry and "Load more") and every item loaded so far.
 */
export function usePagedList<TItem>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | null, signal: AbortSignal) => Promise<List<TItem>>,
) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return { query, items };
}
