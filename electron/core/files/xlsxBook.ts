import ExcelJS from 'exceljs';

// Generic building blocks for the app's spreadsheets (school plans, the funder report): typed columns with
// Dutch-friendly number formats, a styled header, frozen first row, auto-filter and column widths that fit.

export type XlsxCellType = 'text' | 'int' | 'decimal' | 'date' | 'money' | 'hours' | 'percent';
export type XlsxValue = string | number | boolean | null | undefined;

export interface XlsxColumn<R> {
  header: string;
  /** How the cell is stored and formatted: 'date' takes 'YYYY-MM-DD' text, 'money' integer cents, 'hours' integer minutes. */
  type?: XlsxCellType;
  /** Fixed width in characters; without it the width fits header and content (8–60). */
  width?: number;
  value: (row: R) => XlsxValue;
}

/** Excel's own codes: shown as 31-12-2026, € 1.234,50, 12,50 and 80% in a Dutch Excel. */
export const XLSX_FORMATS: Record<XlsxCellType, string | undefined> = {
  text: '@',
  int: '0',
  decimal: '0.00',
  date: 'dd-mm-yyyy',
  money: '"€" #,##0.00',
  hours: '0.00',
  percent: '0%',
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE4E7EB' } };
const HEADER_BORDER: Partial<ExcelJS.Borders> = { bottom: { style: 'thin', color: { argb: 'FF9AA5B1' } } };

export function createWorkbook(props: { title: string; subject?: string; creator?: string }): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = props.creator ?? 'Werkplaats Planner';
  wb.title = props.title;
  wb.subject = props.subject ?? '';
  wb.created = new Date();
  return wb;
}

/** A calendar date as Excel stores it: midnight UTC, so the day never shifts with the machine's time zone. */
export function excelDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Converts a value to what the cell of that type stores (cents → euros, minutes → hours, 'YYYY-MM-DD' → Date). */
export function cellValue(type: XlsxCellType, v: XlsxValue): ExcelJS.CellValue {
  if (v === null || v === undefined || v === '') return null;
  switch (type) {
    case 'date': return typeof v === 'string' ? excelDate(v) : v;
    case 'money': return typeof v === 'number' ? v / 100 : v;
    case 'hours': return typeof v === 'number' ? v / 60 : v;
    default: return v;
  }
}

/**
 * A valid, unique sheet name: at most 31 characters, none of []:*?/\, not empty, not used yet in `used`
 * (compared case-insensitively, as Excel does). Adds the result to `used`.
 */
export function sheetName(wanted: string, used: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Blad';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}

function displayLength(v: ExcelJS.CellValue, type: XlsxCellType): number {
  if (v === null || v === undefined) return 0;
  if (type === 'date') return 10;
  if (typeof v === 'number') return type === 'money' ? String(Math.round(v)).length + 6 : String(v).length + 2;
  return Math.max(...String(v).split('\n').map((l) => l.length));
}

/**
 * Writes a table at `startRow` (1-based): a bold shaded header, one row per item, formats per column type and an
 * auto-filter over the header. Column widths grow to fit (never shrink below what is set). Returns the row
 * after the table.
 */
export function writeTable<R>(ws: ExcelJS.Worksheet, startRow: number, columns: readonly XlsxColumn<R>[], rows: readonly R[],
  options: { autoFilter?: boolean } = {}): number {
  const header = ws.getRow(startRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = HEADER_BORDER;
    cell.alignment = { vertical: 'middle', wrapText: false };
  });
  const widths = columns.map((c) => c.header.length + 2);
  rows.forEach((item, r) => {
    const row = ws.getRow(startRow + 1 + r);
    columns.forEach((c, i) => {
      const type = c.type ?? 'text';
      const cell = row.getCell(i + 1);
      const v = cellValue(type, c.value(item));
      cell.value = v;
      const fmt = XLSX_FORMATS[type];
      if (fmt && type !== 'text') cell.numFmt = fmt;
      if (typeof v === 'string' && v.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
      widths[i] = Math.max(widths[i] ?? 0, displayLength(v, type) + 2);
    });
  });
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    const fit = c.width ?? Math.min(60, Math.max(8, widths[i] ?? 8));
    col.width = Math.max(col.width ?? 0, fit);
  });
  if (options.autoFilter !== false && columns.length > 0) {
    ws.autoFilter = { from: { row: startRow, column: 1 }, to: { row: startRow + Math.max(rows.length, 1), column: columns.length } };
  }
  return startRow + 1 + rows.length;
}

/** A sheet holding one table from row 1, its header row frozen so it stays visible while scrolling. */
export function addTableSheet<R>(wb: ExcelJS.Workbook, name: string, columns: readonly XlsxColumn<R>[], rows: readonly R[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }] });
  writeTable(ws, 1, columns, rows);
  return ws;
}

/** Label/value lines (a title block, a summary) from `startRow`: labels bold in column A. Returns the next free row. */
export function writeKeyValues(ws: ExcelJS.Worksheet, startRow: number, pairs: readonly (readonly [string, XlsxValue, XlsxCellType?])[]): number {
  pairs.forEach(([label, value, type], i) => {
    const row = ws.getRow(startRow + i);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    const cell = row.getCell(2);
    cell.value = cellValue(type ?? 'text', value);
    const fmt = type && type !== 'text' ? XLSX_FORMATS[type] : undefined;
    if (fmt) cell.numFmt = fmt;
    cell.alignment = { horizontal: 'left' };
  });
  const a = ws.getColumn(1);
  a.width = Math.max(a.width ?? 0, ...pairs.map(([l]) => l.length + 2));
  const b = ws.getColumn(2);
  b.width = Math.min(60, Math.max(b.width ?? 0, ...pairs.map(([, v, type]) => displayLength(cellValue(type ?? 'text', v), type ?? 'text') + 2)));
  return startRow + pairs.length;
}

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
