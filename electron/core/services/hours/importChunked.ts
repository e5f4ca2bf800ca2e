import type { Database } from 'better-sqlite3';
import Papa from 'papaparse';
import { parseTimeCsv, type ParsedImport, type ParsedRow } from '../../../../shared/domain/hours/csvImport';
import { guessDateOrder, type ImportMapping } from '../../../../shared/domain/hours/csvMapping';
import type { TaskHandle } from '../../ipc/tasks';
import { stmt } from '../sql';

// Large tracker exports (tens of thousands of rows) read in slices, so the app can show progress and a Cancel
// button works: the file is split into records once, the mapping is settled on the whole file, then each slice
// is checked by the same parseTimeCsv as a small file and the task yields in between.

export type MappingOverride = { [K in keyof ImportMapping]?: ImportMapping[K] | null };

const SLICE = 4000;

/** Same result as parseTimeCsv on the whole text, produced slice by slice with progress from 0 to `scale` × rows. */
export async function parseInSlices(
  db: Database, csv: string, override: Partial<ImportMapping>, task: TaskHandle, scale = 1,
): Promise<ParsedImport> {
  const staff = stmt(db, `SELECT id, name FROM staff`).all() as { id: number; name: string }[];
  const clean = csv.replace(/^\uFEFF/, '');
  const records = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
  const [header = [], ...body] = records.data;
  const total = body.length * scale;
  task.progress(0, Math.max(1, total));
  await task.yield();
  // The columns and date order follow from the whole file (the first slice alone could guess the order wrong).
  const first = parseTimeCsv(Papa.unparse([header, ...body.slice(0, SLICE)], { delimiter: records.meta.delimiter }), staff, override);
  const dateIndex = first.headers.indexOf(first.mapping.date ?? '');
  // Every slice gets exactly this mapping (a column found in none is null for all of them).
  const mapping = {
    ...first.mapping,
    dateOrder: override.dateOrder ?? (dateIndex >= 0 ? guessDateOrder(body.map((r) => (r[dateIndex] ?? '').trim())) : 'dmy'),
  } as Partial<ImportMapping>;
  const rows: ParsedRow[] = [];
  for (let start = 0; start < body.length; start += SLICE) {
    const slice = body.slice(start, start + SLICE);
    const part = parseTimeCsv(Papa.unparse([header, ...slice], { delimiter: records.meta.delimiter }), staff, mapping);
    for (const r of part.rows) rows.push({ ...r, line: r.line + start });
    task.progress(start + slice.length, Math.max(1, total));
    await task.yield();
  }
  return { ...first, mapping: { ...first.mapping, dateOrder: mapping.dateOrder ?? null }, rows };
}
