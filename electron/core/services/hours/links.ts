import type { Database } from 'better-sqlite3';
import type { LinkOption } from '../../../../shared/schemas/hoursRows';
import { AppError } from '../../errors';
import { stmt } from '../sql';

// What a timesheet line can be linked to (issue 6: "each entry optionally linked to a request, an assignment or
// an event"). The picker searches here rather than loading every request: a werkplaats has thousands.

const CLOSED_REQUEST = `('closed', 'rejected', 'withdrawn')`;

const REQUEST_SQL = `
  SELECT r.id, s.name || coalesce(' – ' || o.name, '') AS label, r.status, r.received_on AS date,
         r.status NOT IN ${CLOSED_REQUEST} AS active
  FROM requests r JOIN smes s ON s.id = r.sme_id LEFT JOIN offerings o ON o.id = r.offering_id
  WHERE r.archived_at IS NULL`;

const ASSIGNMENT_SQL = `
  SELECT a.id, s.name || coalesce(' – ' || o.name, '') AS label, a.status,
         p.name || ' · ' || coalesce(tm.name, 'team ' || tm.slot) AS team, a.start_week AS startWeek, a.end_week AS endWeek,
         a.status NOT IN ('cancelled', 'evaluated') AS active
  FROM assignments a JOIN requests r ON r.id = a.request_id JOIN smes s ON s.id = r.sme_id
  LEFT JOIN offerings o ON o.id = r.offering_id
  JOIN teams tm ON tm.id = a.team_id JOIN cohorts c ON c.id = tm.cohort_id JOIN programmes p ON p.id = c.programme_id
  WHERE 1 = 1`;

const EVENT_SQL = `
  SELECT e.id, e.topic AS label, e.event_date AS date, e.event_date >= date('now', '-1 month') AS active
  FROM events e WHERE 1 = 1`;

/** Every word of the query must occur somewhere in the option's text (case-insensitive). */
function matcher(sqlText: string, words: string[]): { where: string; args: string[] } {
  return {
    where: words.map(() => ` AND lower(${sqlText}) LIKE ? ESCAPE '\\'`).join(''),
    args: words.map((w) => `%${w.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
  };
}

export function searchLinks(db: Database, query: string, limit: number): LinkOption[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const per = Math.max(1, Math.ceil(limit / 3));
  const req = matcher(`s.name || ' ' || coalesce(o.name, '') || ' ' || r.id`, words);
  const asg = matcher(`s.name || ' ' || coalesce(o.name, '') || ' ' || p.name || ' ' || coalesce(tm.name, '')`, words);
  const evt = matcher(`e.topic`, words);
  const requests = stmt(db, `${REQUEST_SQL} AND r.archived_at IS NULL${req.where} ORDER BY active DESC, r.received_on DESC, r.id DESC LIMIT ?`)
    .all(...req.args, per) as { id: number; label: string; status: string; date: string; active: number }[];
  const assignments = stmt(db, `${ASSIGNMENT_SQL}${asg.where} ORDER BY active DESC, a.start_week DESC, a.id DESC LIMIT ?`)
    .all(...asg.args, per) as { id: number; label: string; status: string; team: string; startWeek: string; endWeek: string; active: number }[];
  const events = stmt(db, `${EVENT_SQL} AND e.archived_at IS NULL${evt.where} ORDER BY active DESC, abs(julianday(e.event_date) - julianday('now')), e.id LIMIT ?`)
    .all(...evt.args, per) as { id: number; label: string; date: string; active: number }[];
  const none = { status: null, team: null, weeks: null, date: null };
  return [
    ...requests.map((r) => ({ ...none, kind: 'request' as const, id: r.id, label: r.label, status: r.status, date: r.date, active: r.active === 1 })),
    ...assignments.map((a) => ({ ...none, kind: 'assignment' as const, id: a.id, label: a.label, status: a.status, team: a.team,
      weeks: { start: a.startWeek, end: a.endWeek }, active: a.active === 1 })),
    ...events.map((e) => ({ ...none, kind: 'event' as const, id: e.id, label: e.label, date: e.date, active: e.active === 1 })),
  ].slice(0, limit);
}

/** The label a timesheet line shows for its link: the SME and offering (with the team for an assignment), or the event. */
export function linkLabel(db: Database, e: { requestId: number | null; assignmentId: number | null; eventId: number | null }): string | null {
  if (e.eventId) return (stmt(db, `SELECT topic FROM events WHERE id = ?`).pluck().get(e.eventId) as string | undefined) ?? null;
  if (e.assignmentId) {
    const a = stmt(db, `${ASSIGNMENT_SQL} AND a.id = ?`).get(e.assignmentId) as { label: string; team: string } | undefined;
    return a ? `${a.label} · ${a.team}` : null;
  }
  if (e.requestId) return (stmt(db, `${REQUEST_SQL} AND r.id = ?`).get(e.requestId) as { label: string } | undefined)?.label ?? null;
  return null;
}

type Links = { requestId: number | null; assignmentId: number | null; eventId: number | null };

/**
 * Checks a line's link and completes it: an assignment's hours are also its request's hours (the demo data and
 * the cost per request count them so), so the request is filled in from the assignment. A link to something
 * that does not exist, an event together with a request, or an assignment of another request is refused with a
 * clear message instead of a foreign-key error.
 */
export function normaliseLinks<L extends Links>(db: Database, line: L): L {
  const exists = (table: string, entity: string, id: number | null) => {
    if (id !== null && stmt(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) === undefined) throw new AppError('not_found', { entity, id });
  };
  exists('requests', 'Aanvraag', line.requestId);
  exists('events', 'Evenement', line.eventId);
  if (line.eventId !== null && (line.requestId !== null || line.assignmentId !== null)) {
    throw new AppError('invalid_input', {}, [{ path: ['lines'], key: 'field.invalid' }]);
  }
  if (line.assignmentId === null) return line;
  const requestId = stmt(db, `SELECT request_id FROM assignments WHERE id = ?`).pluck().get(line.assignmentId) as number | undefined;
  if (requestId === undefined) throw new AppError('not_found', { entity: 'Opdracht', id: line.assignmentId });
  if (line.requestId !== null && line.requestId !== requestId) throw new AppError('invalid_input', {}, [{ path: ['lines'], key: 'field.invalid' }]);
  return { ...line, requestId };
}
