import type { Database } from 'better-sqlite3';
import { entryCostCents } from '../../../shared/domain/cost';

// The report's figures counted again, straight from the tables and written differently from the core's
// queries, so a mistake in one is not repeated in the other.

/** SME ids helped in [from, to]: an assignment (not cancelled) whose first week's Monday lies in the period, or a visit to a live event then. */
function helpedIds(db: Database, from: string, to: string): number[] {
  return db.prepare(`
    SELECT r.sme_id FROM requests r WHERE EXISTS (
      SELECT 1 FROM assignments a WHERE a.request_id = r.id AND a.status != 'cancelled'
        AND (SELECT w.monday FROM term_weeks w WHERE w.term_id = a.term_id AND w.week = a.start_week) >= ?
        AND (SELECT w.monday FROM term_weeks w WHERE w.term_id = a.term_id AND w.week = a.start_week) <= ?)
    UNION
    SELECT ea.sme_id FROM event_attendees ea WHERE ea.event_id IN (
      SELECT id FROM events WHERE archived_at IS NULL AND event_date >= ? AND event_date <= ?)`).pluck().all(from, to, from, to) as number[];
}

export function independentFigures(db: Database, from: string, to: string) {
  const ids = helpedIds(db, from, to);
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS h (id INTEGER PRIMARY KEY)`);
  db.exec(`DELETE FROM temp.h`);
  const ins = db.prepare(`INSERT INTO temp.h VALUES (?)`);
  for (const id of ids) ins.run(id);
  const unique = db.prepare(`SELECT count(DISTINCT kvk) FROM smes WHERE id IN (SELECT id FROM temp.h)`).pluck().get() as number;
  // One record speaks for each KvK number: the oldest.
  const reps = `SELECT min(id) FROM smes WHERE id IN (SELECT id FROM temp.h) GROUP BY kvk`;
  const bySize = Object.fromEntries(db.prepare(`SELECT size_class, count(*) FROM smes WHERE id IN (${reps}) GROUP BY size_class`).raw().all() as [string, number][]);
  const byRegion = Object.fromEntries(db.prepare(`SELECT coalesce(region, '?'), count(*) FROM smes WHERE id IN (${reps}) GROUP BY 1`).raw().all() as [string, number][]);
  const withoutSbi = db.prepare(`SELECT count(*) FROM smes WHERE id IN (${reps}) AND sbi_code IS NULL`).pluck().get() as number;
  const retail = db.prepare(`SELECT count(*) FROM smes WHERE id IN (${reps}) AND CAST(substr(sbi_code, 1, 2) AS INTEGER) BETWEEN 45 AND 47`).pluck().get() as number;
  const noIntermediary = db.prepare(`SELECT count(*) FROM smes WHERE id IN (${reps}) AND intermediary_id IS NULL`).pluck().get() as number;

  const started = db.prepare(`SELECT a.id, a.team_id FROM assignments a WHERE a.status != 'cancelled'
    AND (SELECT monday FROM term_weeks WHERE term_id = a.term_id AND week = a.start_week) BETWEEN ? AND ?`).all(from, to) as { id: number; team_id: number }[];
  const teams = [...new Set(started.map((a) => a.team_id))];
  const perTeam = db.prepare(`SELECT p.level, c.students_per_team FROM teams t JOIN cohorts c ON c.id = t.cohort_id
    JOIN programmes p ON p.id = c.programme_id WHERE t.id = ?`);
  const students: Record<string, number> = {};
  for (const team of teams) {
    const [level, n] = perTeam.raw().get(team) as [string, number];
    students[level] = (students[level] ?? 0) + n;
  }

  const events = db.prepare(`SELECT count(*) FROM events WHERE archived_at IS NULL AND event_date BETWEEN ? AND ?`).pluck().get(from, to) as number;
  const visits = db.prepare(`SELECT count(*) FROM event_attendees WHERE event_id IN
    (SELECT id FROM events WHERE archived_at IS NULL AND event_date BETWEEN ? AND ?)`).pluck().get(from, to) as number;
  const received = db.prepare(`SELECT count(*) FROM requests WHERE archived_at IS NULL AND received_on BETWEEN ? AND ?`).pluck().get(from, to) as number;
  const evals = db.prepare(`SELECT satisfaction, would_recommend FROM evaluations WHERE evaluated_on BETWEEN ? AND ?`).raw().all(from, to) as [number, number][];
  const maturity = db.prepare(`SELECT digital_maturity FROM requests WHERE archived_at IS NULL AND received_on BETWEEN ? AND ?
    AND digital_maturity IS NOT NULL`).pluck().all(from, to) as number[];

  // Cost entry by entry: the rate in force on the entry's date, times its minutes, rounded as the rule says.
  const entries = db.prepare(`SELECT staff_id, entry_date, minutes FROM time_entries WHERE entry_date BETWEEN ? AND ?`).raw().all(from, to) as [number, string, number][];
  const rates = db.prepare(`SELECT staff_id, effective_from, hourly_rate_cents FROM staff_rates ORDER BY effective_from`).raw().all() as [number, string, number][];
  const rateOn = (staff: number, date: string) => rates.filter(([s, f]) => s === staff && f <= date).at(-1)?.[2] ?? 0;
  const costCents = entries.reduce((sum, [s, d, m]) => sum + entryCostCents(m, rateOn(s, d)), 0);
  const minutes = entries.reduce((sum, e) => sum + e[2], 0);
  const avg = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

  return {
    unique, bySize, byRegion, withoutSbi, retail, noIntermediary, started: started.length, teams: teams.length, students, events, visits,
    received, evaluations: evals.length, avgSatisfaction: avg(evals.map((e) => e[0])), avgRecommend: avg(evals.map((e) => e[1])),
    maturityCount: maturity.length, avgMaturity: avg(maturity), costCents, minutes,
  };
}
