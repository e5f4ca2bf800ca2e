import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT } from '../../shared/ipc/contract';
import { CHANNELS } from '../../shared/ipc/channels';
import { generateDemo } from '../../electron/core/demo';
import { applyHolidays } from '../../electron/core/services/calendar';
import { Workspace } from '../../electron/core/workspace';
import { openCore, type Core } from '../helpers/coreHarness';
import { makeTempDir } from '../helpers/tempDir';

const TODAY = '2026-11-27';

/** Every domain table's rows in a fixed order, hashed: equal hashes mean byte-identical data. */
function fingerprint(db: Database): Record<string, string> {
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
    AND name NOT IN ('meta') ORDER BY name`).pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => {
    const cols = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t) as string[]).map((c) => `"${c}"`);
    const rows = db.prepare(`SELECT ${cols.join(', ')} FROM "${t}" ORDER BY ${cols.join(', ')}`).raw().all();
    return [t, createHash('sha256').update(JSON.stringify(rows)).digest('hex')];
  }));
}

function demoIn(dir: string, name: string, seed: number, scale: 'small' | 'large' = 'small') {
  const ws = Workspace.open(path.join(dir, name));
  const result = generateDemo(ws.db, { scale, seed, today: TODAY });
  return { ws, result };
}

describe('demo generator: determinism', () => {
  const temp = makeTempDir('wp-demo-det-');
  afterAll(() => temp.cleanup());

  it('makes byte-identical data for the same seed and different data for another seed', () => {
    const a = demoIn(temp.dir, 'a.db', 42);
    const b = demoIn(temp.dir, 'b.db', 42);
    const c = demoIn(temp.dir, 'c.db', 43);
    try {
      expect(b.result.counts).toEqual(a.result.counts);
      expect(fingerprint(b.ws.db)).toEqual(fingerprint(a.ws.db));
      const sample = (db: Database) => db.prepare(`SELECT id, name, kvk, postcode FROM smes WHERE id IN (1, 50, 100)`).all();
      expect(sample(b.ws.db)).toEqual(sample(a.ws.db));

      const fa = fingerprint(a.ws.db);
      const fc = fingerprint(c.ws.db);
      expect(fc.smes).not.toBe(fa.smes);
      expect(fc.requests).not.toBe(fa.requests);
      expect(sample(c.ws.db)).not.toEqual(sample(a.ws.db));
    } finally {
      for (const x of [a, b, c]) x.ws.close();
    }
  });
});

describe('demo generator: a small werkplaats', () => {
  const temp = makeTempDir('wp-demo-small-');
  let ws: Workspace;
  let db: Database;
  const count = (sql: string, ...args: unknown[]) => db.prepare(sql).pluck().get(...args) as number;
  beforeAll(() => {
    ws = demoIn(temp.dir, 'small.db', 2025).ws;
    db = ws.db;
  });
  afterAll(() => {
    ws.close();
    temp.cleanup();
  });

  it('has the size of one werkplaats-year', () => {
    expect(count(`SELECT count(*) FROM schools`)).toBe(4);
    expect(count(`SELECT count(DISTINCT kind) FROM schools`)).toBe(3);
    expect(count(`SELECT count(*) FROM programmes`)).toBeGreaterThanOrEqual(10);
    expect(count(`SELECT count(*) FROM programmes`)).toBeLessThanOrEqual(16);
    expect(count(`SELECT count(*) FROM offerings`)).toBeGreaterThanOrEqual(14);
    expect(count(`SELECT count(*) FROM offerings`)).toBeLessThanOrEqual(17);
    expect(count(`SELECT count(*) FROM staff`)).toBeGreaterThanOrEqual(3);
    expect(count(`SELECT count(*) FROM staff`)).toBeLessThanOrEqual(6);
    // Teams at work on one day in the autumn (all schools have a term running then).
    const teamsOnDay = count(`SELECT count(*) FROM teams tm JOIN cohorts c ON c.id = tm.cohort_id JOIN terms t ON t.id = c.term_id
      WHERE '2025-10-01' BETWEEN t.start_date AND t.end_date`);
    expect(teamsOnDay).toBeGreaterThanOrEqual(40);
    expect(teamsOnDay).toBeLessThanOrEqual(80);
    const perYear = count(`SELECT count(*) FROM requests WHERE received_on BETWEEN '2025-09-01' AND '2026-08-31'`);
    expect(perYear).toBeGreaterThanOrEqual(250);
    expect(perYear).toBeLessThanOrEqual(350);
    expect(count(`SELECT count(*) FROM events`)).toBeGreaterThan(15);
    expect(count(`SELECT count(*) FROM event_attendees`)).toBeGreaterThan(100);
    expect(count(`SELECT count(*) FROM time_entries`)).toBeGreaterThan(1000);
    expect(count(`SELECT count(*) FROM funders`)).toBeGreaterThanOrEqual(4);
    expect(count(`SELECT count(DISTINCT kind) FROM intermediaries`)).toBe(5);
  });

  it('is marked as a demo and wrote nothing to the change log', () => {
    expect(ws.info()).toMatchObject({ isDemo: true, demoScale: 'small' });
    expect(ws.meta('demo_seed')).toBe('2025');
    expect(ws.meta('demo_today')).toBe(TODAY);
    expect(count(`SELECT count(*) FROM change_log`)).toBe(0);
    expect(count(`SELECT count(*) FROM action_groups`)).toBe(0);
    expect(db.prepare(`SELECT group_id FROM action_context`).pluck().get()).toBeNull();
  });

  it('passes SQLite integrity and foreign key checks', () => {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('marks term weeks exactly as the calendar service would from the holiday table', () => {
    expect(applyHolidays(db)).toBe(0);
  });

  it('refuses to generate into a workspace that already has data', () => {
    expect(() => generateDemo(db, { scale: 'small', seed: 1, today: TODAY })).toThrow(/empty/);
    expect(() => generateDemo(db, { scale: 'small', today: '2030-01-01' })).toThrow(/today/);
  });
});

describe('demo generator: seen through the app', () => {
  let core: Core;
  beforeAll(() => {
    core = openCore();
    generateDemo(core.db(), { scale: 'small', seed: 7, today: TODAY });
  });
  afterAll(() => core.close());

  it('every read channel returns rows that match the contract', () => {
    // The harness validates outputs, so a demo value the UI could not show (a bad enum, a null) fails here.
    const inputs: Record<string, unknown> = {
      'costs:monthly': { from: '2025-09-01', to: TODAY },
      'reports:summary': { from: '2025-09-01', to: '2026-08-31' },
      'terms:weeks': { termId: 1 },
      'teams:list': { cohortId: 1 },
    };
    let checked = 0;
    for (const channel of CHANNELS) {
      const spec = CONTRACT[channel];
      if (spec.writes.length > 0) continue;
      const input = inputs[channel] ?? {};
      if (!spec.input.safeParse(input).success) continue;
      expect(() => core.call(channel, input as never), channel).not.toThrow();
      checked++;
    }
    expect(checked).toBeGreaterThan(15);
    expect(core.call('app:info')).toMatchObject({ isDemo: true, demoScale: 'small' });
  });

  it('reports numbers a funder would expect', () => {
    const summary = core.call('reports:summary', { from: '2025-09-01', to: '2026-08-31' });
    expect(summary.uniqueSmes).toBeGreaterThan(100);
    expect(summary.assignmentsDelivered).toBeGreaterThan(50);
    expect(summary.staffMinutes).toBeGreaterThan(0);
    expect(summary.staffCostCents).toBeGreaterThan(0);
    expect(summary.avgSatisfaction).toBeGreaterThan(5);
  });
});

describe('demo generator: larger scales', () => {
  const temp = makeTempDir('wp-demo-large-');
  afterAll(() => temp.cleanup());

  it('large is about ten times small', () => {
    const small = demoIn(temp.dir, 's.db', 5);
    const large = demoIn(temp.dir, 'l.db', 5, 'large');
    try {
      const ratio = (table: string) => (large.result.counts[table] ?? 0) / (small.result.counts[table] ?? 1);
      expect(large.result.counts.schools).toBe(40);
      for (const table of ['requests', 'teams', 'smes', 'time_entries']) {
        expect(ratio(table), table).toBeGreaterThan(5);
        expect(ratio(table), table).toBeLessThan(20);
      }
      expect(large.ws.db.pragma('foreign_key_check')).toEqual([]);
      expect(large.ws.info().demoScale).toBe('large');
    } finally {
      small.ws.close();
      large.ws.close();
    }
  });
});
