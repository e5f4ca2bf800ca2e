import type { Database } from 'better-sqlite3';
import type { Language } from '../../../../shared/domain/constants';
import { parseTimeCsv, problemText } from '../../../../shared/domain/hours/csvImport';
import type { ImportMapping } from '../../../../shared/domain/hours/csvMapping';
import type { ImportPreview } from '../../../../shared/schemas/hoursRows';
import { AppError } from '../../errors';
import { stmt } from '../sql';
import { lockedAmong, monthOf } from './locks';

type MappingOverride = { [K in keyof ImportMapping]?: ImportMapping[K] | null };

/** Parses a tracker export against the people in the workspace; rows in closed months are errors too. */
export function importPreview(db: Database, csv: string, override: MappingOverride, lang: Language): ImportPreview {
  return analyse(db, csv, override, lang).preview;
}

function analyse(db: Database, csv: string, override: MappingOverride, lang: Language): { preview: ImportPreview; staffIds: (number | null)[] } {
  const staff = stmt(db, `SELECT id, name FROM staff`).all() as { id: number; name: string }[];
  const clean = Object.fromEntries(Object.entries(override).filter(([, v]) => v !== undefined)) as Partial<ImportMapping>;
  const parsed = parseTimeCsv(csv, staff, clean);
  const locked = new Set(lockedAmong(db, parsed.rows.flatMap((r) => (r.date ? [monthOf(r.date)] : []))));
  let okCount = 0, totalMinutes = 0;
  const rows = parsed.rows.map((r) => {
    const problems = [...r.problems];
    if (r.date && locked.has(monthOf(r.date))) problems.push({ key: 'locked', value: monthOf(r.date) });
    if (problems.length === 0) { okCount++; totalMinutes += r.minutes!; }
    return { line: r.line, staffName: r.staffName, date: r.date, minutes: r.minutes, activity: r.activity, note: r.note,
      problems: problems.map((p) => ({ ...p, message: problemText(p, lang) })), staffId: r.staffId };
  });
  const preview: ImportPreview = {
    source: parsed.source, delimiter: parsed.delimiter, headers: parsed.headers,
    mapping: { staff: parsed.mapping.staff ?? null, date: parsed.mapping.date ?? null, duration: parsed.mapping.duration ?? null,
      activity: parsed.mapping.activity ?? null, note: parsed.mapping.note ?? null, dateOrder: parsed.mapping.dateOrder ?? null },
    rows: rows.map(({ staffId: _s, ...r }) => r),
    okCount, errorCount: rows.length - okCount, totalMinutes,
  };
  return { preview, staffIds: rows.map((r) => r.staffId) };
}

/**
 * All or nothing: any row with a problem (or an empty file) refuses the import, with every bad row listed in
 * the error's details; otherwise every row becomes one time entry, in this one transaction.
 */
export function importHours(db: Database, csv: string, override: MappingOverride, lang: Language): { imported: number; minutes: number } {
  const { preview, staffIds } = analyse(db, csv, override, lang);
  const bad = preview.rows.filter((r) => r.problems.length > 0);
  if (bad.length > 0 || preview.rows.length === 0) {
    const details = bad.map((r) => ({ line: r.line, key: undefined, problems: r.problems.map((p) => p.message) }));
    const detail = preview.rows.length === 0
      ? (lang === 'nl' ? 'het bestand bevat geen regels' : 'the file holds no rows')
      : (lang === 'nl' ? `${bad.length} van ${preview.rows.length} regels zijn niet in orde; er is niets geïmporteerd` : `${bad.length} of ${preview.rows.length} rows are not valid; nothing was imported`);
    throw new AppError('import_invalid', { detail }, details);
  }
  const insert = stmt(db, `INSERT INTO time_entries (staff_id, entry_date, minutes, activity, note) VALUES (?, ?, ?, ?, ?)`);
  preview.rows.forEach((r, i) => insert.run(staffIds[i], r.date, r.minutes, r.activity, r.note));
  return { imported: preview.rows.length, minutes: preview.totalMinutes };
}
