import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { checkPlacement, endWeekFor, indexSnapshot, type Placement } from '../../../../shared/domain/planning/placement';
import { explain } from '../../../../shared/domain/planning/messages';
import type { Violation } from '../../../../shared/domain/planning/violations';
import type { Language, RequestStatus } from '../../../../shared/domain/constants';
import type { assignInput, moveInput, PlanResult } from '../../../../shared/schemas/planner';
import { addWeeksToKey as addWeeks, isoDate, mondayOf } from '../../../../shared/domain/weeks';
import { AppError } from '../../errors';
import { loadSnapshot, termsOf } from './snapshot';

// Every command checks its placements with the shared rules against a fresh snapshot, inside the caller's
// transaction, and refuses the whole action on the first hard rule: a multi-move happens completely or not at all.

function refuse(violations: readonly Violation[], lang: Language): never {
  const hard = violations.filter((v) => v.hard);
  throw new AppError('plan_refused', { reason: explain(hard[0]!, lang) }, hard.map((v) => ({ ...v, message: explain(v, lang) })));
}

export function setRequestStatus(db: Database, requestId: number, to: RequestStatus, reason: string | null = null): void {
  const from = db.prepare(`SELECT status FROM requests WHERE id = ?`).pluck().get(requestId) as RequestStatus;
  if (from === to) return;
  db.prepare(`UPDATE requests SET status = ?, status_reason = ? WHERE id = ?`).run(to, reason, requestId);
  db.prepare(`INSERT INTO request_status_history (request_id, from_status, to_status, reason, changed_on) VALUES (?, ?, ?, ?, ?)`)
    .run(requestId, from, to, reason, isoDate(new Date()));
}

export function assign(db: Database, input: z.output<typeof assignInput>, lang: Language): PlanResult {
  const termIds = termsOf(db, input.items.map((i) => i.teamId), []);
  if (termIds.length === 0) refuse([{ rule: 'not_plannable', hard: true, params: {} }], lang);
  const idx = indexSnapshot(loadSnapshot(db, termIds));
  const placements: Placement[] = input.items.map((i) => {
    const request = idx.request.get(i.requestId);
    if (!request) refuse([{ rule: 'already_planned', hard: true, params: { sme: `#${i.requestId}` } }], lang);
    return { requestId: i.requestId, teamId: i.teamId, startWeek: i.startWeek, endWeek: endWeekFor(request, i.startWeek) };
  });
  const warnings: Violation[] = [];
  for (const p of placements) {
    const v = checkPlacement(idx, p, new Set(), placements);
    if (v.some((x) => x.hard)) refuse(v, lang);
    warnings.push(...v);
  }
  const insert = db.prepare(`INSERT INTO assignments (request_id, team_id, term_id, start_week, end_week, status) VALUES (?, ?, ?, ?, ?, 'planned') RETURNING id`);
  const ids = placements.map((p) => {
    const id = insert.pluck().get(p.requestId, p.teamId, idx.team.get(p.teamId)!.termId, p.startWeek, p.endWeek) as number;
    setRequestStatus(db, p.requestId, 'matched');
    return id;
  });
  return { ids, warnings };
}

interface Row { id: number; request_id: number; team_id: number; start_week: string; end_week: string; status: string; locked: number }

export function move(db: Database, input: z.output<typeof moveInput>, lang: Language): PlanResult {
  const rows = input.moves.map((m) => {
    const row = db.prepare(`SELECT id, request_id, team_id, start_week, end_week, status, locked FROM assignments WHERE id = ?`).get(m.assignmentId) as Row | undefined;
    if (!row) throw new AppError('not_found', { entity: 'Opdracht', id: m.assignmentId });
    if (!['planned', 'running'].includes(row.status)) throw new AppError('assignment_status', { from: row.status, to: 'planned' });
    return row;
  });
  const termIds = termsOf(db, input.moves.map((m) => m.teamId), rows.map((r) => r.id));
  const idx = indexSnapshot(loadSnapshot(db, termIds));
  const moving = new Set(rows.map((r) => r.id));
  const placements: Placement[] = input.moves.map((m, i) => {
    const row = rows[i]!;
    // A move keeps the bar's length; a resize gives the new end week.
    const length = weeksBetweenKeys(row.start_week, row.end_week);
    const endWeek = m.endWeek ?? addWeeks(m.startWeek, length);
    return { requestId: row.request_id, teamId: m.teamId, startWeek: m.startWeek, endWeek };
  });
  const warnings: Violation[] = [];
  for (const p of placements) {
    const v = checkPlacement(idx, p, moving, placements);
    if (v.some((x) => x.hard)) refuse(v, lang);
    warnings.push(...v);
  }
  const update = db.prepare(`UPDATE assignments SET team_id = ?, term_id = ?, start_week = ?, end_week = ?, needs_replan = 0 WHERE id = ?`);
  placements.forEach((p, i) => update.run(p.teamId, idx.team.get(p.teamId)!.termId, p.startWeek, p.endWeek, rows[i]!.id));
  return { ids: rows.map((r) => r.id), warnings };
}

/** Takes planned bars off the grid: the requests wait for a team again. Running work is cancelled, not unplanned. */
export function unplan(db: Database, assignmentIds: readonly number[]): PlanResult {
  for (const id of assignmentIds) {
    const row = db.prepare(`SELECT request_id, status FROM assignments WHERE id = ?`).get(id) as { request_id: number; status: string } | undefined;
    if (!row) throw new AppError('not_found', { entity: 'Opdracht', id });
    if (row.status !== 'planned') throw new AppError('assignment_status', { from: row.status, to: 'unplanned' });
    db.prepare(`DELETE FROM assignments WHERE id = ?`).run(id);
    setRequestStatus(db, row.request_id, 'ready_for_matching');
  }
  return { ids: [...assignmentIds], warnings: [] };
}

function weeksBetweenKeys(a: string, b: string): number {
  return Math.round((Date.parse(mondayOf(b)) - Date.parse(mondayOf(a))) / (7 * 86_400_000));
}
