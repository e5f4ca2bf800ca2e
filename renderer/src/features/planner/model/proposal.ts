import type { PlanAssignment } from '../../../../../shared/domain/planning/model';
import { checkPlacement, endWeekFor, type PlanIndex, type Placement } from '../../../../../shared/domain/planning/placement';
import type { Violation } from '../../../../../shared/domain/planning/violations';
import { addWeeksToKey } from '../../../../../shared/domain/weeks';
import type { Axis } from './axis';
import type { RowModel } from './rows';

/** What is being dragged. */
export type DragSource =
  | { kind: 'requests'; requestIds: number[] }
  | { kind: 'bars'; assignmentIds: number[]; anchorId: number; grabOffset: number }
  | { kind: 'resize'; assignmentId: number };

/** Where it would land: a cell (team order × column), or the waiting list. */
export type DropTarget = { kind: 'cell'; order: number; col: number } | { kind: 'list' };

export interface ProposedItem {
  requestId: number;
  assignmentId: number | null;
  teamId: number | null;
  order: number;
  startWeek: string;
  endWeek: string;
  violations: Violation[];
  /** Would land beyond the first or last team row or column: nothing to place it on. */
  offGrid: boolean;
}

export interface Proposal {
  action: 'assign' | 'move' | 'resize' | 'unplan' | 'none';
  items: ProposedItem[];
  /** Some rule refuses the drop. */
  refused: boolean;
  /** Allowed, with warnings. */
  warned: boolean;
  /** Bars that cannot go back to the list (they are running). */
  notUnplannable: number[];
}

export interface ProposalContext {
  idx: PlanIndex;
  axis: Axis;
  rows: RowModel;
  assignment: ReadonlyMap<number, PlanAssignment>;
}

const NONE: Proposal = { action: 'none', items: [], refused: false, warned: false, notUnplannable: [] };

function finish(action: Proposal['action'], items: ProposedItem[], ctx: ProposalContext, ignore: ReadonlySet<number>): Proposal {
  const placements: Placement[] = items.filter((i) => !i.offGrid && i.teamId !== null)
    .map((i) => ({ requestId: i.requestId, teamId: i.teamId!, startWeek: i.startWeek, endWeek: i.endWeek }));
  let p = 0;
  for (const item of items) {
    if (item.offGrid || item.teamId === null) continue;
    item.violations = checkPlacement(ctx.idx, placements[p]!, ignore, placements);
    p++;
  }
  const refused = items.some((i) => i.offGrid || i.violations.some((v) => v.hard));
  const warned = !refused && items.some((i) => i.violations.length > 0);
  return { action, items, refused, warned, notUnplannable: [] };
}

/** The week `n` columns after `week`, on the axis when possible (keeps 53-week years right). */
const shift = (week: string, n: number) => (n === 0 ? week : addWeeksToKey(week, n));

/**
 * What a drop at `target` would do, checked with the same rules the core applies when it saves. Several
 * requests land on consecutive team rows from the target down; several bars move by the same rows and weeks.
 */
export function propose(source: DragSource, target: DropTarget | null, ctx: ProposalContext): Proposal {
  if (!target) return NONE;
  const { axis, rows } = ctx;
  if (target.kind === 'list') {
    if (source.kind !== 'bars') return NONE;
    const running = source.assignmentIds.filter((id) => ctx.assignment.get(id)?.status !== 'planned');
    return { ...NONE, action: 'unplan', refused: running.length > 0, notUnplannable: running };
  }
  const week = axis.weeks[target.col];
  if (!week) return NONE;

  if (source.kind === 'requests') {
    const items = source.requestIds.map((requestId, i): ProposedItem => {
      const order = target.order + i;
      const teamId = rows.teamOrder[order] ?? null;
      const request = ctx.idx.request.get(requestId);
      const endWeek = request ? endWeekFor(request, week) : week;
      return { requestId, assignmentId: null, teamId, order, startWeek: week, endWeek, violations: [], offGrid: teamId === null || !request };
    });
    return finish('assign', items, ctx, new Set());
  }

  if (source.kind === 'resize') {
    const a = ctx.assignment.get(source.assignmentId);
    if (!a) return NONE;
    const endWeek = week < a.startWeek ? a.startWeek : week;
    if (endWeek === a.endWeek) return NONE;
    const order = orderOfTeam(ctx, a.teamId);
    const item: ProposedItem = {
      requestId: a.requestId, assignmentId: a.id, teamId: a.teamId, order, startWeek: a.startWeek, endWeek, violations: [], offGrid: false,
    };
    return finish('resize', [item], ctx, new Set([a.id]));
  }

  const anchor = ctx.assignment.get(source.anchorId);
  if (!anchor) return NONE;
  const anchorOrder = orderOfTeam(ctx, anchor.teamId);
  const anchorCol = axis.index.get(anchor.startWeek);
  if (anchorOrder < 0 || anchorCol === undefined) return NONE;
  const dRows = target.order - anchorOrder;
  const dCols = target.col - source.grabOffset - anchorCol;
  if (dRows === 0 && dCols === 0) return NONE;
  const items = source.assignmentIds.map((id): ProposedItem => {
    const a = ctx.assignment.get(id)!;
    const order = orderOfTeam(ctx, a.teamId) + dRows;
    const teamId = order >= 0 ? (rows.teamOrder[order] ?? null) : null;
    const startWeek = shift(a.startWeek, dCols);
    const startCol = axis.index.get(startWeek);
    return {
      requestId: a.requestId, assignmentId: id, teamId, order, startWeek, endWeek: shift(a.endWeek, dCols), violations: [],
      offGrid: teamId === null || startCol === undefined,
    };
  });
  return finish('move', items, ctx, new Set(source.assignmentIds));
}

function orderOfTeam(ctx: ProposalContext, teamId: number): number {
  const row = ctx.rows.rowOfTeam.get(teamId);
  if (row === undefined) return -1;
  const r = ctx.rows.rows[row];
  return r && r.kind === 'team' ? r.order : -1;
}

/** Every distinct rule broken by the proposal, hard ones first, each once per company. */
export function proposalViolations(p: Proposal): { item: ProposedItem; violation: Violation }[] {
  const out: { item: ProposedItem; violation: Violation }[] = [];
  const seen = new Set<string>();
  for (const hard of [true, false]) {
    for (const item of p.items) {
      for (const v of item.violations) {
        if (v.hard !== hard) continue;
        const key = `${item.requestId}:${v.rule}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ item, violation: v });
      }
    }
  }
  return out;
}
