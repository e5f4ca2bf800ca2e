import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Data only changes through this app, and every write announces itself via data:changed,
        // so refetching on every mount would only add flicker.
        staleTime: 5 * 60_000,
        // An IPC error is an answer, not a network hiccup: retrying gives the same answer.
        retry: false,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
