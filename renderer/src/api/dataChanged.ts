import type { QueryClient } from '@tanstack/react-query';

/**
 * Refetches after a write. Lists join several tables (a request row shows its SME and offering, a report reads
 * almost everything), so mapping table names to channels would be a second copy of the SQL that can drift;
 * invalidating every query is always correct and only the queries on screen refetch right away.
 * Returns the unsubscribe function.
 */
export function subscribeToDataChanges(queryClient: QueryClient): () => void {
  const api = (globalThis as { api?: Window['api'] }).api;
  if (!api?.onDataChanged) return () => {};
  let scheduled = false;
  return api.onDataChanged(() => {
    // One write can announce several tables in quick succession: refetch once.
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      void queryClient.invalidateQueries();
    });
  });
}
