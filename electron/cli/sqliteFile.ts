import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import fs from 'node:fs';
import { CliError, EXIT_USAGE } from './io';
import { appMessage, cliMessage } from './messages';

export function mustExist(file: string): void {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(cliMessage('fileMissing', { file }), EXIT_USAGE);
}

export interface ReadOnlyFile {
  db: Db;
  version: number;
  /** Closes the connection and removes the -wal/-shm files that opening created, so reading leaves no trace. */
  close(): void;
}

/**
 * Opens a database file read-only, as it is: no pragmas that write, no migrations, no integrity repair.
 * SQLite only notices a file is not a database on the first read, so this reads the schema version at once.
 */
export function openReadOnly(file: string): ReadOnlyFile {
  mustExist(file);
  // A read-only reader of a WAL database still creates the -wal and -shm files; if they were not there
  // before, no other connection had the file open, and empty ones can go again afterwards.
  const created = ['-wal', '-shm'].filter((suffix) => !fs.existsSync(file + suffix));
  let db: Db | null = null;
  const close = () => {
    db?.close();
    if (created.includes('-wal') && fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size === 0) {
      for (const suffix of created) fs.rmSync(file + suffix, { force: true });
    }
  };
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    return { db, version, close };
  } catch (e) {
    close();
    throw new CliError(describeOpenError(e));
  }
}

export function describeOpenError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/not a database|file is encrypted/i.test(message)) return appMessage('db_not_database', { detail: message });
  return appMessage('db_corrupt', { detail: message });
}

export function megabytes(file: string): string {
  return `${(fs.statSync(file).size / 1_000_000).toFixed(1)} MB`;
}
