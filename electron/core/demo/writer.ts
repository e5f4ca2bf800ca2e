import type { Database } from 'better-sqlite3';

export type InsertRow = (...values: unknown[]) => void;

/** Prepared INSERTs that count what they write, so the generator can report the size of what it made. */
export class Writer {
  readonly counts: Record<string, number> = {};

  constructor(private readonly db: Database) {}

  table(name: string, columns: readonly string[]): InsertRow {
    const stmt = this.db.prepare(
      `INSERT INTO ${name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    this.counts[name] ??= 0;
    return (...values: unknown[]) => {
      stmt.run(values);
      this.counts[name]!++;
    };
  }
}
