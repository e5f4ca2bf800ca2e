import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { programmeInput, schoolInput } from '../../../shared/schemas/masterInputs';
import { AppError } from '../errors';
import { assertExists } from './archive';

type SchoolValues = z.output<typeof schoolInput>;
type ProgrammeValues = z.output<typeof programmeInput>;

function assertBrinFree(db: Database, brin: string, exceptId: number | null): void {
  const other = db.prepare(`SELECT id, name FROM schools WHERE brin = ? AND id IS NOT ?`).get(brin, exceptId) as
    | { name: string }
    | undefined;
  if (other) throw new AppError('brin_taken', { brin, name: other.name });
}

const schoolParams = (v: SchoolValues) => ({
  name: v.name, shortName: v.shortName ?? null, kind: v.kind, brin: v.brin, holidayRegion: v.holidayRegion,
  municipality: v.municipality ?? null, contactName: v.contactName ?? null, contactEmail: v.contactEmail ?? null,
});

export function createSchool(db: Database, v: SchoolValues): { id: number } {
  assertBrinFree(db, v.brin, null);
  const id = db.prepare(`INSERT INTO schools (name, short_name, kind, brin, holiday_region, municipality, contact_name, contact_email)
    VALUES (@name, @shortName, @kind, @brin, @holidayRegion, @municipality, @contactName, @contactEmail) RETURNING id`)
    .pluck().get(schoolParams(v)) as number;
  return { id };
}

/** A changed holiday region re-marks the holiday weeks of the school's terms (done by the caller). */
export function updateSchool(db: Database, id: number, v: SchoolValues): { id: number; regionChanged: boolean } {
  assertExists(db, 'schools', id);
  assertBrinFree(db, v.brin, id);
  const before = db.prepare(`SELECT holiday_region FROM schools WHERE id = ?`).pluck().get(id) as string;
  db.prepare(`UPDATE schools SET name = @name, short_name = @shortName, kind = @kind, brin = @brin,
      holiday_region = @holidayRegion, municipality = @municipality, contact_name = @contactName,
      contact_email = @contactEmail WHERE id = @id`).run({ ...schoolParams(v), id });
  return { id, regionChanged: before !== v.holidayRegion };
}

function writeThemes(db: Database, programmeId: number, themes: readonly string[]): void {
  const current = db.prepare(`SELECT theme FROM programme_themes WHERE programme_id = ?`).pluck().all(programmeId) as string[];
  // Only real differences are written, so the change log shows what the user changed and nothing else.
  for (const t of current.filter((c) => !themes.includes(c))) {
    db.prepare(`DELETE FROM programme_themes WHERE programme_id = ? AND theme = ?`).run(programmeId, t);
  }
  for (const t of themes.filter((n) => !current.includes(n))) {
    db.prepare(`INSERT INTO programme_themes (programme_id, theme) VALUES (?, ?)`).run(programmeId, t);
  }
}

const programmeParams = (v: ProgrammeValues) => ({
  schoolId: v.schoolId, name: v.name, level: v.level, crebo: v.crebo ?? null, isMinor: v.isMinor ? 1 : 0,
  coaches: JSON.stringify(v.coaches),
});

export function createProgramme(db: Database, v: ProgrammeValues): { id: number } {
  assertExists(db, 'schools', v.schoolId);
  const id = db.prepare(`INSERT INTO programmes (school_id, name, level, crebo, is_minor, coaches)
    VALUES (@schoolId, @name, @level, @crebo, @isMinor, @coaches) RETURNING id`).pluck().get(programmeParams(v)) as number;
  writeThemes(db, id, v.themes);
  return { id };
}

export function updateProgramme(db: Database, id: number, v: ProgrammeValues): { id: number } {
  assertExists(db, 'programmes', id);
  assertExists(db, 'schools', v.schoolId);
  db.prepare(`UPDATE programmes SET school_id = @schoolId, name = @name, level = @level, crebo = @crebo,
      is_minor = @isMinor, coaches = @coaches WHERE id = @id`).run({ ...programmeParams(v), id });
  writeThemes(db, id, v.themes);
  return { id };
}
