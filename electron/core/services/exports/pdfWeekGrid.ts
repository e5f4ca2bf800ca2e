import type { AssignmentStatus, WeekKind } from '../../../../shared/domain/constants';
import { contentBox, PDF_COLORS, PDF_FONT, pdfText, type Pdf } from '../../files/pdfDoc';
import type { PlanAssignment, PlanProgramme, SchoolPlan } from './schoolPlanData';
import { weekNumber } from './schoolPlanData';
import type { ExportTexts } from './texts';
import { addDaysIso } from './weekDates';

// The week grid of the plan PDF: teams down, ISO weeks across, each assignment a bar with the SME's name — the
// same picture as the planner screen, on paper. Holiday and exam weeks are shaded so a school sees at a glance
// that no bar runs through its holidays.

// The planner screen's bar colours (planner-grid.css), a shade darker so white text reads well on paper.
export const STATUS_COLORS: Record<AssignmentStatus, string> = {
  planned: '#6d28d9', running: '#0f766e', delivered: '#15803d', evaluated: '#475569', cancelled: '#b91c1c',
};
export const WEEK_SHADES: Partial<Record<WeekKind, string>> = { holiday: '#e5e7eb', exam: '#fdf0d5', free: '#f1f5f9' };

const LABEL_WIDTH = 170;
const LANE = 13;
const MONTHS = 11;
const HEADER = MONTHS + 16;
const PROGRAMME_ROW = 15;

interface Geometry { left: number; gridLeft: number; colWidth: number; right: number; index: Map<string, number> }

function geometry(doc: Pdf, plan: SchoolPlan): Geometry {
  const box = contentBox(doc);
  const gridLeft = box.left + LABEL_WIDTH;
  const colWidth = (box.right - gridLeft) / Math.max(plan.weeks.length, 1);
  return { left: box.left, gridLeft, colWidth, right: box.right, index: new Map(plan.weeks.map((w, i) => [w.week, i])) };
}

/** Places overlapping bars of one team in separate lanes (normally a team has one bar at a time: one lane). */
function lanes(assignments: readonly PlanAssignment[]): PlanAssignment[][] {
  const out: PlanAssignment[][] = [];
  for (const a of [...assignments].sort((x, y) => x.startWeek.localeCompare(y.startWeek))) {
    const lane = out.find((l) => (l[l.length - 1]?.endWeek ?? '') < a.startWeek);
    if (lane) lane.push(a);
    else out.push([a]);
  }
  return out.length > 0 ? out : [[]];
}

/** Runs of weeks by the month their Thursday falls in (the ISO rule), for the month row above the week numbers. */
function monthRuns(plan: SchoolPlan): { month: number; first: number; count: number }[] {
  const runs: { month: number; first: number; count: number }[] = [];
  plan.weeks.forEach((w, i) => {
    const month = Number(addDaysIso(w.monday, 3).slice(5, 7)) - 1;
    const last = runs[runs.length - 1];
    if (last && last.month === month) last.count++;
    else runs.push({ month, first: i, count: 1 });
  });
  return runs;
}

function drawWeekHeader(doc: Pdf, plan: SchoolPlan, g: Geometry, t: ExportTexts, top: number): void {
  for (const run of monthRuns(plan)) {
    const x = g.gridLeft + run.first * g.colWidth;
    const label = run.count * g.colWidth >= 22 ? t.months[run.month] ?? '' : '';
    doc.moveTo(x, top).lineTo(x, top + MONTHS).lineWidth(0.5).strokeColor(PDF_COLORS.rule).stroke();
    doc.font(PDF_FONT.regular).fontSize(7).fillColor(PDF_COLORS.muted).text(pdfText(label), x + 3, top + 2, { lineBreak: false });
  }
  const weekTop = top + MONTHS;
  doc.font(PDF_FONT.bold).fontSize(7).fillColor(PDF_COLORS.muted);
  doc.text(pdfText(t.week), g.left, weekTop + 5, { width: LABEL_WIDTH - 6, align: 'right', lineBreak: false });
  plan.weeks.forEach((w, i) => {
    const x = g.gridLeft + i * g.colWidth;
    const shade = WEEK_SHADES[w.kind];
    if (shade) doc.rect(x, weekTop, g.colWidth, HEADER - MONTHS).fill(shade);
    doc.font(PDF_FONT.bold).fontSize(7).fillColor(PDF_COLORS.text)
      .text(String(weekNumber(w.week)), x, weekTop + 5, { width: g.colWidth, align: 'center', lineBreak: false });
  });
  doc.moveTo(g.left, top + HEADER).lineTo(g.right, top + HEADER).lineWidth(0.8).strokeColor(PDF_COLORS.muted).stroke();
}

/** Shades holiday/exam columns over a band of rows and draws the thin week separators. */
function drawColumns(doc: Pdf, plan: SchoolPlan, g: Geometry, top: number, height: number): void {
  plan.weeks.forEach((w, i) => {
    const x = g.gridLeft + i * g.colWidth;
    const shade = WEEK_SHADES[w.kind];
    if (shade) doc.rect(x, top, g.colWidth, height).fill(shade);
    doc.moveTo(x, top).lineTo(x, top + height).lineWidth(0.25).strokeColor(PDF_COLORS.rule).stroke();
  });
}

function fitText(doc: Pdf, text: string, width: number): string {
  const s = pdfText(text);
  if (doc.widthOfString(s) <= width) return s;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${s.slice(0, mid)}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo > 0 ? `${s.slice(0, lo)}…` : '';
}

function drawBar(doc: Pdf, plan: SchoolPlan, g: Geometry, a: PlanAssignment, y: number): void {
  const first = g.index.get(a.startWeek) ?? (a.startWeek < (plan.weeks[0]?.week ?? '') ? 0 : undefined);
  const last = g.index.get(a.endWeek) ?? (a.endWeek > (plan.weeks[plan.weeks.length - 1]?.week ?? '') ? plan.weeks.length - 1 : undefined);
  if (first === undefined || last === undefined) return;
  const x = g.gridLeft + first * g.colWidth + 1.5;
  const w = (last - first + 1) * g.colWidth - 3;
  doc.roundedRect(x, y + 1.5, w, LANE - 3, 2.5).fill(STATUS_COLORS[a.status]);
  doc.font(PDF_FONT.bold).fontSize(6.5).fillColor('#ffffff');
  const label = fitText(doc, a.smeName, w - 6);
  if (label) doc.text(label, x + 3, y + 3.6, { width: w - 6, lineBreak: false });
}

/**
 * Draws the grid from doc.y: week header, then per programme a heading row and a row per team. Breaks pages
 * between rows and repeats the week header; calls `onProgramme` after each programme (progress, yielding).
 */
export async function drawWeekGrid(doc: Pdf, plan: SchoolPlan, t: ExportTexts, onProgramme: () => Promise<void>): Promise<void> {
  const g = geometry(doc, plan);
  let y = doc.y;
  drawWeekHeader(doc, plan, g, t, y);
  y += HEADER;
  // A programme that runs on over a page break gets its heading again, marked as continued.
  const newPage = (continuing: PlanProgramme | null) => {
    doc.addPage();
    y = contentBox(doc).top;
    drawWeekHeader(doc, plan, g, t, y);
    y += HEADER;
    if (continuing) {
      drawProgrammeRow(doc, g, continuing, t, y, true);
      y += PROGRAMME_ROW;
    }
  };
  for (const programme of plan.programmes) {
    if (y + PROGRAMME_ROW + LANE > contentBox(doc).bottom) newPage(null);
    drawProgrammeRow(doc, g, programme, t, y, false);
    y += PROGRAMME_ROW;
    for (const team of programme.teams) {
      const teamLanes = lanes(team.assignments);
      const h = teamLanes.length * LANE;
      if (y + h > contentBox(doc).bottom) newPage(programme);
      drawColumns(doc, plan, g, y, h);
      doc.font(PDF_FONT.regular).fontSize(7.5).fillColor(team.droppedOut ? PDF_COLORS.muted : PDF_COLORS.text)
        .text(pdfText(team.label + (team.droppedOut ? ` (${t.droppedOut})` : '')), g.left + 8, y + 3, { width: LABEL_WIDTH - 14, lineBreak: false });
      teamLanes.forEach((lane, i) => lane.forEach((a) => drawBar(doc, plan, g, a, y + i * LANE)));
      doc.moveTo(g.left, y + h).lineTo(g.right, y + h).lineWidth(0.25).strokeColor(PDF_COLORS.rule).stroke();
      y += h;
    }
    await onProgramme();
  }
  doc.moveTo(g.right, y).lineTo(g.right, y).stroke();
  doc.x = g.left;
  doc.y = y + 8;
}

function drawProgrammeRow(doc: Pdf, g: Geometry, p: PlanProgramme, t: ExportTexts, y: number, continued: boolean): void {
  doc.rect(g.left, y, g.right - g.left, PROGRAMME_ROW).fill(PDF_COLORS.shade);
  doc.font(PDF_FONT.bold).fontSize(8).fillColor(PDF_COLORS.text)
    .text(fitText(doc, `${p.name} · ${t.levelLabel(p.level)}${continued ? ` (${t.continued})` : ''}`, g.right - g.left - 8), g.left + 4, y + 4, { lineBreak: false });
}

/** The legend under the grid: what the bar colours and the shaded weeks mean. */
export function drawLegend(doc: Pdf, t: ExportTexts, statuses: readonly AssignmentStatus[], kinds: readonly WeekKind[]): void {
  const box = contentBox(doc);
  if (doc.y + 16 > box.bottom) doc.addPage();
  let x = box.left;
  const y = doc.y;
  doc.font(PDF_FONT.bold).fontSize(7.5).fillColor(PDF_COLORS.text).text(pdfText(`${t.legend}:`), x, y + 1, { lineBreak: false });
  x += doc.widthOfString(`${t.legend}:`) + 10;
  const item = (color: string, label: string, rounded: boolean) => {
    if (rounded) doc.roundedRect(x, y, 18, 9, 2).fill(color);
    else doc.rect(x, y, 18, 9).fill(color);
    doc.font(PDF_FONT.regular).fontSize(7.5).fillColor(PDF_COLORS.text).text(pdfText(label), x + 22, y + 1, { lineBreak: false });
    x += 22 + doc.widthOfString(pdfText(label)) + 14;
  };
  for (const s of statuses) item(STATUS_COLORS[s], t.statusLabel(s), true);
  for (const k of kinds) {
    const shade = WEEK_SHADES[k];
    if (shade) item(shade, t.weekKindLabel(k), false);
  }
  doc.x = box.left;
  doc.y = y + 20;
}
