import { useTranslation } from 'react-i18next';

/** The parts of an infinite query that "Load more" needs. */
interface NextPageQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** "Load more" under a paginated list; renders nothing when there is no next page. */
export function LoadMoreButton({ query }: { query: NextPageQuery }) {
  const { t } = useTranslation('common');
  if (!query.hasNextPage) return null;
  return (
    <p className="load-more">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void query.fetchNextPage()}
        disabled={query.isFetchingNextPage}
      >
        {query.isFetchingNextPage ? t('status.loading') : t('actions.loadMore')}
      </button>
    </p>
  );
}
