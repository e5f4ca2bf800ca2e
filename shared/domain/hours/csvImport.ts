import Papa from 'papaparse';
import type { Activity } from '../constants';
import { activityOf, dateOf, detectSource, guessDateOrder, guessMapping, minutesOf, type ImportMapping, type ImportSource } from './csvMapping';

/** Why a row cannot be imported: a key of IMPORT_MESSAGES with the value that was wrong. */
export interface RowProblem {
  key: ImportProblemKey;
  value: string;
}
export type ImportProblemKey = 'staff' | 'date' | 'duration' | 'activity' | 'locked' | 'tooLong';

export interface ParsedRow {
  /** Line number in the file (the header is line 1). */
  line: number;
  staffName: string;
  staffId: number | null;
  date: string | null;
  minutes: number | null;
  activity: Activity | null;
  note: string;
  problems: RowProblem[];
}

export interface ParsedImport {
  source: ImportSource;
  delimiter: string;
  headers: string[];
  /** The mapping used; fields without a column are null (the file then cannot be imported). */
  mapping: { [K in keyof ImportMapping]: ImportMapping[K] | null };
  rows: ParsedRow[];
}

/** Reads a tracker export: delimiter (comma, semicolon or tab) and columns detected; `mapping` overrides. */
export function parseTimeCsv(
  text: string,
  staff: readonly { id: number; name: string }[],
  override: Partial<ImportMapping> = {},
): ParsedImport {
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
  const [headerRow = [], ...body] = parsed.data;
  const headers = headerRow.map((h) => h.trim());
  const guessed = guessMapping(headers);
  const mapping = { ...guessed, ...override };
  if (override.activity === undefined) mapping.activity = bestActivityColumn(headers, body) ?? guessed.activity;
  const col = (name: string | null | undefined) => (name ? headers.indexOf(name) : -1);
  const idx = { staff: col(mapping.staff), date: col(mapping.date), duration: col(mapping.duration), activity: col(mapping.activity), note: col(mapping.note) };
  const cell = (r: string[], i: number) => (i >= 0 ? (r[i] ?? '').trim() : '');
  if (!override.dateOrder) mapping.dateOrder = guessDateOrder(body.map((r) => cell(r, idx.date)));
  const byName = new Map(staff.map((s) => [s.name.trim().toLowerCase(), s.id]));

  const rows = body.map((r, i): ParsedRow => {
    const problems: RowProblem[] = [];
    const staffName = cell(r, idx.staff);
    const staffId = byName.get(staffName.toLowerCase()) ?? null;
    if (staffId === null) problems.push({ key: 'staff', value: staffName });
    const dateText = cell(r, idx.date);
    const date = dateOf(dateText, mapping.dateOrder ?? 'dmy');
    if (!date) problems.push({ key: 'date', value: dateText });
    const durationText = cell(r, idx.duration);
    const minutes = minutesOf(durationText);
    if (minutes === null) problems.push({ key: 'duration', value: durationText });
    else if (minutes > 1440) problems.push({ key: 'tooLong', value: durationText });
    const activityText = cell(r, idx.activity);
    const activity = activityOf(activityText);
    if (!activity) problems.push({ key: 'activity', value: activityText });
    return { line: i + 2, staffName, staffId, date, minutes, activity, note: cell(r, idx.note), problems };
  });
  return { source: detectSource(headers), delimiter: parsed.meta.delimiter, headers, mapping, rows };
}

/**
 * Trackers put the kind of work in different columns (Clockify: Task, Toggl: Project or Tags, Kimai: Activiteit);
 * the column whose values most often name an activity wins.
 */
function bestActivityColumn(headers: readonly string[], body: readonly string[][]): string | null {
  const candidates = ['activity', 'activiteit', 'task', 'taak', 'project', 'tags', 'tag', 'description', 'omschrijving', 'beschrijving'];
  let best: string | null = null;
  let bestHits = 0;
  for (const name of candidates) {
    const i = headers.findIndex((h) => h.trim().toLowerCase() === name);
    if (i < 0) continue;
    const hits = body.filter((r) => activityOf(r[i] ?? '') !== null).length;
    if (hits > bestHits) { best = headers[i]!; bestHits = hits; }
  }
  return best;
}

/** Texts of row problems, Dutch and English (the CLI prints Dutch). */
export const IMPORT_MESSAGES: Record<ImportProblemKey, { nl: string; en: string }> = {
  staff: { nl: 'onbekende medewerker “{value}”', en: 'unknown staff member “{value}”' },
  date: { nl: 'ongeldige datum “{value}”', en: 'invalid date “{value}”' },
  duration: { nl: 'ongeldige duur “{value}”', en: 'invalid duration “{value}”' },
  tooLong: { nl: 'meer dan 24 uur op één dag: “{value}”', en: 'more than 24 hours in one day: “{value}”' },
  activity: { nl: 'geen activiteit herkend in “{value}”', en: 'no activity recognised in “{value}”' },
  locked: { nl: 'maand {value} is afgesloten', en: 'month {value} is locked' },
};

export function problemText(p: RowProblem, lang: 'nl' | 'en'): string {
  return IMPORT_MESSAGES[p.key][lang].replace('{value}', p.value);
}
