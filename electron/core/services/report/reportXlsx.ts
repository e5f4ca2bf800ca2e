import type { Language } from '../../../../shared/domain/constants';
import type { FunderReport } from '../../../../shared/schemas/report';
import { createWorkbook, sheetName, workbookBuffer, writeKeyValues, writeTable, type XlsxColumn } from '../../files/xlsxBook';
import { reportSections, type Cell, type Table } from './reportTables';
import { reportTexts } from './texts';

/**
 * The report as a workbook: a summary sheet with the period and every headline figure, then one sheet per part
 * (companies, requests, students, events, hours and costs, satisfaction, maturity) with its tables under each
 * other. Numbers are real numbers (euros, hours as decimals, dates as dates), so a funder can compute with them.
 */
export async function reportXlsx(r: FunderReport, lang: Language, today: string): Promise<Buffer> {
  const tx = reportTexts(lang);
  const sections = reportSections(r, lang);
  const wb = createWorkbook({ title: tx.title, subject: `${r.from} – ${r.to}` });
  const used = new Set<string>();

  const summary = wb.addWorksheet(sheetName(tx.sections.summary, used));
  summary.getCell('A1').value = tx.title;
  summary.getCell('A1').font = { bold: true, size: 14 };
  let row = writeKeyValues(summary, 2, [[tx.from, r.from, 'date'], [tx.to, r.to, 'date'], [tx.made, today, 'date']]) + 1;
  for (const s of sections) {
    summary.getCell(row, 1).value = s.title;
    summary.getCell(row, 1).font = { bold: true, size: 12 };
    row = writeKeyValues(summary, row + 1, s.figures.map(([label, value, type]) => [label, value, type])) + 1;
  }
  summary.getColumn(2).width = 16;

  for (const s of sections) {
    const ws = wb.addWorksheet(sheetName(s.title, used));
    let at = 1;
    for (const table of s.tables) {
      ws.getCell(at, 1).value = table.title;
      ws.getCell(at, 1).font = { bold: true, size: 12 };
      at = writeTable(ws, at + 1, columnsOf(table), table.foot ? [...table.rows, table.foot] : table.rows, { autoFilter: false }) + 1;
      if (table.foot) ws.getRow(at - 2).font = { bold: true };
    }
  }
  return workbookBuffer(wb);
}

const columnsOf = (t: Table): XlsxColumn<Cell[]>[] => t.columns.map((c, i) => ({ header: c.header, type: c.type, value: (row) => row[i] }));
