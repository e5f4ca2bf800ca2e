import type { Database } from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSIGNMENT_STATUSES, REQUEST_STATUSES } from '../../shared/domain/constants';
import { normalizeBrin, normalizeKvk, normalizePostcode, normalizeSbi } from '../../shared/domain/identifiers';
import { mondayOf, weekKeyOf } from '../../shared/domain/weeks';
import { generateDemo } from '../../electron/core/demo';
import { Workspace } from '../../electron/core/workspace';
import { makeTempDir } from '../helpers/tempDir';

// What a user of the demo would notice if it were wrong: identifiers, the pipeline, the planner and the calendar.

const TODAY = '2026-11-27';
const temp = makeTempDir('wp-demo-inv-');
let ws: Workspace;
let db: Database;
const all = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as T[];
const pluck = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).pluck().all(...args) as T[];
const one = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).pluck().get(...args) as T;

beforeAll(() => {
  ws = Workspace.open(path.join(temp.dir, 'demo.db'));
  db = ws.db;
  generateDemo(db, { scale: 'small', seed: 11, today: TODAY });
});
afterAll(() => {
  ws.close();
  temp.cleanup();
});

describe('identifiers', () => {
  it('gives every company a unique 8-digit KvK number, some with a leading zero', () => {
    const kvks = pluck<string>(`SELECT kvk FROM smes`);
    expect(kvks.length).toBeGreaterThan(100);
    for (const kvk of kvks) expect(normalizeKvk(kvk)).toBe(kvk);
    expect(new Set(kvks).size).toBe(kvks.length);
    expect(kvks.some((k) => k.startsWith('0'))).toBe(true);
  });

  it('writes valid postcodes, SBI codes with their version, and unique BRIN codes', () => {
    for (const pc of pluck<string>(`SELECT postcode FROM smes`)) {
      expect(normalizePostcode(pc), pc).toBe(pc);
      expect(['SA', 'SD', 'SS']).not.toContain(pc.slice(5));
    }
    for (const r of all<{ sbi_code: string | null; sbi_version: string | null }>(`SELECT sbi_code, sbi_version FROM smes`)) {
      if (r.sbi_code === null) expect(r.sbi_version).toBeNull();
      else {
        expect(normalizeSbi(r.sbi_code)).toBe(r.sbi_code);
        expect(['SBI2008', 'SBI2025']).toContain(r.sbi_version);
      }
    }
    const brins = pluck<string>(`SELECT brin FROM schools`);
    for (const b of brins) expect(normalizeBrin(b)).toBe(b);
    expect(new Set(brins).size).toBe(brins.length);
  });

  it('keeps companies within the mkb size, except the ones rejected for being too big', () => {
    expect(one<number>(`SELECT count(*) FROM smes WHERE fte < 2`)).toBe(0);
    const big = all<{ status: string }>(`SELECT r.status FROM smes s JOIN requests r ON r.sme_id = s.id WHERE s.fte >= 50`);
    for (const r of big) expect(['new', 'intake_planned', 'intake_done', 'rejected']).toContain(r.status);
  });
});

describe('request pipeline', () => {
  it('has requests in every status and assignments in every status', () => {
    expect(pluck<string>(`SELECT DISTINCT status FROM requests`).sort()).toEqual([...REQUEST_STATUSES].sort());
    expect(pluck<string>(`SELECT DISTINCT status FROM assignments`).sort()).toEqual([...ASSIGNMENT_STATUSES].sort());
  });

  it('tells each request\'s story in its status history, ending in its current status', () => {
    const history = all<{ request_id: number; from_status: string | null; to_status: string; reason: string | null; changed_on: string }>(
      `SELECT request_id, from_status, to_status, reason, changed_on FROM request_status_history ORDER BY request_id, id`);
    const requests = all<{ id: number; status: string; status_reason: string | null; received_on: string }>(
      `SELECT id, status, status_reason, received_on FROM requests ORDER BY id`);
    const byRequest = new Map<number, typeof history>();
    for (const h of history) byRequest.set(h.request_id, [...(byRequest.get(h.request_id) ?? []), h]);
    for (const r of requests) {
      const rows = byRequest.get(r.id) ?? [];
      expect(rows[0]).toMatchObject({ from_status: null, to_status: 'new', changed_on: r.received_on });
      for (let i = 1; i < rows.length; i++) {
        expect(rows[i]!.from_status).toBe(rows[i - 1]!.to_status);
        expect(rows[i]!.changed_on >= rows[i - 1]!.changed_on).toBe(true);
      }
      const last = rows[rows.length - 1]!;
      expect(last.to_status).toBe(r.status);
      expect(last.reason).toBe(r.status_reason);
      expect(last.changed_on <= TODAY).toBe(true);
      if (r.status === 'rejected' || r.status === 'withdrawn') expect(r.status_reason?.length).toBeGreaterThan(0);
    }
  });

  it('keeps requests and their assignment in step', () => {
    const pairs = all<{ r: string; a: string | null }>(`SELECT r.status AS r,
      (SELECT a.status FROM assignments a WHERE a.request_id = r.id ORDER BY a.id DESC LIMIT 1) AS a FROM requests r`);
    const expected: Record<string, string[]> = {
      matched: ['planned'], running: ['running'], delivered: ['delivered'], evaluated: ['evaluated'], closed: ['evaluated'],
    };
    for (const { r, a } of pairs) {
      if (expected[r]) expect(expected[r]).toContain(a);
      if (['new', 'intake_planned', 'intake_done'].includes(r)) expect(a).toBeNull();
    }
    expect(one<number>(`SELECT count(*) FROM evaluations`))
      .toBe(one<number>(`SELECT count(*) FROM assignments WHERE status = 'evaluated'`));
    expect(one<number>(`SELECT count(*) FROM evaluations e JOIN assignments a ON a.id = e.assignment_id
      WHERE a.status <> 'evaluated'`)).toBe(0);
  });
});

describe('planning', () => {
  it('never puts two assignments on one team at the same time', () => {
    expect(one<number>(`SELECT count(*) FROM assignments a JOIN assignments b
      ON a.team_id = b.team_id AND a.id < b.id AND a.start_week <= b.end_week AND b.start_week <= a.end_week`)).toBe(0);
  });

  it('keeps every assignment inside its team\'s term, starting on a teaching week', () => {
    const rows = all<{ id: number; term_id: number; team_term: number; start_kind: string | null; end_kind: string | null }>(`
      SELECT a.id, a.term_id, c.term_id AS team_term,
             (SELECT kind FROM term_weeks w WHERE w.term_id = a.term_id AND w.week = a.start_week) AS start_kind,
             (SELECT kind FROM term_weeks w WHERE w.term_id = a.term_id AND w.week = a.end_week) AS end_kind
      FROM assignments a JOIN teams t ON t.id = a.team_id JOIN cohorts c ON c.id = t.cohort_id`);
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      expect(r.team_term).toBe(r.term_id);
      expect(r.start_kind).toBe('teaching');
      expect(['teaching', 'exam']).toContain(r.end_kind);
    }
  });

  it('only places a request on a programme that takes its offering', () => {
    expect(one<number>(`SELECT count(*) FROM assignments a JOIN requests r ON r.id = a.request_id
      JOIN teams t ON t.id = a.team_id JOIN cohorts c ON c.id = t.cohort_id
      WHERE NOT EXISTS (SELECT 1 FROM offering_programmes op WHERE op.offering_id = r.offering_id AND op.programme_id = c.programme_id)
         OR NOT EXISTS (SELECT 1 FROM offering_terms ot WHERE ot.offering_id = r.offering_id AND ot.term_id = a.term_id)`)).toBe(0);
  });

  it('takes a team that dropped out off the planning after that day', () => {
    const dropped = all<{ id: number; dropped_out_at: string }>(`SELECT id, dropped_out_at FROM teams WHERE dropped_out_at IS NOT NULL`);
    for (const t of dropped) {
      expect(t.dropped_out_at <= TODAY).toBe(true);
      const later = one<number>(`SELECT count(*) FROM assignments WHERE team_id = ? AND status <> 'cancelled' AND start_week > ?`,
        t.id, weekKeyOf(t.dropped_out_at));
      expect(later).toBe(0);
    }
  });
});

describe('calendar', () => {
  it('has one row per ISO week in every term, and 2026-2027 autumn terms contain 2026-W53', () => {
    const terms = all<{ id: number; start_date: string; end_date: string; school_year: string; weeks: number; first: string; last: string }>(`
      SELECT t.id, t.start_date, t.end_date, t.school_year, count(*) AS weeks, min(w.week) AS first, max(w.week) AS last
      FROM terms t JOIN term_weeks w ON w.term_id = t.id GROUP BY t.id`);
    expect(terms.length).toBe(one<number>(`SELECT count(*) FROM terms`));
    for (const t of terms) {
      expect(t.first).toBe(weekKeyOf(t.start_date));
      expect(t.last).toBe(weekKeyOf(t.end_date));
    }
    const spanning = terms.filter((t) => t.start_date <= '2026-12-28' && t.end_date >= '2027-01-03');
    expect(spanning.length).toBeGreaterThan(0);
    for (const t of spanning) {
      const w53 = db.prepare(`SELECT monday, kind, note FROM term_weeks WHERE term_id = ? AND week = '2026-W53'`).get(t.id);
      expect(w53).toEqual({ monday: mondayOf('2026-W53'), kind: 'holiday', note: 'Kerstvakantie' });
      expect(mondayOf('2026-W53')).toBe('2026-12-28');
    }
  });

  it('marks the autumn holiday per region: noord and zuid have it in different weeks', () => {
    const weeksOf = (region: string) => pluck<string>(`SELECT DISTINCT w.week FROM term_weeks w JOIN terms t ON t.id = w.term_id
      JOIN schools s ON s.id = t.school_id WHERE s.holiday_region = ? AND w.kind = 'holiday' AND w.note = 'Herfstvakantie'
      AND t.school_year = '2025-2026'`, region);
    expect(weeksOf('noord')).toEqual(['2025-W43']);
    expect(weeksOf('zuid')).toEqual(['2025-W42']);
    const holidays = all<{ region: string; start_date: string }>(`SELECT region, start_date FROM holidays
      WHERE name = 'Herfstvakantie' AND school_year = '2025-2026' ORDER BY region`);
    expect(holidays.find((h) => h.region === 'noord')?.start_date).not.toBe(holidays.find((h) => h.region === 'zuid')?.start_date);
  });

  it('writes the national Christmas and May holidays for all three regions in both school years', () => {
    for (const name of ['Kerstvakantie', 'Meivakantie', 'Zomervakantie']) {
      for (const year of ['2025-2026', '2026-2027']) {
        const rows = all<{ region: string }>(`SELECT region FROM holidays WHERE name = ? AND school_year = ?`, name, year);
        expect(rows.map((r) => r.region).sort(), `${name} ${year}`).toEqual(['midden', 'noord', 'zuid']);
      }
    }
    expect(one<number>(`SELECT count(DISTINCT start_date) FROM holidays WHERE name = 'Kerstvakantie' AND school_year = '2026-2027'`)).toBe(1);
  });

  it('shows a school that takes the optional May week off as a free week, set as its own choice', () => {
    const free = all<{ kind: string; override_kind: string | null; note: string | null }>(
      `SELECT kind, override_kind, note FROM term_weeks WHERE kind = 'free'`);
    expect(free.length).toBeGreaterThan(0);
    for (const w of free) expect(w).toEqual({ kind: 'free', override_kind: 'free', note: 'meivakantie (adviesweek)' });
  });

  it('ends each term with exam weeks', () => {
    const withoutExam = one<number>(`SELECT count(*) FROM terms t WHERE NOT EXISTS
      (SELECT 1 FROM term_weeks w WHERE w.term_id = t.id AND w.kind = 'exam')`);
    expect(withoutExam).toBe(0);
  });
});

describe('hours and money', () => {
  it('logs whole minutes on working days up to yesterday, at the rate in force', () => {
    const range = db.prepare(`SELECT min(entry_date) AS first, max(entry_date) AS last, min(minutes) AS least,
      max(minutes) AS most, count(DISTINCT activity) AS activities FROM time_entries`).get() as Record<string, string | number>;
    expect(range.first! >= '2025-09-01').toBe(true);
    expect(range.last! < TODAY).toBe(true);
    expect(range.least).toBeGreaterThan(0);
    expect(range.most).toBeLessThanOrEqual(1440);
    expect(range.activities).toBe(7);
    expect(one<number>(`SELECT count(*) FROM time_entries WHERE minutes % 15 <> 0`)).toBe(0);
    expect(one<number>(`SELECT count(*) FROM time_entries WHERE strftime('%w', entry_date) IN ('0', '6')`)).toBe(0);
    expect(one<number>(`SELECT count(*) FROM time_entries WHERE request_id IS NOT NULL`)).toBeGreaterThan(100);
    expect(one<number>(`SELECT count(*) FROM time_entries WHERE event_id IS NOT NULL`)).toBeGreaterThan(10);
    // Every person has a rate from before the first entry and a raise on 1 January.
    expect(one<number>(`SELECT count(*) FROM staff s WHERE NOT EXISTS
      (SELECT 1 FROM staff_rates r WHERE r.staff_id = s.id AND r.effective_from = '2026-01-01')`)).toBe(0);
    expect(one<number>(`SELECT count(*) FROM staff s WHERE NOT EXISTS
      (SELECT 1 FROM staff_rates r WHERE r.staff_id = s.id AND r.effective_from <= '2025-09-01')`)).toBe(0);
  });

  it('splits every person\'s cost over funders to exactly 100 %', () => {
    const shares = pluck<number>(`SELECT sum(share_bp) FROM staff_funder_shares GROUP BY staff_id`);
    expect(shares.length).toBe(one<number>(`SELECT count(*) FROM staff`));
    for (const s of shares) expect(s).toBe(10000);
    expect(pluck<string>(`SELECT DISTINCT kind FROM funders ORDER BY kind`)).toEqual(
      ['municipality', 'province', 'rvo_subsidy', 'school_in_kind']);
  });
});
