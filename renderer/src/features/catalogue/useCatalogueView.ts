import { useCallback, useState } from 'react';

export type CatalogueView = 'cards' | 'table';
const KEY = 'wp.catalogue.view';

/** Cards (to read what is offered) or a table (to sort, filter and compare); remembered on this computer. */
export function useCatalogueView(): [CatalogueView, (v: CatalogueView) => void] {
  const [view, setView] = useState<CatalogueView>(() => {
    try {
      return localStorage.getItem(KEY) === 'table' ? 'table' : 'cards';
    } catch {
      return 'cards';
    }
  });
  const choose = useCallback((v: CatalogueView) => {
    setView(v);
    try {
      localStorage.setItem(KEY, v);
    } catch {
      // Storage may be unavailable; the choice then lasts until the screen closes.
    }
  }, []);
  return [view, choose];
}
