import type { Database } from 'better-sqlite3';
import * as m001 from './001_initial_schema';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

/** One entry per schema version, in order. Never edit a released migration: add the next one. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'initial schema', up: m001.up }];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
