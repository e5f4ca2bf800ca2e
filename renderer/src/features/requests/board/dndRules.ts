import {
  closestCenter, type Active, KeyboardCode, pointerWithin, rectIntersection, type CollisionDetection, type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import type { RequestStatus } from '../../../../../shared/domain/constants';
import type { RequestRow } from '../../../../../shared/schemas/rows';
import { columnId, DROP_ORDER, statusOfColumn } from './boardModel';

/**
 * A pointer drag hits the column under the pointer (falling back to overlap in the gaps); a keyboard drag has no
 * pointer, so it takes the column nearest to the moved card, which the coordinate getter below puts in place.
 */
export const boardCollisions: CollisionDetection = (args) => {
  if (args.pointerCoordinates) {
    const under = pointerWithin(args);
    return under.length > 0 ? under : rectIntersection(args);
  }
  return closestCenter(args);
};

const NEXT = new Set<string>([KeyboardCode.Right, KeyboardCode.Down]);
const PREVIOUS = new Set<string>([KeyboardCode.Left, KeyboardCode.Up]);

/**
 * Arrow keys jump a picked-up card a whole column at a time (right/down: next status, left/up: previous), instead
 * of dnd-kit's default 25-pixel nudges that would need dozens of presses to cross a column.
 */
export const columnCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
    const step = NEXT.has(event.code) ? 1 : PREVIOUS.has(event.code) ? -1 : 0;
    if (step === 0) return undefined;
    event.preventDefault();
    const { collisionRect, droppableRects, over } = context;
    if (!collisionRect) return undefined;
    const current = statusOfColumn(over?.id) ?? statusOfActive(context.active);
    const index = current ? DROP_ORDER.indexOf(current) : -1;
    const target = DROP_ORDER[Math.max(0, Math.min(DROP_ORDER.length - 1, index + step))];
    const rect = target ? droppableRects.get(columnId(target)) : undefined;
    if (!rect || target === current) return undefined;
    // Centre the card horizontally in the target and keep it near the top, below the column heading.
    return {
      x: rect.left + (rect.width - collisionRect.width) / 2,
      y: rect.top + Math.min(48, Math.max(0, (rect.height - collisionRect.height) / 2)),
    };
};

/** The row a draggable card carries (see RequestCard). */
export function rowOfActive(active: Pick<Active, 'data'> | null | undefined): RequestRow | null {
  const data = active?.data.current as { row?: RequestRow } | undefined;
  return data?.row ?? null;
}

const statusOfActive = (active: Active | null): RequestStatus | null => rowOfActive(active)?.status ?? null;
