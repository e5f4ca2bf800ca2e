import { useCallback, useRef, useState } from 'react';
import type { Selection } from '../dnd/usePlannerDnd';

type Mods = { ctrlKey: boolean; metaKey: boolean; shiftKey: boolean };

/**
 * Selected bars or requests (never both). A plain click selects one; Ctrl/Cmd toggles; Shift adds bars, and
 * for requests takes the range from the last clicked card in the order the list shows.
 */
export function useSelection(listOrder: () => number[]) {
  const [selection, setSelection] = useState<Selection | null>(null);
  const lastRequest = useRef<number | null>(null);

  const select = useCallback((kind: Selection['kind'], id: number, e: Mods) => {
    setSelection((cur) => {
      const same = cur?.kind === kind ? cur.ids : new Set<number>();
      if (kind === 'requests' && e.shiftKey && lastRequest.current !== null) {
        const order = listOrder();
        const a = order.indexOf(lastRequest.current);
        const b = order.indexOf(id);
        if (a >= 0 && b >= 0) {
          const range = order.slice(Math.min(a, b), Math.max(a, b) + 1);
          return { kind, ids: new Set([...same, ...range]) };
        }
      }
      if (kind === 'requests') lastRequest.current = id;
      if (e.ctrlKey || e.metaKey || (kind === 'bars' && e.shiftKey)) {
        const next = new Set(same);
        if (!next.delete(id)) next.add(id);
        return next.size > 0 ? { kind, ids: next } : null;
      }
      if (cur?.kind === kind && cur.ids.size === 1 && cur.ids.has(id)) return cur;
      return { kind, ids: new Set([id]) };
    });
  }, [listOrder]);

  const clear = useCallback(() => setSelection(null), []);
  return { selection, select, clear, setSelection };
}
