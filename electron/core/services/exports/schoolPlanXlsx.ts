import { addTableSheet, createWorkbook, sheetName, workbookBuffer, writeKeyValues, writeTable, type XlsxColumn } from '../../files/xlsxBook';
import { planColumns, planLines, type PlanLine } from './planColumns';
import type { PlanProgramme, SchoolPlan } from './schoolPlanData';
import type { ExportTask } from './task';
import { exportTexts } from './texts';

/**
 * The plan as a workbook: a summary sheet (school, term, one line per programme) and a sheet per programme with a
 * row per assignment. Every table has a frozen, filterable header; dates show as dd-mm-jjjj.
 */
export async function schoolPlanXlsx(plan: SchoolPlan, task: ExportTask): Promise<Buffer> {
  const t = exportTexts(plan.lang);
  const wb = createWorkbook({ title: `${t.title} ${plan.school.name} ${plan.term.name}`, subject: plan.term.schoolYear });
  const used = new Set<string>();

  const summary = wb.addWorksheet(sheetName(t.summary, used));
  let row = writeKeyValues(summary, 1, [
    [t.school, plan.school.name],
    [t.term, plan.term.name],
    [t.schoolYear, plan.term.schoolYear],
    [t.startDate, plan.term.startDate, 'date'],
    [t.endDate, plan.term.endDate, 'date'],
    [t.generated, plan.generatedOn, 'date'],
  ]);
  summary.getCell(1, 1).font = { bold: true, size: 14 };
  summary.getCell(1, 2).font = { bold: true, size: 14 };
  if (plan.includeContacts) {
    summary.getCell(row, 1).value = t.contactsIncluded;
    summary.getCell(row, 1).font = { italic: true };
    row++;
  }
  const summaryColumns: XlsxColumn<PlanProgramme>[] = [
    { header: t.programme, value: (p) => p.name },
    { header: t.level, value: (p) => t.levelLabel(p.level) },
    { header: t.coach, value: (p) => p.coach },
    { header: t.teams, type: 'int', value: (p) => p.teams.length },
    { header: t.teamsBusy, type: 'int', value: (p) => p.teams.filter((tm) => tm.assignments.length > 0).length },
    { header: t.assignments, type: 'int', value: (p) => p.teams.reduce((s, tm) => s + tm.assignments.length, 0) },
  ];
  const tableStart = row + 1;
  writeTable(summary, tableStart, summaryColumns, plan.programmes);
  // Keep the programme table's header in view too: freeze everything above its first row.
  summary.views = [{ state: 'frozen', ySplit: tableStart, xSplit: 0, topLeftCell: `A${tableStart + 1}`, activeCell: `A${tableStart + 1}` }];

  const total = plan.programmes.length;
  task.progress(0, total);
  for (const [i, programme] of plan.programmes.entries()) {
    const lines: PlanLine[] = planLines({ ...plan, programmes: [programme] });
    addTableSheet(wb, sheetName(programme.name, used), planColumns(t, plan, { withProgramme: false }), lines);
    task.progress(i + 1, total);
    await task.yield();
  }
  return workbookBuffer(wb);
}
