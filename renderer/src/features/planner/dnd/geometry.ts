import type { Axis } from '../model/axis';
import { HEADER_HEIGHT, LABEL_WIDTH, ROW_HEIGHT } from '../model/layout';
import type { DropTarget } from '../model/proposal';
import { rowAt, type RowModel } from '../model/rows';

/**
 * Where things are on screen, kept in a ref by the screen: the grid's scroll container, the waiting list, and
 * the row and column model. Hit testing uses arithmetic on this, not the DOM: rows are virtualised and the row
 * under the pointer may not even be rendered.
 */
export interface Geometry {
  scroller: HTMLElement | null;
  side: HTMLElement | null;
  rows: RowModel;
  axis: Axis;
  weekWidth: number;
}

export interface Point { x: number; y: number }

const inside = (el: HTMLElement | null, p: Point) => {
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return p.x >= r.left && p.x < r.right && p.y >= r.top && p.y < r.bottom;
};

export const overList = (g: Geometry, p: Point) => inside(g.side, p);
export const overGrid = (g: Geometry, p: Point) => inside(g.scroller, p);

/** Column under a screen x, or null left of the weeks (under the team names) or right of the last one. */
export function colAtX(g: Geometry, x: number): number | null {
  const s = g.scroller;
  if (!s) return null;
  const r = s.getBoundingClientRect();
  if (x < r.left + LABEL_WIDTH || x >= r.left + s.clientWidth) return null;
  const col = Math.floor((x - r.left + s.scrollLeft - LABEL_WIDTH) / g.weekWidth);
  return col >= 0 && col < g.axis.weeks.length ? col : null;
}

/** The team row (by order) under a screen y, or null over the header, a group header or below the last row. */
export function orderAtY(g: Geometry, y: number): number | null {
  const s = g.scroller;
  if (!s) return null;
  const r = s.getBoundingClientRect();
  if (y < r.top + HEADER_HEIGHT || y >= r.top + s.clientHeight) return null;
  const row = g.rows.rows[rowAt(g.rows, y - r.top + s.scrollTop - HEADER_HEIGHT)];
  return row && row.kind === 'team' ? row.order : null;
}

/** The drop target under a point of the screen. */
export function targetAt(g: Geometry, p: Point): DropTarget | null {
  if (overList(g, p)) return { kind: 'list' };
  if (!overGrid(g, p)) return null;
  const col = colAtX(g, p.x);
  const order = orderAtY(g, p.y);
  return col === null || order === null ? null : { kind: 'cell', order, col };
}

/** Content coordinates (inside the scrolled body) of a cell's top-left corner. */
export function cellOffset(g: Geometry, order: number, col: number): Point | null {
  const teamId = g.rows.teamOrder[order];
  const row = teamId === undefined ? undefined : g.rows.rowOfTeam.get(teamId);
  if (row === undefined) return null;
  return { x: LABEL_WIDTH + col * g.weekWidth, y: HEADER_HEIGHT + g.rows.offsets[row]! };
}

/**
 * Scrolls the grid (instantly) just enough that a cell is in view next to the sticky names and below the
 * sticky header, and returns its top-left corner on screen.
 */
export function revealCell(g: Geometry, order: number, col: number, span = 1): Point | null {
  const s = g.scroller;
  const at = cellOffset(g, order, col);
  if (!s || !at) return null;
  const rowH = ROW_HEIGHT.team;
  const viewLeft = s.scrollLeft + LABEL_WIDTH;
  const viewRight = s.scrollLeft + s.clientWidth;
  const width = Math.min(span * g.weekWidth, s.clientWidth - LABEL_WIDTH);
  if (at.x < viewLeft) s.scrollLeft = at.x - LABEL_WIDTH - g.weekWidth;
  else if (at.x + width > viewRight) s.scrollLeft = at.x + width - s.clientWidth + g.weekWidth;
  const viewTop = s.scrollTop + HEADER_HEIGHT;
  const viewBottom = s.scrollTop + s.clientHeight;
  if (at.y < viewTop) s.scrollTop = at.y - HEADER_HEIGHT - rowH;
  else if (at.y + rowH > viewBottom) s.scrollTop = at.y + 2 * rowH - s.clientHeight;
  const r = s.getBoundingClientRect();
  return { x: r.left + at.x - s.scrollLeft, y: r.top + at.y - s.scrollTop };
}
