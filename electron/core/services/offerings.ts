import type { Database } from 'better-sqlite3';
import type { IntermediaryRow, OfferingRow } from '../../../shared/schemas/rows';
import { splitList, stmt } from './sql';

export function listOfferings(db: Database): OfferingRow[] {
  const rows = stmt(db, `
    SELECT o.id, o.name, o.theme, o.description, o.duration_value AS durationValue, o.duration_unit AS durationUnit,
           o.effort_minutes AS effortMinutes, o.team_size AS teamSize, o.archived_at AS archivedAt,
           (SELECT group_concat(level) FROM offering_levels l WHERE l.offering_id = o.id) AS levels,
           (SELECT count(*) FROM offering_programmes op WHERE op.offering_id = o.id) AS programmeCount,
           (SELECT count(*) FROM requests r WHERE r.offering_id = o.id AND r.archived_at IS NULL) AS requestCount
    FROM offerings o ORDER BY o.theme, o.name`).all() as Record<string, unknown>[];
  return rows.map(({ archivedAt, levels, ...r }) => ({
    ...(r as Omit<OfferingRow, 'archived' | 'levels'>),
    levels: splitList(levels as string | null) as OfferingRow['levels'],
    archived: archivedAt !== null,
  }));
}

/** The intermediaries in use (or, `archived`, those set aside), with how many companies each referred. */
export function listIntermediaries(db: Database, archived = false): IntermediaryRow[] {
  const rows = stmt(db, `
    SELECT i.id, i.name, i.kind, i.archived_at IS NOT NULL AS archived,
           (SELECT count(*) FROM smes s WHERE s.intermediary_id = i.id AND s.merged_into_id IS NULL) AS smeCount
    FROM intermediaries i WHERE (i.archived_at IS NOT NULL) = ? ORDER BY i.name COLLATE NOCASE`).all(archived ? 1 : 0) as (Omit<IntermediaryRow, 'archived'> & { archived: number })[];
  return rows.map((r) => ({ ...r, archived: r.archived === 1 }));
}
