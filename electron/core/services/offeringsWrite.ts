import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { offeringInput } from '../../../shared/schemas/masterInputs';
import { assertExists } from './archive';

type OfferingValues = z.output<typeof offeringInput>;

/** Replaces a link set (levels, programmes, terms) writing only the differences, so the log stays readable. */
export function syncLinks(db: Database, table: string, ownerCol: string, ownerId: number, col: string, wanted: readonly (string | number)[]): void {
  const current = db.prepare(`SELECT ${col} FROM ${table} WHERE ${ownerCol} = ?`).pluck().all(ownerId) as (string | number)[];
  const del = db.prepare(`DELETE FROM ${table} WHERE ${ownerCol} = ? AND ${col} = ?`);
  const ins = db.prepare(`INSERT INTO ${table} (${ownerCol}, ${col}) VALUES (?, ?)`);
  for (const v of current.filter((c) => !wanted.includes(c))) del.run(ownerId, v);
  for (const v of [...new Set(wanted)].filter((w) => !current.includes(w))) ins.run(ownerId, v);
}

const params = (v: OfferingValues) => ({
  name: v.name, theme: v.theme, description: v.description, durationValue: v.durationValue,
  durationUnit: v.durationUnit, effortMinutes: v.effortMinutes, teamSize: v.teamSize,
});

function writeLinks(db: Database, id: number, v: OfferingValues): void {
  for (const p of v.programmeIds) assertExists(db, 'programmes', p);
  for (const t of v.termIds) assertExists(db, 'terms', t);
  syncLinks(db, 'offering_levels', 'offering_id', id, 'level', v.levels);
  syncLinks(db, 'offering_programmes', 'offering_id', id, 'programme_id', v.programmeIds);
  syncLinks(db, 'offering_terms', 'offering_id', id, 'term_id', v.termIds);
}

export function createOffering(db: Database, v: OfferingValues): { id: number } {
  const id = db.prepare(`INSERT INTO offerings (name, theme, description, duration_value, duration_unit, effort_minutes, team_size)
    VALUES (@name, @theme, @description, @durationValue, @durationUnit, @effortMinutes, @teamSize) RETURNING id`)
    .pluck().get(params(v)) as number;
  writeLinks(db, id, v);
  return { id };
}

export function updateOffering(db: Database, id: number, v: OfferingValues): { id: number } {
  assertExists(db, 'offerings', id);
  db.prepare(`UPDATE offerings SET name = @name, theme = @theme, description = @description,
      duration_value = @durationValue, duration_unit = @durationUnit, effort_minutes = @effortMinutes,
      team_size = @teamSize WHERE id = @id`).run({ ...params(v), id });
  writeLinks(db, id, v);
  return { id };
}

export interface OfferingDetail { programmeIds: number[]; termIds: number[] }
export function offeringLinks(db: Database, id: number): OfferingDetail {
  assertExists(db, 'offerings', id);
  return {
    programmeIds: db.prepare(`SELECT programme_id FROM offering_programmes WHERE offering_id = ? ORDER BY 1`).pluck().all(id) as number[],
    termIds: db.prepare(`SELECT term_id FROM offering_terms WHERE offering_id = ? ORDER BY 1`).pluck().all(id) as number[],
  };
}
