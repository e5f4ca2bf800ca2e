import type { Database } from 'better-sqlite3';
import { EVENT_KINDS, LEVELS, REQUEST_STATUSES, type EventKind, type Language, type Level, type RequestStatus } from '../../../../shared/domain/constants';
import type { FunderReport } from '../../../../shared/schemas/report';
import { costDashboard } from '../hours/dashboard';
import { jsonList, stmt } from '../sql';
import { ASSIGNMENTS_STARTED, EVENTS_HELD, helpedSmes, type HelpedSme } from './helped';
import { SECTION_LETTERS, sbiSection } from './sbiSections';

const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** Counts per key, largest first, unknown (null) last; ties by key so the order is stable. */
function countBy(items: readonly HelpedSme[], key: (s: HelpedSme) => string | null, order?: readonly string[]) {
  const m = new Map<string | null, number>();
  for (const s of items) m.set(key(s), (m.get(key(s)) ?? 0) + 1);
  const rank = (k: string | null) => (order ? order.indexOf(k ?? '') : -1);
  return [...m.entries()].map(([k, count]) => ({ key: k, count })).sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === null ? (b.key === null ? 0 : 1) : -1;
    if (order) return rank(a.key) - rank(b.key);
    return b.count - a.count || a.key.localeCompare(b.key, 'nl');
  });
}

/** Scores 1–10 with their counts, zeros included, so charts of different periods line up. */
function scores(db: Database, sql: string, params: object): { score: number; count: number }[] {
  const m = new Map((stmt(db, sql).all(params) as { score: number; count: number }[]).map((r) => [r.score, r.count]));
  return Array.from({ length: 10 }, (_, i) => ({ score: i + 1, count: m.get(i + 1) ?? 0 }));
}

function students(db: Database, p: { from: string; to: string }) {
  // A team that did several assignments is counted once; its cohort says how many students it has.
  const teams = stmt(db, `
    SELECT DISTINCT a.team_id AS teamId, pr.level, c.students_per_team AS students, nullif(trim(c.coach_name), '') AS coach,
           pr.coaches AS programmeCoaches
    FROM (${ASSIGNMENTS_STARTED}) a JOIN teams t ON t.id = a.team_id JOIN cohorts c ON c.id = t.cohort_id
    JOIN programmes pr ON pr.id = c.programme_id`).all(p) as { teamId: number; level: Level; students: number; coach: string | null; programmeCoaches: string }[];
  const byLevel = new Map<Level, { teams: number; students: number }>();
  const coaches = new Map<string, string>();
  for (const t of teams) {
    const v = byLevel.get(t.level) ?? { teams: 0, students: 0 };
    v.teams += 1; v.students += t.students;
    byLevel.set(t.level, v);
    // The cohort's coach; a cohort without one is coached by its programme's coaches.
    for (const name of t.coach ? [t.coach] : jsonList(t.programmeCoaches)) {
      const k = name.trim().toLowerCase();
      if (k && !coaches.has(k)) coaches.set(k, name.trim());
    }
  }
  const list = LEVELS.filter((l) => byLevel.has(l)).map((level) => ({ level, ...byLevel.get(level)! }));
  const names = [...coaches.values()].sort((a, b) => a.localeCompare(b, 'nl'));
  return {
    students: { teams: teams.length, students: list.reduce((n, l) => n + l.students, 0), byLevel: list },
    coaches: { count: names.length, names },
    started: stmt(db, `SELECT count(*) FROM (${ASSIGNMENTS_STARTED})`).pluck().get(p) as number,
  };
}

function events(db: Database, p: { from: string; to: string }): FunderReport['events'] {
  const list = stmt(db, `SELECT e.id, e.event_date AS eventDate, e.kind, e.topic, e.capacity,
      (SELECT count(*) FROM event_attendees a WHERE a.event_id = e.id) AS attendees
    FROM (${EVENTS_HELD}) e ORDER BY e.event_date, e.id`).all(p) as FunderReport['events']['list'];
  const uniqueAttendees = stmt(db, `SELECT count(DISTINCT s.kvk) FROM (${EVENTS_HELD}) e
    JOIN event_attendees a ON a.event_id = e.id JOIN smes s ON s.id = a.sme_id`).pluck().get(p) as number;
  const byKind = EVENT_KINDS.map((kind: EventKind) => {
    const of = list.filter((e) => e.kind === kind);
    return { kind, events: of.length, attendees: of.reduce((n, e) => n + e.attendees, 0) };
  }).filter((k) => k.events > 0);
  return { count: list.length, attendees: list.reduce((n, e) => n + e.attendees, 0), uniqueAttendees, byKind, list };
}

/**
 * The funder report for a period: every figure the screen, the XLSX and PDF exports and the CLI show. Staff hours
 * and cost come from the cost dashboard's own computation, so they reconcile to the cent with it and `costs`.
 */
export function funderReport(db: Database, from: string, to: string, lang: Language, asOf: string): FunderReport {
  const p = { from, to };
  const helped = helpedSmes(db, from, to);
  const statusCounts = new Map((stmt(db, `SELECT status, count(*) AS count FROM requests
    WHERE archived_at IS NULL AND received_on BETWEEN @from AND @to GROUP BY status`).all(p) as { status: RequestStatus; count: number }[])
    .map((r) => [r.status, r.count]));
  const byStatus = REQUEST_STATUSES.filter((s) => statusCounts.has(s)).map((status) => ({ status, count: statusCounts.get(status)! }));
  const delivered = stmt(db, `SELECT count(*) FROM assignments a JOIN term_weeks w ON w.term_id = a.term_id AND w.week = a.end_week
    WHERE a.status IN ('delivered', 'evaluated') AND w.monday BETWEEN @from AND @to`).pluck().get(p) as number;
  const team = students(db, p);
  const evals = stmt(db, `SELECT count(*) AS n, avg(satisfaction) AS sat, avg(would_recommend) AS rec FROM evaluations
    WHERE evaluated_on BETWEEN @from AND @to`).get(p) as { n: number; sat: number | null; rec: number | null };
  const maturity = stmt(db, `SELECT count(*) AS n, avg(digital_maturity) AS avg FROM requests
    WHERE archived_at IS NULL AND received_on BETWEEN @from AND @to AND digital_maturity IS NOT NULL`).get(p) as { n: number; avg: number | null };
  const cost = costDashboard(db, from, to, asOf, lang);

  return {
    from, to,
    smes: {
      unique: helped.length,
      viaAssignment: helped.filter((s) => s.viaAssignment).length,
      viaEvent: helped.filter((s) => s.viaEvent).length,
      bySize: countBy(helped, (s) => s.sizeClass, ['micro', 'small', 'other']),
      bySector: countBy(helped, (s) => sbiSection(s.sbiCode), SECTION_LETTERS),
      byRegion: countBy(helped, (s) => s.region),
      byIntermediary: countBy(helped, (s) => s.intermediary),
    },
    requests: { received: byStatus.reduce((n, s) => n + s.count, 0), byStatus },
    assignments: { started: team.started, delivered },
    students: team.students,
    coaches: team.coaches,
    events: events(db, p),
    hours: {
      totals: cost.totals,
      byActivity: cost.byActivity,
      byFunder: cost.byFunder.map(({ funderId, name, costCents }) => ({ funderId, name, costCents })),
    },
    satisfaction: {
      evaluations: evals.n,
      avgSatisfaction: round2(evals.sat),
      avgRecommend: round2(evals.rec),
      satisfactionScores: scores(db, `SELECT satisfaction AS score, count(*) AS count FROM evaluations
        WHERE evaluated_on BETWEEN @from AND @to GROUP BY satisfaction`, p),
      recommendScores: scores(db, `SELECT would_recommend AS score, count(*) AS count FROM evaluations
        WHERE evaluated_on BETWEEN @from AND @to GROUP BY would_recommend`, p),
    },
    maturity: {
      scored: maturity.n,
      average: round2(maturity.avg),
      scores: scores(db, `SELECT digital_maturity AS score, count(*) AS count FROM requests
        WHERE archived_at IS NULL AND received_on BETWEEN @from AND @to AND digital_maturity IS NOT NULL GROUP BY digital_maturity`, p),
    },
  };
}
