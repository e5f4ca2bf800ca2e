import { useCallback, useState } from 'react';

export type ColumnWidths = Record<string, number>;

const storageKey = (tableId: string) => `wp.table.${tableId}.widths`;
export const MIN_WIDTH = 60;
export const MAX_WIDTH = 800;

function load(tableId: string): ColumnWidths {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(storageKey(tableId)) ?? '{}');
    if (parsed && typeof parsed === 'object') {
      return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'number' && v >= MIN_WIDTH && v <= MAX_WIDTH));
    }
  } catch {
    // Unreadable storage: the columns keep their designed widths.
  }
  return {};
}

/** Column widths the user dragged, per table id, remembered in localStorage like the column choice. */
export function useColumnWidths(tableId: string) {
  const [widths, setWidths] = useState<ColumnWidths>(() => load(tableId));
  const setWidth = useCallback(
    (columnId: string, width: number | null) => {
      setWidths((prev) => {
        const next = { ...prev };
        if (width === null) delete next[columnId];
        else next[columnId] = Math.round(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width)));
        try {
          window.localStorage.setItem(storageKey(tableId), JSON.stringify(next));
        } catch {
          // Storage full or blocked: the width still holds for this session.
        }
        return next;
      });
    },
    [tableId],
  );
  return [widths, setWidth] as const;
}
