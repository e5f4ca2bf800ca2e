import {
  KeyboardCode, KeyboardSensor, PointerSensor, useSensor, useSensors, type CollisionDetection, type KeyboardCoordinateGetter,
  type Modifier,
} from '@dnd-kit/core';
import { getEventCoordinates } from '@dnd-kit/utilities';
import { useMemo } from 'react';
import type { DropTarget } from '../model/proposal';
import type { DragStore } from './dragStore';
import { overGrid, overList, revealCell, type Geometry } from './geometry';

export const GRID_DROP_ID = 'planner-grid';
export const LIST_DROP_ID = 'planner-unplanned';

export interface DndRefs {
  geometry: Geometry;
  store: DragStore;
  /** Sets a new target and recomputes what a drop there would do. */
  retarget: (target: DropTarget) => void;
}

/**
 * The pointer is over the list or the grid by their visible boxes (the grid's content box is far larger than
 * what is on screen). A keyboard drag only ever targets grid cells, so the grid's scroll container is the one
 * the keyboard sensor scrolls to keep the chosen cell in view.
 */
export function plannerCollisions(refs: () => DndRefs): CollisionDetection {
  return ({ pointerCoordinates }) => {
    const g = refs().geometry;
    if (!pointerCoordinates) return [{ id: GRID_DROP_ID }];
    if (overList(g, pointerCoordinates)) return [{ id: LIST_DROP_ID }];
    if (overGrid(g, pointerCoordinates)) return [{ id: GRID_DROP_ID }];
    return [];
  };
}

/**
 * Arrow keys move a picked-up request or bar one week (left/right) or one team (up/down). The target lives in
 * the drag store; the coordinates returned are the chosen cell's corner on screen, after scrolling it into view.
 */
export function plannerCoordinates(refs: () => DndRefs): KeyboardCoordinateGetter {
  return (event, { currentCoordinates }) => {
    const { geometry: g, store, retarget } = refs();
    const current = store.get().target;
    if (!current || current.kind !== 'cell') return undefined;
    let { order, col } = current;
    switch (event.code) {
      case KeyboardCode.Right: col++; break;
      case KeyboardCode.Left: col--; break;
      case KeyboardCode.Down: order++; break;
      case KeyboardCode.Up: order--; break;
      default: return undefined;
    }
    event.preventDefault();
    order = Math.max(0, Math.min(g.rows.teamOrder.length - 1, order));
    col = Math.max(0, Math.min(g.axis.weeks.length - 1, col));
    if (order === current.order && col === current.col) return undefined;
    retarget({ kind: 'cell', order, col });
    const p = revealCell(g, order, col);
    if (!p) return undefined;
    // The same corner twice would not count as a move, and the new cell would not be announced.
    const same = Math.round(p.x) === Math.round(currentCoordinates.x) && Math.round(p.y) === Math.round(currentCoordinates.y);
    return { x: p.x + (same ? 1 : 0), y: p.y };
  };
}

// Space picks up and drops; Enter also drops, but on a bar at rest it opens the details (so it does not start).
const KEYS = { start: [KeyboardCode.Space], cancel: [KeyboardCode.Esc], end: [KeyboardCode.Space, KeyboardCode.Enter] };

const POINTER = { activationConstraint: { distance: 5 } };

/** `refs` must be stable (a useCallback reading refs). */
export function usePlannerSensors(refs: () => DndRefs) {
  // Instant scrolling: a smooth scroll would still be running when the next key asks where the cell is.
  const keyboard = useMemo(() => ({ coordinateGetter: plannerCoordinates(refs), keyboardCodes: KEYS, scrollBehavior: 'auto' as const }), [refs]);
  // A few pixels before a pointer drag starts, so a click still selects and a double click opens.
  return useSensors(useSensor(PointerSensor, POINTER), useSensor(KeyboardSensor, keyboard));
}

/** The small label that follows the pointer sits just below-right of it, so the cell under it stays visible. */
export const besideCursor: Modifier = ({ activatorEvent, activeNodeRect, transform }) => {
  const at = activatorEvent ? getEventCoordinates(activatorEvent) : null;
  if (!at || !activeNodeRect) return transform;
  return { ...transform, x: transform.x + at.x - activeNodeRect.left + 14, y: transform.y + at.y - activeNodeRect.top + 14 };
};
