import PDFDocument from 'pdfkit';

// Generic building blocks for the app's printable PDFs (school plans, the funder report). pdfkit is a runtime
// dependency: the main build keeps it external so its font metric files load from node_modules.
//
// Fonts: only the standard Helvetica family, which every PDF reader has, so files stay small and nothing has to be
// embedded. Those fonts use WinAnsi encoding; text goes through `pdfText` first, which keeps every WinAnsi
// character (ë, é, ï, €, – and curly quotes print fine) and folds the rest (ł, ő, ≥, emoji) to something legible.

export type Pdf = PDFKit.PDFDocument;

/** A print-friendly palette: dark text, a quiet grey for rules and fills, one accent. */
export const PDF_COLORS = {
  text: '#1f2933',
  muted: '#52606d',
  rule: '#cbd2d9',
  headerFill: '#e4e7eb',
  zebra: '#f5f7fa',
  /** The app's own teal. */
  accent: '#0f766e',
  accentSoft: '#e6f4f2',
  shade: '#eef0f3',
} as const;

export const PDF_FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;

export interface PdfOptions {
  /** Document title (shown by readers in the title bar) and the info dictionary's Title. */
  title: string;
  subject?: string;
  author?: string;
  layout?: 'portrait' | 'landscape';
  /** Page margin in points (1 mm ≈ 2.83 pt). */
  margin?: number;
  lang?: 'nl' | 'en';
}

/**
 * An A4 document with buffered pages (so `addPageFooters` can write "page 2 of 5" at the end), Helvetica 10 pt
 * in the text colour. Read the bytes with `pdfBuffer`.
 */
export function createPdf(options: PdfOptions): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    margin: options.margin ?? 36,
    bufferPages: true,
    autoFirstPage: true,
    lang: options.lang === 'en' ? 'en-GB' : 'nl-NL',
    displayTitle: true,
    info: {
      Title: pdfText(options.title),
      Subject: pdfText(options.subject ?? ''),
      Author: pdfText(options.author ?? 'Werkplaats Planner'),
      Creator: 'Werkplaats Planner',
    },
  });
  doc.font(PDF_FONT.regular).fontSize(10).fillColor(PDF_COLORS.text);
  return doc;
}

/** Ends the document and resolves with its bytes. Call once, after everything (footers too) is drawn. */
export function pdfBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

// The WinAnsi characters above Latin-1's range, which the standard fonts can draw.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const FOLD: Record<string, string> = {
  'Ł': 'L', 'ł': 'l', 'Đ': 'D', 'đ': 'd', 'ı': 'i', 'Ŀ': 'L', 'ŀ': 'l', '≥': '>=', '≤': '<=', '≠': '!=', '→': '->',
  '←': '<-', '✓': 'v', '✔': 'v', '×': 'x', '\u2009': ' ', '\u202f': ' ', '\u2011': '-', '\u2212': '-',
};

/** Text the standard fonts can print: WinAnsi kept, accents outside it dropped (ő → o), anything else '?'. */
export function pdfText(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\n' || ch === '\t' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) {
      out += ch;
    } else if (FOLD[ch] !== undefined) {
      out += FOLD[ch];
    } else {
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += base.length > 0 && [...base].every((c) => (c.codePointAt(0) ?? 0) < 0x100) ? base : '?';
    }
  }
  return out;
}

/** The printable area of the current page. */
export function contentBox(doc: Pdf): { left: number; top: number; right: number; bottom: number; width: number; height: number } {
  const { margins, width, height } = doc.page;
  return {
    left: margins.left, top: margins.top, right: width - margins.right, bottom: height - margins.bottom,
    width: width - margins.left - margins.right, height: height - margins.top - margins.bottom,
  };
}

/** Starts a new page when less than `height` points are left below doc.y; true when it did. */
export function ensureSpace(doc: Pdf, height: number): boolean {
  if (doc.y + height <= contentBox(doc).bottom) return false;
  doc.addPage();
  return true;
}

/** A heading at doc.x/doc.y: level 1 = 18 pt, 2 = 13 pt, 3 = 11 pt, bold, with room after it. */
export function heading(doc: Pdf, text: string, level: 1 | 2 | 3 = 2): void {
  const size = level === 1 ? 18 : level === 2 ? 13 : 11;
  ensureSpace(doc, size * 3);
  doc.font(PDF_FONT.bold).fontSize(size).fillColor(PDF_COLORS.text).text(pdfText(text), contentBox(doc).left, doc.y);
  doc.moveDown(level === 1 ? 0.2 : 0.35);
  doc.font(PDF_FONT.regular).fontSize(10);
}

export interface PdfColumn {
  header: string;
  /** Share of the table width (columns are scaled to fill it). */
  weight: number;
  align?: 'left' | 'right' | 'center';
}

export interface PdfTableOptions {
  fontSize?: number;
  /** Alternate row shading. Default true. */
  zebra?: boolean;
  /** Printed above the repeated header when the table runs on to a new page, e.g. "Opleiding X (vervolg)". */
  continuation?: string;
  /** Group number per row (e.g. rows of one team): shading alternates per group instead of per row. */
  groups?: readonly number[];
  /** Left edge and width; default the page's content box. */
  left?: number;
  width?: number;
}

/**
 * A table from doc.y downwards: a shaded bold header, wrapped cells, thin rules, zebra rows. A row never splits
 * over two pages; on a new page the header is drawn again. Leaves doc.y below the table.
 */
export function drawTable(doc: Pdf, columns: readonly PdfColumn[], rows: readonly (readonly string[])[], options: PdfTableOptions = {}): void {
  const fontSize = options.fontSize ?? 9;
  const pad = 4;
  const box = contentBox(doc);
  const left = options.left ?? box.left;
  const width = options.width ?? box.width;
  const total = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * width);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((s, w) => s + w, 0));

  const rowHeight = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(fontSize);
    return Math.max(...cells.map((c, i) => doc.heightOfString(pdfText(c || ' '), { width: (widths[i] ?? 0) - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: readonly string[], y: number, h: number, font: string, fill: string | null) => {
    if (fill) doc.rect(left, y, width, h).fill(fill);
    doc.font(font).fontSize(fontSize).fillColor(PDF_COLORS.text);
    cells.forEach((c, i) => {
      doc.text(pdfText(c), (xs[i] ?? 0) + pad, y + pad, { width: (widths[i] ?? 0) - 2 * pad, align: columns[i]?.align ?? 'left', lineBreak: true });
    });
    doc.moveTo(left, y + h).lineTo(left + width, y + h).lineWidth(0.5).strokeColor(PDF_COLORS.rule).stroke();
  };
  const headers = columns.map((c) => c.header);
  // doc.text moves doc.y to below each cell's text, so the row's top is kept and the next row set explicitly.
  const drawHeader = () => {
    const y = doc.y;
    const h = rowHeight(headers, PDF_FONT.bold);
    drawRow(headers, y, h, PDF_FONT.bold, PDF_COLORS.headerFill);
    doc.y = y + h;
  };

  const headerHeight = rowHeight(headers, PDF_FONT.bold);
  ensureSpace(doc, headerHeight + rowHeight(rows[0] ?? headers, PDF_FONT.regular));
  drawHeader();
  rows.forEach((cells, r) => {
    const h = rowHeight(cells, PDF_FONT.regular);
    if (doc.y + h > contentBox(doc).bottom) {
      doc.addPage();
      if (options.continuation) {
        doc.font(PDF_FONT.bold).fontSize(10).fillColor(PDF_COLORS.muted).text(pdfText(options.continuation), left, doc.y, { width, lineBreak: false });
        doc.y += 4;
      }
      drawHeader();
    }
    const y = doc.y;
    const band = options.groups ? (options.groups[r] ?? 0) : r;
    drawRow(cells, y, h, PDF_FONT.regular, options.zebra !== false && band % 2 === 1 ? PDF_COLORS.zebra : null);
    doc.y = y + h;
  });
  doc.x = box.left;
  doc.font(PDF_FONT.regular).fontSize(10).fillColor(PDF_COLORS.text);
}

/**
 * Writes a footer on every page: `left` text (e.g. the document title and date) and "page n of m" on the right.
 * Call after all content, just before pdfBuffer. The footer sits in the bottom margin, so it never moves content.
 */
export function addPageFooters(doc: Pdf, left: string, pageLabel: (page: number, total: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const box = contentBox(doc);
    const y = doc.page.height - doc.page.margins.bottom + 12;
    // Writing inside the margin would make pdfkit add a page; lift the bottom margin while drawing the footer.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(PDF_FONT.regular).fontSize(8).fillColor(PDF_COLORS.muted);
    doc.text(pdfText(left), box.left, y, { width: box.width * 0.7, lineBreak: false });
    doc.text(pdfText(pageLabel(i + 1, range.count)), box.left + box.width * 0.7, y, { width: box.width * 0.3, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor(PDF_COLORS.text).fontSize(10);
}
