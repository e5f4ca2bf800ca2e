import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { up } from '../../../../electron/core/db/migrations/001_initial_schema';
import { openDatabase } from '../../../../electron/core/db/open';
import { makeTempDir } from '../../../helpers/tempDir';

const t = makeTempDir();
afterEach(() => undefined);
process.on('exit', t.cleanup);

const DOMAIN_TABLES = [
  'schools', 'programmes', 'programme_themes', 'terms', 'term_weeks', 'holidays', 'cohorts', 'teams', 'offerings',
  'offering_levels', 'offering_programmes', 'offering_terms', 'intermediaries', 'smes', 'staff', 'staff_rates',
  'requests', 'request_status_history', 'assignments', 'evaluations', 'funders', 'budgets', 'staff_funder_shares',
  'events', 'event_attendees', 'time_entries', 'locked_months', 'action_groups', 'change_log',
];

it('001 turns an empty file into the whole domain schema', () => {
  const db = new Database(path.join(t.dir, 'v0.db'));
  expect(db.prepare(`SELECT count(*) FROM sqlite_schema`).pluck().get()).toBe(0);
  up(db);
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all();
  for (const table of DOMAIN_TABLES) expect(tables).toContain(table);
  db.close();
});

it('001 keeps identifiers as text and checks them: leading zeros survive, bad KvK and postcode are refused', () => {
  const { db } = openDatabase(path.join(t.dir, 'v1.db'));
  const insert = db.prepare(`INSERT INTO smes (name, kvk, fte, postcode) VALUES (?, ?, ?, ?)`);
  insert.run('Bakkerij De Korenaar', '01234567', 4, '3511 AB');
  expect(db.prepare(`SELECT kvk, size_class FROM smes`).get()).toEqual({ kvk: '01234567', size_class: 'micro' });
  expect(() => insert.run('Te kort', '1234567', 4, null)).toThrow(/CHECK/);
  expect(() => insert.run('Foute postcode', '12345678', 4, '0123 AB')).toThrow(/CHECK/);
  db.close();
});

it('001 stores money in cents and time in minutes as integers, and refuses a rejected request without a reason', () => {
  const { db } = openDatabase(path.join(t.dir, 'v1b.db'));
  db.prepare(`INSERT INTO smes (id, name, kvk, fte) VALUES (1, 'Fietsenmaker Spaak', '87654321', 12)`).run();
  expect(() =>
    db.prepare(`INSERT INTO requests (sme_id, status, received_on) VALUES (1, 'rejected', '2026-09-01')`).run(),
  ).toThrow(/CHECK/);
  db.prepare(`INSERT INTO staff (id, name, role, contract_minutes_per_week) VALUES (1, 'Anouk', 'coördinator', 1920)`).run();
  expect(() =>
    db.prepare(`INSERT INTO time_entries (staff_id, entry_date, minutes, activity) VALUES (1, '2026-09-01', 0, 'intake')`).run(),
  ).toThrow(/CHECK/);
  expect(() =>
    db.prepare(`INSERT INTO time_entries (staff_id, entry_date, minutes, activity) VALUES (1, '2026-02-30', 60, 'intake')`).run(),
  ).toThrow(/CHECK/);
  db.close();
});
