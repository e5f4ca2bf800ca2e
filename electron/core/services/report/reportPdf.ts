import type { Language } from '../../../../shared/domain/constants';
import type { FunderReport } from '../../../../shared/schemas/report';
import {
  addPageFooters, contentBox, createPdf, drawTable, ensureSpace, heading, pdfBuffer, PDF_COLORS, PDF_FONT, pdfText, type Pdf,
} from '../../files/pdfDoc';
import { reportSections, type Cell, type CellType, type Column, type Section, type Table } from './reportTables';
import { reportTexts } from './texts';

const locale = (lang: Language) => (lang === 'en' ? 'en-GB' : 'nl-NL');

/** A cell as a reader expects it printed: 1.234, € 1.234,56, 12,5 u, 31-12-2026 (or their English forms). */
export function formatCell(v: Cell, type: CellType, lang: Language): string {
  if (v === null || v === '') return '—';
  if (typeof v === 'string') {
    if (type === 'date') { const [y, m, d] = v.split('-'); return lang === 'en' ? `${d}/${m}/${y}` : `${Number(d)}-${Number(m)}-${y}`; }
    return v;
  }
  const n = (x: number, digits: number) => x.toLocaleString(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits });
  switch (type) {
    case 'money': return `€ ${n(v / 100, 2)}`;
    case 'hours': return n(v / 60, 2);
    case 'decimal': return n(v, 1);
    default: return n(v, 0);
  }
}

const WIDTH = 0.78;

/**
 * A table whose first number is also drawn as a bar: the picture and the exact figures in one, so the printout
 * stays short. Rows are one line (long labels end in "…"); a row never splits over two pages.
 */
function barTable(doc: Pdf, columns: readonly Column[], rows: readonly Cell[][], foot: Cell[] | undefined, lang: Language): void {
  const box = contentBox(doc);
  const width = box.width * WIDTH;
  const numbers = columns.length - 1;
  const labelW = width * 0.42;
  const numW = 62;
  const barW = width - labelW - numbers * numW;
  const rowH = 15;
  const values = rows.map((r) => (typeof r[1] === 'number' ? r[1] : 0));
  const max = Math.max(1, ...values);
  const header = () => {
    const y = doc.y;
    doc.rect(box.left, y, width, rowH + 2).fill(PDF_COLORS.headerFill);
    doc.font(PDF_FONT.bold).fontSize(8.5).fillColor(PDF_COLORS.text);
    doc.text(pdfText(columns[0]?.header ?? ''), box.left + 4, y + 4, { width: labelW - 8, lineBreak: false });
    columns.slice(1).forEach((c, i) => doc.text(pdfText(c.header), box.left + labelW + barW + i * numW, y + 4, { width: numW - 4, align: 'right', lineBreak: false }));
    doc.y = y + rowH + 2;
  };
  ensureSpace(doc, (rowH + 2) * Math.min(rows.length + 1, 6));
  header();
  rows.forEach((r, i) => {
    // A label too long for one line wraps (a funder's or intermediary's name is never cut) and the row grows.
    const label = pdfText(formatCell(r[0] ?? null, columns[0]?.type ?? 'text', lang));
    doc.font(PDF_FONT.regular).fontSize(8.5);
    const h = Math.max(rowH, doc.heightOfString(label, { width: labelW - 8 }) + 7);
    if (doc.y + h > contentBox(doc).bottom) { doc.addPage(); header(); }
    const y = doc.y;
    if (i % 2 === 1) doc.rect(box.left, y, width, h).fill(PDF_COLORS.zebra);
    doc.font(PDF_FONT.regular).fontSize(8.5).fillColor(PDF_COLORS.text);
    doc.text(label, box.left + 4, y + 3.5, { width: labelW - 8 });
    const w = ((values[i] ?? 0) / max) * (barW - 8);
    if (w > 0) doc.rect(box.left + labelW, y + 3.5, Math.max(w, 1), rowH - 7).fill(PDF_COLORS.accent);
    doc.fillColor(PDF_COLORS.text);
    columns.slice(1).forEach((c, j) => doc.text(pdfText(formatCell(r[j + 1] ?? null, c.type, lang)), box.left + labelW + barW + j * numW, y + 3.5,
      { width: numW - 4, align: 'right', lineBreak: false }));
    doc.y = y + h;
  });
  doc.moveTo(box.left, doc.y).lineTo(box.left + width, doc.y).lineWidth(0.5).strokeColor(PDF_COLORS.rule).stroke();
  if (foot) {
    ensureSpace(doc, rowH);
    const y = doc.y;
    doc.font(PDF_FONT.bold).fontSize(8.5).fillColor(PDF_COLORS.text)
      .text(pdfText(formatCell(foot[0] ?? null, 'text', lang)), box.left + 4, y + 3.5, { width: labelW - 8, lineBreak: false });
    columns.slice(1).forEach((c, j) => doc.text(pdfText(formatCell(foot[j + 1] ?? null, c.type, lang)), box.left + labelW + barW + j * numW, y + 3.5,
      { width: numW - 4, align: 'right', lineBreak: false }));
    doc.y = y + rowH;
  }
  doc.x = box.left;
}

/** A table to draw as bars: label first, then numbers only, and a first number worth comparing. */
const isBarTable = (t: Table) => t.columns.length >= 2 && t.columns.slice(1).every((c) => c.type !== 'text' && c.type !== 'date')
  && t.rows.length > 1;

function section(doc: Pdf, s: Section, lang: Language): void {
  ensureSpace(doc, 120);
  heading(doc, s.title, 2);
  const box = contentBox(doc);
  const width = box.width * WIDTH;
  for (const [label, value, type] of s.figures) {
    ensureSpace(doc, 14);
    const y = doc.y;
    doc.font(PDF_FONT.regular).fontSize(10).fillColor(PDF_COLORS.text).text(pdfText(label), box.left, y, { width: width * 0.75 });
    doc.font(PDF_FONT.bold).text(pdfText(formatCell(value, type, lang)), box.left + width * 0.75, y, { width: width * 0.25, align: 'right' });
    doc.font(PDF_FONT.regular);
  }
  doc.moveDown(0.6);
  for (const t of s.tables) {
    if (t.rows.length === 0) continue;
    ensureSpace(doc, 70);
    heading(doc, t.title, 3);
    if (isBarTable(t)) barTable(doc, t.columns, t.rows, t.foot, lang);
    else if (t.columns.length === 1) {
      // A plain list (the coaches' names) reads best as one paragraph.
      doc.font(PDF_FONT.regular).fontSize(9.5).fillColor(PDF_COLORS.text)
        .text(pdfText(t.rows.map((r) => formatCell(r[0] ?? null, 'text', lang)).join(', ')), box.left, doc.y, { width, lineGap: 2 });
    } else {
      drawTable(doc, t.columns.map((c) => ({ header: c.header, weight: c.weight ?? (c.type === 'text' ? 3 : 1.4), align: c.type === 'text' || c.type === 'date' ? 'left' : 'right' })),
        [...t.rows, ...(t.foot ? [t.foot] : [])].map((r) => r.map((v, i) => formatCell(v, t.columns[i]?.type ?? 'text', lang))), { width: t.columns.length <= 2 ? width : box.width, fontSize: 8.5 });
    }
    doc.moveDown(0.8);
  }
}

/** The report as a printable A4 document: title, period, then each part with its figures, bars and tables. */
export async function reportPdf(r: FunderReport, lang: Language, today: string): Promise<Buffer> {
  const tx = reportTexts(lang);
  const period = `${formatCell(r.from, 'date', lang)} – ${formatCell(r.to, 'date', lang)}`;
  const doc = createPdf({ title: `${tx.title} ${period}`, subject: tx.title, lang });
  heading(doc, tx.title, 1);
  doc.font(PDF_FONT.regular).fontSize(11).fillColor(PDF_COLORS.muted)
    .text(pdfText(`${tx.period}: ${period} · ${tx.made} ${formatCell(today, 'date', lang)}`));
  doc.fillColor(PDF_COLORS.text).moveDown(1);
  for (const s of reportSections(r, lang)) section(doc, s, lang);
  addPageFooters(doc, `${tx.title} · ${period}`, tx.page);
  return pdfBuffer(doc);
}
