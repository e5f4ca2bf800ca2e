import type { Database } from 'better-sqlite3';
import type { SmeRow } from '../../../shared/schemas/rows';
import type { z } from 'zod';
import type { smeInput } from '../../../shared/schemas/inputs';
import { AppError } from '../errors';
import { stmt } from './sql';

const SELECT_SME = `
  SELECT s.id, s.name, s.kvk, s.sbi_code AS sbiCode, s.sbi_version AS sbiVersion, s.fte, s.size_class AS sizeClass,
         s.postcode, s.municipality, s.region, s.contact_name AS contactName, s.contact_email AS contactEmail,
         i.name AS intermediaryName, s.archived_at AS archivedAt,
         (SELECT count(*) FROM requests r WHERE r.sme_id = s.id) AS requestCount
  FROM smes s LEFT JOIN intermediaries i ON i.id = s.intermediary_id`;

type Raw = Omit<SmeRow, 'archived'> & { archivedAt: string | null };
const toRow = ({ archivedAt, ...r }: Raw): SmeRow => ({ ...r, archived: archivedAt !== null });

/** Every SME that was not merged into another one (merged records live on only as history). */
export function listSmes(db: Database): SmeRow[] {
  return (stmt(db, `${SELECT_SME} WHERE s.merged_into_id IS NULL ORDER BY s.name`).all() as Raw[]).map(toRow);
}

export function getSme(db: Database, id: number): SmeRow {
  const raw = stmt(db, `${SELECT_SME} WHERE s.id = ?`).get(id) as Raw | undefined;
  if (!raw) throw new AppError('not_found', { entity: 'MKB-bedrijf', id });
  return toRow(raw);
}

export function createSme(db: Database, input: z.output<typeof smeInput>): SmeRow {
  const existing = stmt(db, `SELECT name FROM smes WHERE kvk = ? AND merged_into_id IS NULL`).get(input.kvk) as
    | { name: string }
    | undefined;
  if (existing) throw new AppError('kvk_taken', { kvk: input.kvk, name: existing.name });
  const id = stmt(db, `
    INSERT INTO smes (name, kvk, sbi_code, sbi_version, fte, postcode, municipality, region, holiday_region,
                      contact_name, contact_email, contact_phone, intermediary_id)
    VALUES (@name, @kvk, @sbiCode, @sbiVersion, @fte, @postcode, @municipality, @region, @holidayRegion,
            @contactName, @contactEmail, @contactPhone, @intermediaryId)
    RETURNING id`).pluck().get({
    name: input.name,
    kvk: input.kvk,
    sbiCode: input.sbiCode ?? null,
    sbiVersion: input.sbiVersion ?? (input.sbiCode ? 'SBI2025' : null),
    fte: input.fte,
    postcode: input.postcode ?? null,
    municipality: input.municipality ?? null,
    region: input.region ?? null,
    holidayRegion: input.holidayRegion ?? null,
    contactName: input.contactName ?? null,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
    intermediaryId: input.intermediaryId ?? null,
  }) as number;
  return getSme(db, id);
}

/** The list row plus the values the edit form starts from. */
export function smeWithValues(db: Database, id: number) {
  const row = getSme(db, id);
  const raw = stmt(db, `SELECT holiday_region, contact_phone, intermediary_id FROM smes WHERE id = ?`).get(id) as {
    holiday_region: 'noord' | 'midden' | 'zuid' | null;
    contact_phone: string | null;
    intermediary_id: number | null;
  };
  return {
    ...row,
    values: {
      name: row.name, kvk: row.kvk, sbiCode: row.sbiCode, sbiVersion: row.sbiVersion as 'SBI2008' | 'SBI2025' | null,
      fte: row.fte, postcode: row.postcode, municipality: row.municipality, region: row.region,
      holidayRegion: raw.holiday_region, contactName: row.contactName, contactEmail: row.contactEmail,
      contactPhone: raw.contact_phone, intermediaryId: raw.intermediary_id,
    },
  };
}
