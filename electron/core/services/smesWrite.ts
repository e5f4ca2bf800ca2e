import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { smeInput } from '../../../shared/schemas/inputs';
import type { DuplicateGroup } from '../../../shared/schemas/masterRows';
import { isoDate } from '../../../shared/domain/weeks';
import { AppError } from '../errors';
import { assertExists } from './archive';
import { getSme, listSmes } from './smes';

type SmeValues = z.output<typeof smeInput>;

export function updateSme(db: Database, id: number, v: SmeValues): { id: number } {
  assertExists(db, 'smes', id);
  const other = db.prepare(`SELECT name FROM smes WHERE kvk = ? AND id <> ? AND merged_into_id IS NULL`).get(v.kvk, id) as
    | { name: string }
    | undefined;
  if (other) throw new AppError('kvk_taken', { kvk: v.kvk, name: other.name });
  db.prepare(`UPDATE smes SET name = @name, kvk = @kvk, sbi_code = @sbiCode, sbi_version = @sbiVersion, fte = @fte,
      postcode = @postcode, municipality = @municipality, region = @region, holiday_region = @holidayRegion,
      contact_name = @contactName, contact_email = @contactEmail, contact_phone = @contactPhone,
      intermediary_id = @intermediaryId WHERE id = @id`).run({
    id, name: v.name, kvk: v.kvk, sbiCode: v.sbiCode ?? null,
    sbiVersion: v.sbiVersion ?? (v.sbiCode ? 'SBI2025' : null), fte: v.fte, postcode: v.postcode ?? null,
    municipality: v.municipality ?? null, region: v.region ?? null, holidayRegion: v.holidayRegion ?? null,
    contactName: v.contactName ?? null, contactEmail: v.contactEmail ?? null, contactPhone: v.contactPhone ?? null,
    intermediaryId: v.intermediaryId ?? null,
  });
  return { id };
}

/** Map.groupBy arrived in Node 21; the tests also run on Node 20. */
function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const nameKey = (name: string) =>
  name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\b(b\.?v\.?|v\.?o\.?f\.?|bv|vof)\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ').trim();

/** Likely duplicates: the same KvK number, or the same name (ignoring case, accents, "B.V.") at one postcode. */
export function findDuplicates(db: Database): DuplicateGroup[] {
  const smes = listSmes(db);
  const groups: DuplicateGroup[] = [];
  const seen = new Set<number>();
  const byKvk = groupBy(smes, (s) => s.kvk);
  for (const members of byKvk.values()) {
    if (members.length > 1) {
      groups.push({ reason: 'kvk', smes: members });
      members.forEach((m) => seen.add(m.id));
    }
  }
  const byName = groupBy(smes.filter((s) => s.postcode && !seen.has(s.id)), (s) => `${nameKey(s.name)}|${s.postcode}`);
  for (const members of byName.values()) if (members.length > 1) groups.push({ reason: 'name_postcode', smes: members });
  return groups;
}

const FILLABLE = ['sbi_code', 'sbi_version', 'postcode', 'municipality', 'region', 'holiday_region', 'contact_name',
  'contact_email', 'contact_phone', 'intermediary_id'] as const;

/**
 * Merges duplicates into one SME. Every request and event visit moves to the one kept; empty fields of the kept
 * record are filled from the others; the merged records stay (marked merged) so their history remains readable.
 */
export function mergeSmes(db: Database, keepId: number, mergeIds: readonly number[]): { id: number } {
  getSme(db, keepId);
  const today = isoDate(new Date());
  for (const id of mergeIds) {
    const m = getSme(db, id);
    if (m.id === keepId) continue;
    db.prepare(`UPDATE requests SET sme_id = ? WHERE sme_id = ?`).run(keepId, id);
    db.prepare(`INSERT OR IGNORE INTO event_attendees (event_id, sme_id) SELECT event_id, ? FROM event_attendees WHERE sme_id = ?`).run(keepId, id);
    db.prepare(`DELETE FROM event_attendees WHERE sme_id = ?`).run(id);
    for (const col of FILLABLE) {
      db.prepare(`UPDATE smes SET ${col} = (SELECT ${col} FROM smes WHERE id = ?) WHERE id = ? AND ${col} IS NULL`).run(id, keepId);
    }
    db.prepare(`UPDATE smes SET merged_into_id = ?, archived_at = coalesce(archived_at, ?) WHERE id = ?`).run(keepId, today, id);
  }
  return { id: keepId };
}

/**
 * A new referring intermediary (bank, business association, …), so an empty workspace can record who sent a
 * company. A name that exists already (any case) gives that one back instead of a second copy.
 */
/** A new name or kind; a name another intermediary has (any case) is refused, since pickers show names only. */
export function updateIntermediary(db: Database, id: number, v: { name: string; kind: string }): { id: number } {
  const other = db.prepare(`SELECT name FROM intermediaries WHERE lower(name) = lower(?) AND id <> ?`).pluck().get(v.name, id) as string | undefined;
  if (other !== undefined) throw new AppError('name_taken', { entity: 'intermediair', name: other }, [{ path: ['name'] }]);
  const res = db.prepare(`UPDATE intermediaries SET name = ?, kind = ? WHERE id = ?`).run(v.name, v.kind, id);
  if (res.changes === 0) throw new AppError('not_found', { entity: 'Intermediair', id });
  return { id };
}

export function createIntermediary(db: Database, v: { name: string; kind: string }): { id: number } {
  const existing = db.prepare(`SELECT id, archived_at FROM intermediaries WHERE lower(name) = lower(?)`).get(v.name) as
    | { id: number; archived_at: string | null }
    | undefined;
  if (existing) {
    if (existing.archived_at !== null) db.prepare(`UPDATE intermediaries SET archived_at = NULL WHERE id = ?`).run(existing.id);
    return { id: existing.id };
  }
  return { id: db.prepare(`INSERT INTO intermediaries (name, kind) VALUES (?, ?) RETURNING id`).pluck().get(v.name, v.kind) as number };
}
