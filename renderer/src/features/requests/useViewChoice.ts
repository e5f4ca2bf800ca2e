import { useCallback, useState } from 'react';

export type RequestsView = 'board' | 'table';

const KEY = 'wp.requests.view';

function stored(): RequestsView {
  try {
    return localStorage.getItem(KEY) === 'board' ? 'board' : 'table';
  } catch {
    return 'table';
  }
}

/**
 * Board or table, remembered on this computer like the tables' column choice. The table comes first: with a
 * year of requests most cards are closed, and the table answers "where is request X" fastest.
 */
export function useViewChoice(): [RequestsView, (v: RequestsView) => void] {
  const [view, setView] = useState<RequestsView>(stored);
  const choose = useCallback((v: RequestsView) => {
    setView(v);
    try {
      localStorage.setItem(KEY, v);
    } catch {
      // Storage may be unavailable (private mode, quota); the choice then lasts until the screen closes.
    }
  }, []);
  return [view, choose];
}
