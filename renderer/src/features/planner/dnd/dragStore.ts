import { useSyncExternalStore } from 'react';
import type { DragSource, DropTarget, Proposal } from '../model/proposal';

/**
 * The live state of a drag: what is dragged, the cell under it and what a drop there would do. It changes on
 * every hovered cell, so it lives outside React state: only the drop preview and the header band subscribe, and
 * the hundreds of rows and bars do not re-render while the pointer moves.
 */
export interface DragState {
  source: DragSource | null;
  via: 'pointer' | 'keyboard' | null;
  target: DropTarget | null;
  proposal: Proposal | null;
}

const EMPTY: DragState = { source: null, via: null, target: null, proposal: null };

export class DragStore {
  private state: DragState = EMPTY;
  private listeners = new Set<() => void>();

  get = (): DragState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(next: Partial<DragState>): void {
    this.state = { ...this.state, ...next };
    this.listeners.forEach((l) => l());
  }

  reset(): void {
    this.state = EMPTY;
    this.listeners.forEach((l) => l());
  }
}

export const sameTarget = (a: DropTarget | null, b: DropTarget | null): boolean => {
  if (a === b) return true;
  if (!a || !b || a.kind !== b.kind) return false;
  return a.kind === 'list' || (b.kind === 'cell' && a.order === b.order && a.col === b.col);
};

export function useDragState(store: DragStore): DragState {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/** A small part of the drag state; the caller re-renders only when that part changes (compare by value). */
export function useDragSelector<T extends string | number | boolean | null>(store: DragStore, select: (s: DragState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()), () => select(store.get()));
}
