import { Button } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

/** One page of a list as the api gives it: `{items, nextCursor}` (null on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

/**
 * A list the api pages with `nextCursor`, loaded a page at a time: the items loaded so far, and
 * `fetchNextPage` for the next ones (shown by `LoadMoreButton`). Invalidating `queryKey` reloads
 * every page already shown.
 */
export function usePagedList<T>(queryKey: readonly unknown[], fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {
  const query = useInfiniteQuery({
    queryKey,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

/** "Load more" under a paged list, while the api has more. */
export function LoadMoreButton({ list }: { list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown } }) {
  const { t } = useTranslation();
  if (!list.hasNextPage) return null;
  return (
    <Button variant="default" w="fit-content" mt="sm" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
      {t('common.loadMore')}
    </Button>
  );
}
