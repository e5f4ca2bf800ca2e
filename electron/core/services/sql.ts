import type { Database, Statement } from 'better-sqlite3';

/** JSON array column → string[] (the schema guarantees json_valid). */
export const jsonList = (text: string | null): string[] => (text ? (JSON.parse(text) as string[]) : []);

/** Comma-joined group_concat → list, for small sets such as a programme's themes. */
export const splitList = (text: string | null): string[] => (text ? text.split(',') : []);

export const bool = (v: unknown): boolean => v !== null && v !== undefined && v !== 0;

/** Prepared statements are cached per connection: the planner and lists run the same queries often. */
const cache = new WeakMap<Database, Map<string, Statement<unknown[], unknown>>>();
export function stmt(db: Database, sql: string): Statement<unknown[], unknown> {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.prepare<unknown[], unknown>(sql)));
  return s;
}
