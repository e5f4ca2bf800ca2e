import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { sniff } from './decode';
import type { ProblemKey } from './messages';

// A picked file as a plain table: header cells, then every record with the line (CSV) or row (XLSX) it starts on,
// so each problem can point at the place a person would look in Excel or a text editor.

export interface TableRow { line: number; cells: string[] }
export interface FileProblem { key: ProblemKey; params: Record<string, string | number> }

export interface Table {
  format: 'csv' | 'xlsx' | null;
  encoding: string | null;
  delimiter: string | null;
  sheets: string[];
  sheet: string | null;
  headers: string[];
  rows: TableRow[];
  problems: FileProblem[];
}

const emptyTable = (problems: FileProblem[], rest: Partial<Table> = {}): Table => ({
  format: null, encoding: null, delimiter: null, sheets: [], sheet: null, headers: [], rows: [], problems, ...rest,
});

/** Non-breaking and other odd spaces become plain spaces, Windows line ends become \n; ends trimmed. */
export const cleanCell = (s: string): string => s.replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, ' ').replace(/\r\n?/g, '\n').trim();

export async function readTable(bytes: Uint8Array, sheet: string | null | undefined): Promise<Table> {
  const kind = sniff(bytes);
  if (kind.kind === 'problem') return emptyTable([{ key: kind.key, params: kind.params }]);
  if (kind.kind === 'xlsx') return readXlsx(bytes, sheet);
  return readCsv(kind.text, kind.encoding);
}

function readCsv(text: string, encoding: string): Table {
  const rows: TableRow[] = [];
  const problems: FileProblem[] = [];
  let line = 1;
  let offset = 0;
  // Excel's "sep=;" first line names the separator; it is not the header.
  const sepLine = /^sep=(.)\r?\n/i.exec(text);
  if (sepLine) [line, offset] = [2, sepLine[0].length];
  const delimiter = sepLine ? sepLine[1]! : guessDelimiter(text);
  // Line numbers: count the line breaks between the previous record's end and this one's; quoted cells may span lines.
  const advance = (to: number) => {
    for (let i = offset; i < to; i++) if (text.charCodeAt(i) === 10) line++;
    offset = to;
  };
  let startLine = 1;
  const base = offset;
  Papa.parse<string[]>(text.slice(base), {
    delimiter,
    skipEmptyLines: false,
    step: (res) => {
      startLine = line;
      advance(base + res.meta.cursor);
      // The break that ends this record belongs to the next one's start.
      const cells = res.data;
      for (const err of res.errors) {
        if (err.code === 'MissingQuotes') problems.push({ key: 'unterminatedQuote', params: { line: startLine } });
      }
      if (cells.every((c) => c.trim() === '')) return;
      rows.push({ line: startLine, cells: cells.map(cleanCell) });
    },
  });
  if (text.trim() === '') return emptyTable([{ key: 'fileEmpty', params: {} }], { format: 'csv', encoding });
  const [header, ...body] = rows;
  return {
    format: 'csv', encoding, delimiter, sheets: [], sheet: null,
    headers: (header?.cells ?? []).map(headerText), rows: body, problems: dedupe(problems),
  };
}

/**
 * The separator that occurs most often (outside quotes) in the first non-empty line, the header. Papaparse's own
 * guess needs several rows of equal length and gives up on a form export whose answers span lines.
 */
export function guessDelimiter(text: string): string {
  const counts = new Map<string, number>([[';', 0], [',', 0], ['\t', 0], ['|', 0]]);
  let inQuotes = false;
  let seen = false;
  for (let i = 0; i < text.length && i < 100_000; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === '\n') {
      if (seen) break;
    } else if (!inQuotes && counts.has(c)) counts.set(c, counts.get(c)! + 1);
    if (c.trim() !== '') seen = true;
  }
  let best = ',';
  let bestCount = 0;
  for (const [d, n] of counts) if (n > bestCount) [best, bestCount] = [d, n];
  return best;
}

const headerText = (s: string) => s.replace(/\s+/g, ' ').trim();
const dedupe = (ps: FileProblem[]) => ps.filter((p, i) => ps.findIndex((q) => q.key === p.key) === i);

async function readXlsx(bytes: Uint8Array, sheet: string | null | undefined): Promise<Table> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 120);
    return emptyTable([{ key: 'xlsxDamaged', params: { detail } }], { format: 'xlsx' });
  }
  const sheets = book.worksheets.map((w) => w.name);
  if (sheets.length === 0) return emptyTable([{ key: 'xlsxDamaged', params: { detail: 'geen werkbladen' } }], { format: 'xlsx' });
  const ws = sheet ? book.getWorksheet(sheet) : book.worksheets[0];
  if (!ws) return emptyTable([{ key: 'sheetMissing', params: { sheet: sheet ?? '' } }], { format: 'xlsx', sheets, sheet: sheets[0]! });
  const all: TableRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cleanCell(cellText(values[i])));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > 0) all.push({ line: rowNumber, cells });
  });
  if (all.length === 0) return emptyTable([{ key: 'fileEmpty', params: {} }], { format: 'xlsx', sheets, sheet: ws.name });
  const [header, ...body] = all;
  return { format: 'xlsx', encoding: null, delimiter: null, sheets, sheet: ws.name, headers: header!.cells.map(headerText), rows: body, problems: [] };
}

/** Excel cell values as text: dates as ISO (exceljs gives the wall-clock time as UTC), rich text joined. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.error) return '';
    if ('result' in o) return cellText(o.result);
    if (o.text !== undefined) return cellText(o.text);
    return '';
  }
  return String(v);
}
