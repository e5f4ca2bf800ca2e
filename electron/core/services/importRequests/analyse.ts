import type { Database } from 'better-sqlite3';
import type { Language } from '../../../../shared/domain/constants';
import { isoDate } from '../../../../shared/domain/weeks';
import {
  IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, type ImportField, type ImportMessage, type ImportPreview, type ImportPreviewRow,
} from '../../../../shared/schemas/importRequests';
import type { z } from 'zod';
import type { importRequestsInput } from '../../../../shared/schemas/importRequests';
import type { TaskHandle } from '../../ipc/tasks';
import { applyMapping, guessMapping } from './mapping';
import { clip, fieldLabel, msg } from './messages';
import { readTable, type Table } from './readTable';
import { checkRow, type Lookups, type RequestValues, type SmeValues } from './rowCheck';
import { companyKey, guessDateOrder, nameKey } from './values';

// The whole file checked against the workspace: every row's problems, which SMEs exist already (by KvK), which
// rows repeat an SME or a whole request, and the plan of writes for the rows that are valid. Read-only.

export type ImportInput = z.output<typeof importRequestsInput>;

export interface PlannedRow { line: number; kvk: string; existingId: number | null; sme: SmeValues; request: RequestValues }
export interface Analysis { preview: ImportPreview; plan: PlannedRow[] }

const CHUNK = 2000;
const SHOWN_CLEAN = 200;
export const MAX_ROWS = 200_000;
const DATE_FIELDS: ImportField[] = ['receivedOn', 'preferredStart', 'preferredEnd'];

export async function analyse(db: Database, input: ImportInput, lang: Language, task: TaskHandle): Promise<Analysis> {
  const bytes = Buffer.from(input.file.base64, 'base64');
  task.progress(0, 1);
  const table = await readTable(bytes, input.sheet);
  await task.yield();
  const fileProblems: ImportMessage[] = table.problems.map((p) => msg(lang, p.key, null, p.params));
  const mapping = applyMapping(guessMapping(table.headers), input.mapping);
  if (fileProblems.length === 0 && table.headers.length > 0) fileProblems.push(...mappingProblems(table, mapping, lang));
  if (fileProblems.length === 0 && table.rows.length === 0) fileProblems.push(msg(lang, 'headerOnly'));
  if (table.rows.length > MAX_ROWS) fileProblems.push(msg(lang, 'tooManyRows', null, { count: table.rows.length, max: MAX_ROWS }));
  const dateOrder = input.dateOrder ?? guessDateOrder(datesOf(table, mapping));

  const base = {
    format: table.format, encoding: table.encoding, delimiter: table.delimiter, sheets: table.sheets, sheet: table.sheet,
    headers: table.headers.map((label, index) => ({ index, label: label || `(kolom ${index + 1})`, samples: samplesOf(table, index) })),
    mapping, dateOrder, fileProblems,
  };
  const blocked = fileProblems.some((p) => p.key !== 'unterminatedQuote');
  if (blocked) {
    return { plan: [], preview: { ...base, hints: [], counts: { rows: table.rows.length, valid: 0, invalid: table.rows.length, newSmes: 0, existingSmes: 0, repeats: 0 }, rows: [], hiddenClean: 0 } };
  }

  const lookups = loadLookups(db);
  const existing = existingSmes(db);
  const known = existingRequests(db);
  const today = isoDate(new Date());
  const firstByKvk = new Map<string, number>();
  const firstByRequest = new Map<string, number>();
  const plan: PlannedRow[] = [];
  const shown: ImportPreviewRow[] = [];
  let hiddenClean = 0;
  let shownClean = 0;
  const validKvks = { fresh: new Set<string>(), old: new Set<string>() };
  let repeats = 0;
  const badByField = new Map<ImportField, number>();

  for (let start = 0; start < table.rows.length; start += CHUNK) {
    for (const row of table.rows.slice(start, start + CHUNK)) {
      const kvkGuess = kvkKey(row.cells, mapping);
      const old = kvkGuess ? existing.get(kvkGuess) : undefined;
      const c = checkRow(row.cells, mapping, lookups, dateOrder, old !== undefined, lang);
      const problems = [...c.problems];
      const notices: ImportMessage[] = [];
      const found = row.cells.length;
      const expected = table.headers.length;
      if (found < expected || row.cells.slice(expected).some((x) => x !== '')) {
        problems.unshift(msg(lang, 'ragged', null, { found, expected }));
      }
      let smeState: ImportPreviewRow['sme'] = 'new';
      if (c.kvk) {
        const prior = firstByKvk.get(c.kvk);
        if (old) {
          smeState = 'existing';
          notices.push(companyKey(old.name) === companyKey(c.smeName) || c.smeName === ''
            ? msg(lang, 'existingSme', null, { name: old.name, kvk: c.kvk })
            : msg(lang, 'existingSmeOtherName', null, { name: old.name, kvk: c.kvk, value: clip(c.smeName) }));
          // The request still goes to that record (it is the same company), but nobody should miss that it was archived.
          if (old.archived) notices.push(msg(lang, 'archivedSme', null, { name: old.name }));
        } else if (prior !== undefined) {
          smeState = 'repeat';
          notices.push(msg(lang, 'repeatSme', null, { kvk: c.kvk, line: prior }));
        } else firstByKvk.set(c.kvk, row.line);
        if (c.request) {
          const key = requestKey(c.kvk, c.request, today);
          const twin = firstByRequest.get(key);
          const inDb = known.get(key);
          if (twin !== undefined) problems.push(msg(lang, 'duplicateRow', null, { line: twin }));
          else if (inDb) problems.push(msg(lang, 'alreadyImported', null, { name: inDb.name, date: inDb.date }));
          else firstByRequest.set(key, row.line);
        }
      }
      for (const f of new Set(c.problems.map((p) => p.field))) if (f) badByField.set(f, (badByField.get(f) ?? 0) + 1);
      const clean = problems.length === 0 && c.sme !== null && c.request !== null && c.kvk !== null;
      if (clean) {
        plan.push({ line: row.line, kvk: c.kvk!, existingId: old?.id ?? null, sme: c.sme!, request: c.request! });
        (old ? validKvks.old : validKvks.fresh).add(c.kvk!);
        if (smeState === 'repeat') repeats++;
      }
      const preview: ImportPreviewRow = { line: row.line, smeName: c.smeName, kvk: c.kvkText, offering: c.offering, sme: smeState, problems, notices };
      if (!clean || notices.length > 0) shown.push(preview);
      else if (shownClean < SHOWN_CLEAN) { shown.push(preview); shownClean++; }
      else hiddenClean++;
    }
    task.progress(Math.min(start + CHUNK, table.rows.length), table.rows.length);
    await task.yield();
  }
  const valid = plan.length;
  return {
    plan,
    preview: {
      ...base,
      hints: suspectColumns(table, mapping, badByField, lang),
      counts: { rows: table.rows.length, valid, invalid: table.rows.length - valid, newSmes: validKvks.fresh.size, existingSmes: validKvks.old.size, repeats },
      rows: shown,
      hiddenClean,
    },
  };
}

function mappingProblems(table: Table, mapping: Record<ImportField, number | null>, lang: Language): ImportMessage[] {
  const out: ImportMessage[] = [];
  for (const f of REQUIRED_IMPORT_FIELDS) if (mapping[f] === null) out.push(msg(lang, 'missingColumn', f));
  const byColumn = new Map<number, ImportField[]>();
  for (const f of IMPORT_FIELDS) {
    const col = mapping[f];
    if (col === null) continue;
    if (col >= table.headers.length) out.push(msg(lang, 'noColumn', f, { column: col + 1 }));
    byColumn.set(col, [...(byColumn.get(col) ?? []), f]);
  }
  for (const [col, fields] of byColumn) {
    if (fields.length > 1) {
      out.push(msg(lang, 'columnTwice', fields[0]!, { column: table.headers[col] ?? String(col + 1), fields: fields.map((f) => fieldLabel(f, lang)).join(', ') }));
    }
  }
  return out;
}

/** The first three different values of a column: enough to recognise what it holds. */
/** A mapped column that is wrong on most rows (at least three) was probably guessed wrong: say so. */
function suspectColumns(table: Table, mapping: Record<ImportField, number | null>, bad: Map<ImportField, number>, lang: Language): ImportMessage[] {
  const total = table.rows.length;
  return [...bad].filter(([f, n]) => mapping[f] !== null && n >= 3 && n > total / 2).map(([field, count]) =>
    msg(lang, 'suspectColumn', field, { column: table.headers[mapping[field]!] ?? '', count, total }));
}

function samplesOf(table: Table, index: number): string[] {
  const out: string[] = [];
  for (const r of table.rows) {
    const v = r.cells[index] ? clip(r.cells[index]!.replace(/\s+/g, ' '), 40) : '';
    if (v && !out.includes(v)) out.push(v);
    if (out.length === 3) break;
  }
  return out;
}

function* datesOf(table: Table, mapping: Record<ImportField, number | null>): Generator<string> {
  const cols = DATE_FIELDS.map((f) => mapping[f]).filter((c): c is number => c !== null);
  for (const r of table.rows) for (const c of cols) yield r.cells[c] ?? '';
}

const kvkKey = (cells: readonly string[], mapping: Record<ImportField, number | null>) => {
  const t = mapping.kvk === null ? '' : (cells[mapping.kvk] ?? '').replace(/[\s.\u00a0-]/g, '');
  return /^\d{8}$/.test(t) ? t : null;
};

const requestKey = (kvk: string, r: RequestValues, today: string) =>
  `${kvk}|${r.receivedOn ?? today}|${r.offeringId ?? ''}|${nameKey(r.question)}`;

function loadLookups(db: Database): Lookups {
  const offerings = db.prepare(`SELECT id, name FROM offerings WHERE archived_at IS NULL`).all() as { id: number; name: string }[];
  const intermediaries = db.prepare(`SELECT id, name FROM intermediaries WHERE archived_at IS NULL`).all() as { id: number; name: string }[];
  return {
    offerings: new Map(offerings.map((o) => [nameKey(o.name), o])),
    intermediaries: new Map(intermediaries.map((o) => [nameKey(o.name), o])),
  };
}

function existingSmes(db: Database): Map<string, { id: number; name: string; archived: boolean }> {
  const rows = db.prepare(`SELECT id, name, kvk, archived_at IS NOT NULL AS archived FROM smes WHERE merged_into_id IS NULL ORDER BY id`)
    .all() as { id: number; name: string; kvk: string; archived: number }[];
  const out = new Map<string, { id: number; name: string; archived: boolean }>();
  for (const r of rows) if (!out.has(r.kvk)) out.set(r.kvk, { id: r.id, name: r.name, archived: r.archived === 1 });
  return out;
}

/** Requests already in the workspace, keyed like the file's rows, so importing a file twice adds nothing. */
function existingRequests(db: Database): Map<string, { name: string; date: string }> {
  const rows = db.prepare(`SELECT s.kvk, s.name, r.received_on AS receivedOn, r.offering_id AS offeringId, r.question
    FROM requests r JOIN smes s ON s.id = r.sme_id`).all() as { kvk: string; name: string; receivedOn: string; offeringId: number | null; question: string }[];
  return new Map(rows.map((r) => [`${r.kvk}|${r.receivedOn}|${r.offeringId ?? ''}|${nameKey(r.question)}`, { name: r.name, date: r.receivedOn }]));
}
