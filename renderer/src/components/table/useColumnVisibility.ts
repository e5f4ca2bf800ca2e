import { useCallback, useState } from 'react';
import { functionalUpdate, type ColumnVisibilityState, type Updater } from '@tanstack/react-table';

const storageKey = (tableId: string) => `wp.table.${tableId}.columns`;

function load(tableId: string, defaults: ColumnVisibilityState): ColumnVisibilityState {
  try {
    const raw = window.localStorage.getItem(storageKey(tableId));
    if (raw) {
      const parsed: unknown = JSON.parse(raw);
      if (parsed && typeof parsed === 'object') return { ...defaults, ...(parsed as ColumnVisibilityState) };
    }
  } catch {
    // Unreadable or blocked storage: fall back to the defaults rather than break the table.
  }
  return defaults;
}

/** Column visibility per table id, remembered in localStorage so a choice survives restarts. */
export function useColumnVisibility(tableId: string, defaults: ColumnVisibilityState) {
  const [visibility, setVisibility] = useState<ColumnVisibilityState>(() => load(tableId, defaults));
  const onChange = useCallback(
    (updater: Updater<ColumnVisibilityState>) => {
      setVisibility((prev) => {
        const next = functionalUpdate(updater, prev);
        try {
          window.localStorage.setItem(storageKey(tableId), JSON.stringify(next));
        } catch {
          // Storage full or blocked: the choice still holds for this session.
        }
        return next;
      });
    },
    [tableId],
  );
  return [visibility, onChange] as const;
}
