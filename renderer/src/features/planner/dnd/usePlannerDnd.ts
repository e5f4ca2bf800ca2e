import { useCallback, useMemo, useRef, useState } from 'react';
import type { DragEndEvent, DragStartEvent } from '@dnd-kit/core';
import { getEventCoordinates } from '@dnd-kit/utilities';
import { propose, type DragSource, type DropTarget, type ProposalContext } from '../model/proposal';
import { rowAt } from '../model/rows';
import { usePlannerAnnouncements, type AnnounceContext } from './announcements';
import { DragStore, sameTarget, type DragState } from './dragStore';
import { colAtX, revealCell, targetAt, type Geometry, type Point } from './geometry';
import { plannerCollisions, usePlannerSensors, type DndRefs } from './sensors';

export interface Selection { kind: 'bars' | 'requests'; ids: ReadonlySet<number> }

interface Options {
  geometry: () => Geometry;
  context: () => ProposalContext;
  selection: Selection | null;
  /** Carries out a finished drag and returns what to announce (null: nothing happened). */
  commit: (state: DragState) => string | null;
  /** Request ids in the order the waiting list shows them (a multi-drag keeps that order). */
  listOrder: () => number[];
}

type DragData = { type: 'request'; requestId: number } | { type: 'bar'; assignmentId: number; grip: () => 'move' | 'end' };

/**
 * Everything the DndContext needs: sensors, collisions, announcements and the handlers that turn a drag into
 * a target cell, a live-checked proposal, and finally one command.
 */
export function usePlannerDnd({ geometry, context, selection, commit, listOrder }: Options) {
  const [store] = useState(() => new DragStore());
  const [active, setActive] = useState<{ source: DragSource; via: 'pointer' | 'keyboard' } | null>(null);
  const lastDrop = useRef<string | null>(null);
  const pointer = useRef<Point | null>(null);
  const cleanup = useRef<(() => void) | null>(null);

  const retarget = useCallback((target: DropTarget | null) => {
    const s = store.get();
    if (!s.source || sameTarget(s.target, target)) return;
    store.set({ target, proposal: propose(s.source, target, context()) });
  }, [store, context]);

  const refs = useCallback((): DndRefs => ({ geometry: geometry(), store, retarget }), [geometry, store, retarget]);
  const sensors = usePlannerSensors(refs);
  const collisionDetection = useMemo(() => plannerCollisions(refs), [refs]);
  const announceContext = useCallback((): AnnounceContext => {
    const c = context();
    return { store, idx: c.idx, rows: c.rows, axis: c.axis, lastDrop: lastDrop.current };
  }, [context, store]);
  const accessibility = usePlannerAnnouncements(announceContext);

  const stop = useCallback(() => {
    cleanup.current?.();
    cleanup.current = null;
    pointer.current = null;
    setActive(null);
  }, []);

  const onDragStart = useCallback(({ active: a, activatorEvent }: DragStartEvent) => {
    const data = a.data.current as DragData | undefined;
    if (!data) return;
    const ctx = context();
    const g = geometry();
    const via = activatorEvent instanceof KeyboardEvent ? 'keyboard' : 'pointer';
    const at = via === 'pointer' ? getEventCoordinates(activatorEvent) : null;
    let source: DragSource;
    if (data.type === 'request') {
      const group = selection?.kind === 'requests' && selection.ids.has(data.requestId) && selection.ids.size > 1;
      const ids = group ? listOrder().filter((id) => selection.ids.has(id)) : [data.requestId];
      source = { kind: 'requests', requestIds: ids.length > 0 ? ids : [data.requestId] };
    } else if (data.grip() === 'end' && via === 'pointer') {
      source = { kind: 'resize', assignmentId: data.assignmentId };
    } else {
      const group = selection?.kind === 'bars' && selection.ids.has(data.assignmentId) && selection.ids.size > 1;
      const ids = group ? [...selection.ids].filter((id) => isMovable(ctx, id)) : [data.assignmentId];
      const anchor = ctx.assignment.get(data.assignmentId);
      const startCol = anchor ? ctx.axis.index.get(anchor.startWeek) : undefined;
      const grabCol = at ? colAtX(g, at.x) : null;
      source = { kind: 'bars', assignmentIds: ids, anchorId: data.assignmentId, grabOffset: grabCol !== null && startCol !== undefined ? grabCol - startCol : 0 };
    }
    const target = via === 'pointer' ? (at ? targetAt(g, at) : null) : startCell(source, ctx, g);
    lastDrop.current = null;
    store.set({ source, via, target, proposal: propose(source, target, ctx) });
    if (via === 'keyboard' && target?.kind === 'cell') revealCell(g, target.order, target.col);
    setActive({ source, via });

    if (via === 'pointer') {
      pointer.current = at;
      const onMove = (e: PointerEvent) => {
        pointer.current = { x: e.clientX, y: e.clientY };
        retarget(targetAt(geometry(), pointer.current));
      };
      // Auto-scroll moves the grid under a still pointer: the cell under it changes too.
      const onScroll = () => {
        if (pointer.current) retarget(targetAt(geometry(), pointer.current));
      };
      const scroller = g.scroller;
      window.addEventListener('pointermove', onMove, true);
      scroller?.addEventListener('scroll', onScroll, { passive: true });
      document.body.classList.add(source.kind === 'resize' ? 'pl-resizing' : 'pl-dragging');
      cleanup.current = () => {
        window.removeEventListener('pointermove', onMove, true);
        scroller?.removeEventListener('scroll', onScroll);
        document.body.classList.remove('pl-resizing', 'pl-dragging');
      };
    }
  }, [context, geometry, selection, listOrder, store, retarget]);

  const onDragEnd = useCallback((_: DragEndEvent) => {
    const final = store.get();
    stop();
    lastDrop.current = commit(final);
    store.reset();
  }, [store, stop, commit]);

  const onDragCancel = useCallback(() => {
    stop();
    lastDrop.current = null;
    store.reset();
  }, [store, stop]);

  return { store, sensors, collisionDetection, accessibility, onDragStart, onDragEnd, onDragCancel, active };
}

function isMovable(ctx: ProposalContext, id: number): boolean {
  const a = ctx.assignment.get(id);
  return !!a && (a.status === 'planned' || a.status === 'running') && a.id > 0;
}

/**
 * Where a keyboard drag starts. A bar starts on itself. A request starts on the first team row from the top
 * of the view where it fits from this week (or its term's first week) on, so a few arrow presses usually do.
 */
function startCell(source: DragSource, ctx: ProposalContext, g: Geometry): DropTarget | null {
  if (source.kind !== 'requests') {
    const id = source.kind === 'resize' ? source.assignmentId : source.anchorId;
    const a = ctx.assignment.get(id);
    const row = a ? ctx.rows.rowOfTeam.get(a.teamId) : undefined;
    const r = row !== undefined ? ctx.rows.rows[row] : undefined;
    const col = a ? ctx.axis.index.get(source.kind === 'resize' ? a.endWeek : a.startWeek) : undefined;
    return r && r.kind === 'team' && col !== undefined ? { kind: 'cell', order: r.order, col } : null;
  }
  const teams = ctx.rows.teamOrder;
  if (teams.length === 0 || ctx.axis.weeks.length === 0) return null;
  const todayCol = ctx.axis.today !== null ? Math.floor(ctx.axis.today) : 0;
  const topRow = g.scroller ? rowAt(ctx.rows, Math.max(0, g.scroller.scrollTop)) : 0;
  let firstOrder = 0;
  for (let i = Math.max(0, topRow); i < ctx.rows.rows.length; i++) {
    const r = ctx.rows.rows[i]!;
    if (r.kind === 'team') {
      firstOrder = r.order;
      break;
    }
  }
  const colFor = (order: number) => {
    const term = ctx.idx.term.get(ctx.idx.team.get(teams[order]!)?.termId ?? -1);
    const first = term?.weeks[0] ? (ctx.axis.index.get(term.weeks[0].week) ?? 0) : 0;
    return Math.max(first, todayCol);
  };
  for (let n = 0; n < Math.min(teams.length, 400); n++) {
    const order = (firstOrder + n) % teams.length;
    const cell: DropTarget = { kind: 'cell', order, col: colFor(order) };
    if (!propose(source, cell, ctx).refused) return cell;
  }
  return { kind: 'cell', order: firstOrder, col: colFor(firstOrder) };
}
