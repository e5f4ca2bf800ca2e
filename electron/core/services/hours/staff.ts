import type { Database } from 'better-sqlite3';
import type { Language } from '../../../../shared/domain/constants';
import { entryCostCents } from '../../../../shared/domain/cost';
import { applyRateChange, nextDay, rateOn, type DatedRate } from '../../../../shared/domain/hours/rates';
import type { z } from 'zod';
import type { rateChange, sharesInput, staffCreate, staffInput } from '../../../../shared/schemas/hoursInputs';
import { AppError } from '../../errors';
import { stmt } from '../sql';
import { assertUnlocked, monthOf } from './locks';

export function staffDetail(db: Database, id: number) {
  const s = stmt(db, `SELECT id, name, role, employer, contract_minutes_per_week AS contractMinutesPerWeek FROM staff WHERE id = ?`)
    .get(id) as { id: number; name: string; role: string; employer: string | null; contractMinutesPerWeek: number } | undefined;
  if (!s) throw new AppError('not_found', { entity: 'Medewerker', id });
  const shares = stmt(db, `SELECT sh.funder_id AS funderId, f.name AS funderName, sh.share_bp AS bp FROM staff_funder_shares sh
    JOIN funders f ON f.id = sh.funder_id WHERE sh.staff_id = ? ORDER BY sh.share_bp DESC, f.name`).all(id) as { funderId: number; funderName: string; bp: number }[];
  return { ...s, rates: ratesOf(db, id), shares };
}

function ratesOf(db: Database, staffId: number): DatedRate[] {
  return stmt(db, `SELECT effective_from AS effectiveFrom, hourly_rate_cents AS hourlyRateCents FROM staff_rates
    WHERE staff_id = ? ORDER BY effective_from`).all(staffId) as DatedRate[];
}

export function createStaff(db: Database, v: z.output<typeof staffCreate>): { id: number } {
  const id = stmt(db, `INSERT INTO staff (name, role, employer, contract_minutes_per_week) VALUES (?, ?, ?, ?) RETURNING id`)
    .pluck().get(v.name, v.role, v.employer, v.contractMinutesPerWeek) as number;
  stmt(db, `INSERT INTO staff_rates (staff_id, effective_from, hourly_rate_cents) VALUES (?, ?, ?)`).run(id, v.effectiveFrom, v.hourlyRateCents);
  return { id };
}

export function updateStaff(db: Database, id: number, v: z.output<typeof staffInput>): { id: number } {
  const r = stmt(db, `UPDATE staff SET name = ?, role = ?, employer = ?, contract_minutes_per_week = ? WHERE id = ?`)
    .run(v.name, v.role, v.employer, v.contractMinutesPerWeek, id);
  if (r.changes === 0) throw new AppError('not_found', { entity: 'Medewerker', id });
  return { id };
}

type RateChange = z.output<typeof rateChange>;

/**
 * What a rate change would do: the rate rows after it, and the cost of the person's entries before and after.
 * Only entries from `from` on can change (rows before `from` are kept), and with an end date only up to it.
 */
export function ratePreview(db: Database, c: RateChange) {
  staffDetail(db, c.staffId); // not_found for an unknown person
  const before = ratesOf(db, c.staffId);
  const after = applyRateChange(before, c.from, c.to, c.hourlyRateCents);
  const entries = stmt(db, `SELECT entry_date AS date, minutes FROM time_entries WHERE staff_id = ? AND entry_date >= ?
    ORDER BY entry_date`).all(c.staffId, c.from) as { date: string; minutes: number }[];
  let count = 0, minutes = 0, beforeCents = 0, afterCents = 0;
  const changedMonths = new Set<string>();
  for (const e of entries) {
    const b = entryCostCents(e.minutes, rateOn(before, e.date) ?? 0);
    const a = entryCostCents(e.minutes, rateOn(after, e.date) ?? 0);
    if (a === b && rateOn(before, e.date) === rateOn(after, e.date)) continue;
    count++; minutes += e.minutes; beforeCents += b; afterCents += a;
    changedMonths.add(monthOf(e.date));
  }
  return { entries: count, minutes, beforeCents, afterCents, diffCents: afterCents - beforeCents, before, after, changedMonths };
}

/** Writes the rate change; refused when it would change the cost of an entry in a closed month. */
export function setRate(db: Database, c: RateChange, lang: Language) {
  const preview = ratePreview(db, c);
  assertUnlocked(db, preview.changedMonths, lang);
  const after = c.to ? nextDay(c.to) : null;
  stmt(db, `DELETE FROM staff_rates WHERE staff_id = ? AND effective_from >= ? AND (? IS NULL OR effective_from < ?)`)
    .run(c.staffId, c.from, after, after);
  const insert = stmt(db, `INSERT INTO staff_rates (staff_id, effective_from, hourly_rate_cents) VALUES (?, ?, ?)
    ON CONFLICT (staff_id, effective_from) DO UPDATE SET hourly_rate_cents = excluded.hourly_rate_cents`);
  const existing = new Map(ratesOf(db, c.staffId).map((r) => [r.effectiveFrom, r.hourlyRateCents]));
  for (const r of preview.after) if (existing.get(r.effectiveFrom) !== r.hourlyRateCents) insert.run(c.staffId, r.effectiveFrom, r.hourlyRateCents);
  const { changedMonths: _omit, ...result } = preview;
  void _omit;
  return result;
}

export function setShares(db: Database, v: z.output<typeof sharesInput>): { id: number } {
  staffDetail(db, v.staffId);
  stmt(db, `DELETE FROM staff_funder_shares WHERE staff_id = ?`).run(v.staffId);
  const insert = stmt(db, `INSERT INTO staff_funder_shares (staff_id, funder_id, share_bp) VALUES (?, ?, ?)`);
  for (const s of v.shares) if (s.bp > 0) insert.run(v.staffId, s.funderId, s.bp);
  return { id: v.staffId };
}
