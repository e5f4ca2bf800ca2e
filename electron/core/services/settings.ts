import type { Database } from 'better-sqlite3';
import type { Settings } from '../../../shared/schemas/rows';
import { LANGUAGES, type Language } from '../../../shared/domain/constants';
import { stmt } from './sql';

const DEFAULTS: Settings = { language: 'nl' };

export function getSettings(db: Database): Settings {
  const rows = stmt(db, `SELECT key, value FROM settings`).all() as { key: string; value: string }[];
  const out: Settings = { ...DEFAULTS };
  for (const { key, value } of rows) {
    if (key === 'language' && (LANGUAGES as readonly string[]).includes(value)) out.language = value as Language;
  }
  return out;
}

export function setSettings(db: Database, patch: Partial<Settings>): Settings {
  const upsert = stmt(db, `INSERT INTO settings (key, value) VALUES (?, ?)
                           ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) upsert.run(key, String(value));
  }
  return getSettings(db);
}
