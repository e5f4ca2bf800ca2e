import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../../electron/core/db/open';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations';
import { AppError } from '../../../electron/core/errors';
import { inAction } from '../../../electron/core/db/changeLog';
import { makeTempDir } from '../../helpers/tempDir';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});
function tempFile(name = 'w.db') {
  const t = makeTempDir();
  cleanups.push(t.cleanup);
  return path.join(t.dir, name);
}
function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('opening a workspace database', () => {
  it('sets the pragmas the app relies on', () => {
    const { db } = openDatabase(tempFile());
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('enforces foreign keys: a request for a missing SME is refused', () => {
    const { db } = openDatabase(tempFile());
    expect(() =>
      db.prepare(`INSERT INTO requests (sme_id, received_on) VALUES (999, '2026-09-01')`).run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('creates a new file at the latest schema version', () => {
    const file = tempFile();
    const { db, backupPath, migratedFrom } = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(migratedFrom).toBe(0);
    expect(backupPath).toBeNull(); // nothing to back up in a new file
    db.close();
  });

  it('refuses a file from a newer version and leaves it untouched', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.exec('CREATE TABLE x (a)');
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = fs.readFileSync(file);
    expect(codeOf(() => openDatabase(file))).toBe('db_newer');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database', () => {
    const file = tempFile('notes.db');
    fs.writeFileSync(file, 'Dit is een boodschappenlijst, geen database.\n'.repeat(200));
    expect(codeOf(() => openDatabase(file))).toBe('db_not_database');
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^Dit is een boodschappenlijst/);
  });

  it('refuses a damaged database file', () => {
    const file = tempFile();
    const { db } = openDatabase(file);
    db.exec(`INSERT INTO meta (key, value) VALUES ('filler', '${'x'.repeat(3000)}')`);
    for (let i = 0; i < 200; i++) db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?)`).run(`k${i}`, 'y'.repeat(500));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Overwrite a page in the middle of the file with garbage, keeping the header intact.
    const buf = fs.readFileSync(file);
    const pageSize = buf.readUInt16BE(16);
    buf.fill(0xa5, pageSize * 3, pageSize * 3 + pageSize);
    fs.writeFileSync(file, buf);
    expect(['db_corrupt', 'db_not_database']).toContain(codeOf(() => openDatabase(file)));
  });

  it('does not mistake a foreign SQLite file for a workspace', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.exec('CREATE TABLE contacts (name TEXT)');
    raw.close();
    expect(codeOf(() => openDatabase(file))).toBe('db_not_database');
  });
});

describe('migrations', () => {
  it('runs all pending migrations in one transaction: a failing one leaves the file as it was, with a backup', () => {
    const file = tempFile();
    openDatabase(file).db.close();
    const failing = [
      ...MIGRATIONS,
      { version: LATEST_VERSION + 1, name: 'adds a column', up: (db: Database.Database) => db.exec('ALTER TABLE smes ADD COLUMN website TEXT') },
      { version: LATEST_VERSION + 2, name: 'broken', up: (db: Database.Database) => db.exec('ALTER TABLE nope ADD COLUMN x') },
    ];
    let error: unknown;
    try {
      openDatabase(file, { migrations: failing });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('migration_failed');
    const { db } = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    const cols = db.prepare(`SELECT name FROM pragma_table_info('smes')`).pluck().all();
    expect(cols).not.toContain('website'); // the first new migration was rolled back too
    db.close();
    const backups = fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    const backup = new Database(path.join(path.dirname(file), backups[0]!), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    backup.close();
  });

  it('backs the file up before a successful migration and keeps the data', () => {
    const file = tempFile();
    const first = openDatabase(file).db;
    first.prepare(`INSERT INTO funders (name, kind) VALUES ('RVO', 'rvo_subsidy')`).run();
    first.close();
    const next = [...MIGRATIONS, {
      version: LATEST_VERSION + 1,
      name: 'funder note',
      up: (db: Database.Database) => db.exec(`ALTER TABLE funders ADD COLUMN note TEXT NOT NULL DEFAULT ''`),
    }];
    const { db, backupPath } = openDatabase(file, { migrations: next });
    expect(schemaVersion(db)).toBe(LATEST_VERSION + 1);
    expect(db.prepare(`SELECT name, note FROM funders`).all()).toEqual([{ name: 'RVO', note: '' }]);
    expect(backupPath && fs.existsSync(backupPath)).toBe(true);
    // The change log covers the new column too: triggers are rebuilt after migrating.
    inAction(db, { label: 'note', actor: 'test' }, () => db.prepare(`UPDATE funders SET note = 'co-financing'`).run());
    expect(db.prepare(`SELECT field, old_value AS old, new_value AS new FROM change_log WHERE entity = 'funders'`).all())
      .toEqual([{ field: 'note', old: '', new: 'co-financing' }]);
    db.close();
  });
});
