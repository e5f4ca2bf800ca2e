import type { Database } from 'better-sqlite3';
import type { ProgrammeRow, SchoolRow } from '../../../shared/schemas/rows';
import { bool, jsonList, splitList, stmt } from './sql';

export function listSchools(db: Database): SchoolRow[] {
  const rows = stmt(db, `
    SELECT s.id, s.name, s.short_name AS shortName, s.kind, s.brin, s.holiday_region AS holidayRegion,
           s.municipality, s.contact_name AS contactName, s.contact_email AS contactEmail,
           (SELECT count(*) FROM programmes p WHERE p.school_id = s.id AND p.archived_at IS NULL) AS programmeCount,
           s.archived_at AS archivedAt
    FROM schools s ORDER BY s.name`).all() as (Omit<SchoolRow, 'archived'> & { archivedAt: string | null })[];
  return rows.map(({ archivedAt, ...r }) => ({ ...r, archived: archivedAt !== null }));
}

export function listProgrammes(db: Database): ProgrammeRow[] {
  const rows = stmt(db, `
    SELECT p.id, p.school_id AS schoolId, s.name AS schoolName, p.name, p.level, p.crebo, p.is_minor AS isMinor,
           p.coaches, p.archived_at AS archivedAt,
           (SELECT group_concat(theme) FROM programme_themes t WHERE t.programme_id = p.id) AS themes
    FROM programmes p JOIN schools s ON s.id = p.school_id
    ORDER BY s.name, p.name`).all() as Record<string, unknown>[];
  return rows.map((r) => ({
    id: r.id as number,
    schoolId: r.schoolId as number,
    schoolName: r.schoolName as string,
    name: r.name as string,
    level: r.level as ProgrammeRow['level'],
    crebo: r.crebo as string | null,
    isMinor: bool(r.isMinor),
    themes: splitList(r.themes as string | null) as ProgrammeRow['themes'],
    coaches: jsonList(r.coaches as string),
    archived: r.archivedAt !== null,
  }));
}
