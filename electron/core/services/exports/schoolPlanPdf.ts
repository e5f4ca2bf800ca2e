import type { AssignmentStatus, WeekKind } from '../../../../shared/domain/constants';
import { addPageFooters, contentBox, createPdf, drawTable, ensureSpace, heading, pdfBuffer, PDF_COLORS, PDF_FONT, pdfText, type Pdf, type PdfColumn } from '../../files/pdfDoc';
import { drawLegend, drawWeekGrid } from './pdfWeekGrid';
import { weekSpan } from './planColumns';
import { weekNumber, type PlanProgramme, type SchoolPlan } from './schoolPlanData';
import type { ExportTask } from './task';
import { exportTexts, type ExportTexts } from './texts';
import { dutchDate } from './weekDates';

/**
 * The printable plan: A4 landscape, a title block (school, term, dates), the week grid with a legend, then per
 * programme a table that lists every team and what it does for whom and when. Page numbers in the footer.
 * Texts follow the workspace language; dates are always dd-mm-jjjj.
 */
export async function schoolPlanPdf(plan: SchoolPlan, task: ExportTask): Promise<Buffer> {
  const t = exportTexts(plan.lang);
  const doc = createPdf({
    title: `${t.title} – ${plan.school.name} – ${plan.term.name}`,
    subject: `${plan.school.name}, ${plan.term.name} (${plan.term.schoolYear})`,
    layout: 'landscape',
    lang: plan.lang,
  });
  const total = plan.programmes.length * 2;
  let done = 0;
  const step = async () => {
    task.progress(++done, total);
    await task.yield();
  };
  task.progress(0, total);

  titleBlock(doc, plan, t);
  if (plan.programmes.length === 0) {
    doc.font(PDF_FONT.italic).fontSize(11).fillColor(PDF_COLORS.muted).text(pdfText(t.noTeams));
  } else {
    heading(doc, t.grid, 2);
    await drawWeekGrid(doc, plan, t, step);
    const statuses = [...new Set(plan.programmes.flatMap((p) => p.teams.flatMap((tm) => tm.assignments.map((a) => a.status))))] as AssignmentStatus[];
    const kinds = [...new Set(plan.weeks.map((w) => w.kind))].filter((k) => k !== 'teaching') as WeekKind[];
    drawLegend(doc, t, statuses.length > 0 ? statuses : ['planned'], kinds);

    doc.addPage();
    heading(doc, t.perTeam, 1);
    for (const programme of plan.programmes) {
      programmeList(doc, plan, programme, t);
      await step();
    }
  }
  addPageFooters(doc, `Werkplaats Planner · ${plan.school.name} · ${plan.term.name} · ${t.generated} ${dutchDate(plan.generatedOn)}`, t.page);
  return pdfBuffer(doc);
}

function titleBlock(doc: Pdf, plan: SchoolPlan, t: ExportTexts): void {
  const box = contentBox(doc);
  doc.rect(box.left, box.top, 4, 44).fill(PDF_COLORS.accent);
  doc.font(PDF_FONT.bold).fontSize(20).fillColor(PDF_COLORS.text).text(pdfText(t.title), box.left + 14, box.top, { lineBreak: false });
  doc.font(PDF_FONT.regular).fontSize(13).fillColor(PDF_COLORS.text)
    .text(pdfText(`${plan.school.name} · ${plan.term.name} (${plan.term.schoolYear})`), box.left + 14, box.top + 26, { lineBreak: false });

  const first = plan.weeks[0]?.week;
  const last = plan.weeks[plan.weeks.length - 1]?.week;
  const weeks = first && last ? ` · ${t.week} ${weekNumber(first)}–${weekNumber(last)}` : '';
  const teams = plan.programmes.reduce((s, p) => s + p.teams.length, 0);
  const assignments = plan.programmes.reduce((s, p) => s + p.teams.reduce((n, tm) => n + tm.assignments.length, 0), 0);
  const facts = [
    `${t.period}: ${dutchDate(plan.term.startDate)} – ${dutchDate(plan.term.endDate)}${weeks}`,
    `${t.teams}: ${teams} · ${t.assignments}: ${assignments}`,
    ...(plan.school.contactName ? [`${t.contact}: ${plan.school.contactName}${plan.school.contactEmail ? ` (${plan.school.contactEmail})` : ''}`] : []),
  ];
  doc.font(PDF_FONT.regular).fontSize(9).fillColor(PDF_COLORS.muted);
  facts.forEach((f, i) => doc.text(pdfText(f), box.right - 330, box.top + 2 + i * 12, { width: 330, align: 'right', lineBreak: false }));
  doc.y = box.top + 56;
  if (plan.includeContacts) {
    doc.font(PDF_FONT.italic).fontSize(8.5).fillColor(PDF_COLORS.muted).text(pdfText(t.contactsIncluded), box.left, doc.y);
    doc.moveDown(0.5);
  }
  doc.x = box.left;
  doc.font(PDF_FONT.regular).fontSize(10).fillColor(PDF_COLORS.text);
}

/** One programme: a heading with level, coach and team size, then a row per team assignment (or "none"). */
function programmeList(doc: Pdf, plan: SchoolPlan, p: PlanProgramme, t: ExportTexts): void {
  ensureSpace(doc, 80);
  doc.moveDown(0.6);
  heading(doc, p.name, 2);
  const facts = [t.levelLabel(p.level), t.studentsPerTeam(p.studentsPerTeam), t.hoursPerWeek(p.minutesPerStudentWeek), ...(p.coach ? [`${t.coach}: ${p.coach}`] : [])];
  doc.font(PDF_FONT.regular).fontSize(9).fillColor(PDF_COLORS.muted).text(pdfText(facts.join(' · ')), contentBox(doc).left, doc.y);
  doc.moveDown(0.4);

  const columns: PdfColumn[] = [
    { header: t.team, weight: 11 },
    { header: t.sme, weight: 20 },
    { header: t.offering, weight: 20 },
    { header: t.week, weight: 9 },
    { header: t.period, weight: 16 },
    { header: t.weeks, weight: 6, align: 'right' },
    { header: t.status, weight: 9 },
    ...(plan.includeContacts ? [{ header: t.contactName, weight: 24 }] : []),
  ];
  const rows = p.teams.flatMap((team) => {
    const label = team.label + (team.droppedOut ? ` (${t.droppedOut})` : '');
    if (team.assignments.length === 0) return [[label, '—', '', '', '', '', '', ...(plan.includeContacts ? [''] : [])]];
    return team.assignments.map((a, i) => [
      i === 0 ? label : '',
      a.smeName + (a.smeMunicipality ? `, ${a.smeMunicipality}` : ''),
      a.offeringName ?? '—',
      a.startWeek === a.endWeek ? String(weekNumber(a.startWeek)) : `${weekNumber(a.startWeek)}–${weekNumber(a.endWeek)}`,
      `${dutchDate(a.startDate)} – ${dutchDate(a.endDate)}`,
      String(weekSpan(a)),
      t.statusLabel(a.status),
      ...(plan.includeContacts ? [[a.contact?.name, a.contact?.email, a.contact?.phone].filter(Boolean).join('\n')] : []),
    ]);
  });
  // Shade per team, not per line, so a team's assignments read as one block.
  const groups = p.teams.flatMap((team, i) => Array.from({ length: Math.max(team.assignments.length, 1) }, () => i));
  drawTable(doc, columns, rows, { fontSize: 8.5, groups, continuation: `${p.name} (${t.continued})` });
}
