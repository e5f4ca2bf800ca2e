import type { Database } from 'better-sqlite3';
import type { Language } from '../../../../shared/domain/constants';
import { parseTimeCsv, problemText, type ParsedImport } from '../../../../shared/domain/hours/csvImport';
import type { ImportMapping } from '../../../../shared/domain/hours/csvMapping';
import type { ImportPreview } from '../../../../shared/schemas/hoursRows';
import { AppError } from '../../errors';
import type { TaskHandle } from '../../ipc/tasks';
import { stmt } from '../sql';
import { parseInSlices, type MappingOverride } from './importChunked';
import { assertUnlocked, lockedAmong, monthOf } from './locks';

const cleanOf = (override: MappingOverride) =>
  Object.fromEntries(Object.entries(override).filter(([, v]) => v !== undefined)) as Partial<ImportMapping>;

function parseAll(db: Database, csv: string, override: MappingOverride): ParsedImport {
  const staff = stmt(db, `SELECT id, name FROM staff`).all() as { id: number; name: string }[];
  return parseTimeCsv(csv, staff, cleanOf(override));
}

/** Parses a tracker export against the people in the workspace; rows in closed months are errors too. */
export function importPreview(db: Database, csv: string, override: MappingOverride, lang: Language, maxRows?: number): ImportPreview {
  return limitRows(analyse(db, parseAll(db, csv, override), lang).preview, maxRows);
}

/** The same for a large file, in slices with progress (the app passes a taskId; a Cancel stops it). */
export async function importPreviewInSlices(db: Database, csv: string, override: MappingOverride, lang: Language,
  task: TaskHandle, maxRows?: number): Promise<ImportPreview> {
  return limitRows(analyse(db, await parseInSlices(db, csv, cleanOf(override), task), lang).preview, maxRows);
}

/** The screen shows a few hundred rows: the bad ones first, so they are seen even in a long file; counts stay whole. */
function limitRows(preview: ImportPreview, maxRows: number | undefined): ImportPreview {
  if (maxRows === undefined || preview.rows.length <= maxRows) return preview;
  const bad = preview.rows.filter((r) => r.problems.length > 0);
  const good = preview.rows.filter((r) => r.problems.length === 0);
  return { ...preview, rows: [...bad, ...good].slice(0, maxRows) };
}

function analyse(db: Database, parsed: ParsedImport, lang: Language): { preview: ImportPreview; staffIds: (number | null)[] } {
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

type Analysed = ReturnType<typeof analyse>;

/** All or nothing: any row with a problem (or an empty file) refuses the import, with every bad row listed. */
function refuseBad({ preview }: Analysed, lang: Language): void {
  const bad = preview.rows.filter((r) => r.problems.length > 0);
  if (bad.length === 0 && preview.rows.length > 0) return;
  const details = bad.map((r) => ({ line: r.line, key: undefined, problems: r.problems.map((p) => p.message) }));
  const detail = preview.rows.length === 0
    ? (lang === 'nl' ? 'het bestand bevat geen regels' : 'the file holds no rows')
    : (lang === 'nl' ? `${bad.length} van ${preview.rows.length} regels zijn niet in orde; er is niets geïmporteerd` : `${bad.length} of ${preview.rows.length} rows are not valid; nothing was imported`);
  throw new AppError('import_invalid', { detail }, details);
}

/** Writes every row as one time entry; call inside one action (one transaction, one undo step). */
function write(db: Database, { preview, staffIds }: Analysed, onRow?: (done: number) => void): { imported: number; minutes: number } {
  // Checked again inside the transaction: a month may have been closed while a large file was being read.
  assertUnlocked(db, preview.rows.flatMap((r) => (r.date ? [monthOf(r.date)] : [])));
  const insert = stmt(db, `INSERT INTO time_entries (staff_id, entry_date, minutes, activity, note) VALUES (?, ?, ?, ?, ?)`);
  preview.rows.forEach((r, i) => {
    insert.run(staffIds[i], r.date, r.minutes, r.activity, r.note);
    if (onRow && ((i + 1) % 2000 === 0 || i + 1 === preview.rows.length)) onRow(i + 1);
  });
  return { imported: preview.rows.length, minutes: preview.totalMinutes };
}

/** Imports in one go (CLI, tests): bad rows refuse the whole file, otherwise every row becomes an entry. */
export function importHours(db: Database, csv: string, override: MappingOverride, lang: Language): { imported: number; minutes: number } {
  const analysed = analyse(db, parseAll(db, csv, override), lang);
  refuseBad(analysed, lang);
  return write(db, analysed);
}

/**
 * The same for a large file from the app: read and checked in slices with progress (first half of the bar),
 * then written in `runAction` (one transaction, second half). A Cancel while reading leaves everything as it was.
 */
export async function importHoursInSlices(db: Database, csv: string, override: MappingOverride, lang: Language, task: TaskHandle,
  runAction: <T>(fn: () => T) => T): Promise<{ imported: number; minutes: number }> {
  const analysed = analyse(db, await parseInSlices(db, csv, cleanOf(override), task, 2), lang);
  refuseBad(analysed, lang);
  const n = analysed.preview.rows.length;
  await task.yield();
  return runAction(() => write(db, analysed, (done) => task.progress(n + done, 2 * n)));
}
