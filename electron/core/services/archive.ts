import type { Database } from 'better-sqlite3';
import { isoDate } from '../../../shared/domain/weeks';
import { AppError } from '../errors';

const ARCHIVABLE = {
  schools: 'Onderwijsinstelling',
  programmes: 'Opleiding',
  terms: 'Periode',
  cohorts: 'Capaciteit',
  offerings: 'Menukaart-item',
  smes: 'MKB-bedrijf',
  requests: 'Aanvraag',
  staff: 'Medewerker',
  funders: 'Financier',
  events: 'Evenement',
  intermediaries: 'Intermediair',
} as const;
export type ArchivableTable = keyof typeof ARCHIVABLE;

/** Soft delete: archived records disappear from pickers but keep every link and their history. */
export function setArchived(db: Database, table: ArchivableTable, id: number, archived: boolean): { id: number } {
  const res = db
    .prepare(`UPDATE ${table} SET archived_at = ? WHERE id = ?`)
    .run(archived ? isoDate(new Date()) : null, id);
  if (res.changes === 0) throw new AppError('not_found', { entity: ARCHIVABLE[table], id });
  return { id };
}

export function assertExists(db: Database, table: ArchivableTable, id: number): void {
  const row = db.prepare(`SELECT archived_at FROM ${table} WHERE id = ?`).get(id) as { archived_at: string | null } | undefined;
  if (!row) throw new AppError('not_found', { entity: ARCHIVABLE[table], id });
}
