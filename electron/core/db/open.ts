import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { installChangeLogTriggers } from './changeLog';
import { MIGRATIONS, type Migration } from './migrations';

export interface OpenOptions {
  /** Path to the native addon built for the running runtime (Electron); tests use better-sqlite3's own. */
  nativeBinding?: string;
  /** Create the file if it does not exist (default true). */
  create?: boolean;
  /** The migration list; only tests pass another one (e.g. to prove a failing migration changes nothing). */
  migrations?: readonly Migration[];
}

export interface OpenResult {
  db: Db;
  /** Backup written before migrating, if any migration ran on an existing file. */
  backupPath: string | null;
  migratedFrom: number;
}

export function applyPragmas(db: Db): void {
  // WAL: readers (exports, reports) never block the writer and a crash cannot tear a page.
  db.pragma('journal_mode = WAL');
  // The schema relies on foreign keys for integrity; SQLite leaves them off unless asked, per connection.
  db.pragma('foreign_keys = ON');
  // FULL: a committed user action survives a power cut, at the cost of one more fsync per transaction.
  db.pragma('synchronous = FULL');
  // A CLI backup or check may hold the file briefly; wait instead of failing the user's action.
  db.pragma('busy_timeout = 5000');
  // The default 2 MB page cache makes list screens of a national roll-up re-read pages from the OS per query;
  // 64 MB holds a large workspace, and sorts for ORDER BY / GROUP BY stay in memory.
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
}

/** Opens (and creates or migrates) a workspace database. Throws AppError with a user-facing code. */
export function openDatabase(file: string, options: OpenOptions = {}): OpenResult {
  const exists = fs.existsSync(file);
  if (!exists && options.create === false) {
    throw new AppError('db_not_database', { detail: file });
  }
  if (!exists) fs.mkdirSync(path.dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (e) {
    const message = (e as Error).message;
    // A native module built for another runtime fails here too; that is not the user's file's fault.
    if (/NODE_MODULE_VERSION|was compiled against|invalid ELF|not a valid Win32|dlopen|\.node/i.test(message)) {
      throw new AppError('native_module', { detail: message });
    }
    throw new AppError('db_not_database', { detail: message });
  }
  try {
    const migrations = options.migrations ?? MIGRATIONS;
    // Both checks run before any pragma: switching to WAL rewrites the header of a file we may have to refuse.
    checkIntegrity(db);
    checkIsOurs(db, exists, migrations);
    applyPragmas(db);
    const { backupPath, from } = migrate(db, file, exists, migrations);
    return { db, backupPath, migratedFrom: from };
  } catch (e) {
    db.close();
    throw e;
  }
}

function checkIntegrity(db: Db): void {
  let result: string[];
  try {
    result = db.prepare('PRAGMA quick_check').pluck().all() as string[];
  } catch (e) {
    const message = (e as Error).message;
    if (/not a database|file is encrypted/i.test(message)) throw new AppError('db_not_database', { detail: message });
    throw new AppError('db_corrupt', { detail: message });
  }
  if (result.length !== 1 || result[0] !== 'ok') {
    throw new AppError('db_corrupt', { detail: result.slice(0, 3).join('; ') });
  }
}

/** Refuses files from a newer app version and SQLite files that are something else altogether. */
function checkIsOurs(db: Db, existed: boolean, migrations: readonly Migration[]): void {
  const from = schemaVersion(db);
  const latest = migrations[migrations.length - 1]!.version;
  if (from > latest) throw new AppError('db_newer', { found: from, supported: latest });
  if (from === 0 && existed) {
    const tables = db.prepare(`SELECT count(*) FROM sqlite_schema WHERE type = 'table'`).pluck().get() as number;
    if (tables > 0) throw new AppError('db_not_database', { detail: 'user_version 0 with existing tables' });
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(
  db: Db,
  file: string,
  existed: boolean,
  migrations: readonly Migration[],
): { backupPath: string | null; from: number } {
  const from = schemaVersion(db);
  if (from === migrations[migrations.length - 1]!.version) return { backupPath: null, from };
  let backupPath: string | null = null;
  if (existed && from > 0) {
    backupPath = `${file}.v${from}-${new Date().toISOString().replace(/[:.]/g, '-')}.bak`;
    // VACUUM INTO is synchronous and gives a consistent, compact copy (db.backup() is async).
    db.prepare('VACUUM INTO ?').run(backupPath);
  }
  const pending = migrations.filter((m) => m.version > from);
  let current = from;
  try {
    db.transaction(() => {
      for (const m of pending) {
        current = m.version;
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      }
      installChangeLogTriggers(db);
      const fkProblems = db.pragma('foreign_key_check') as unknown[];
      if (fkProblems.length > 0) throw new Error(`foreign key check: ${fkProblems.length} problems`);
    }).immediate();
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('migration_failed', { version: current, backup: backupPath ?? '-' }, (e as Error).message);
  }
  return { backupPath, from };
}
