import type { XlsxColumn } from '../../files/xlsxBook';
import type { PlanAssignment, PlanProgramme, PlanTeam, SchoolPlan } from './schoolPlanData';
import { weekNumber } from './schoolPlanData';
import type { ExportTexts } from './texts';
import { dutchDate } from './weekDates';

// One row per assignment, the same columns in the spreadsheet and the CSV: who (programme, team), for whom (SME,
// offering), when (ISO weeks and dates), and — only when asked for — how to reach the SME.

export interface PlanLine { programme: PlanProgramme; team: PlanTeam; assignment: PlanAssignment }

export function planColumns(t: ExportTexts, plan: Pick<SchoolPlan, 'includeContacts'>, options: { withProgramme: boolean }): XlsxColumn<PlanLine>[] {
  const cols: XlsxColumn<PlanLine>[] = [
    ...(options.withProgramme ? [
      { header: t.programme, value: (l: PlanLine) => l.programme.name },
      { header: t.level, value: (l: PlanLine) => t.levelLabel(l.programme.level) },
    ] : []),
    { header: t.team, value: (l) => l.team.label + (l.team.droppedOut ? ` (${t.droppedOut})` : '') },
    { header: t.sme, value: (l) => l.assignment.smeName },
    { header: t.municipality, value: (l) => l.assignment.smeMunicipality },
    { header: t.offering, value: (l) => l.assignment.offeringName },
    { header: t.theme, value: (l) => t.themeLabel(l.assignment.theme) },
    { header: t.startWeek, type: 'int', value: (l) => weekNumber(l.assignment.startWeek) },
    { header: t.endWeek, type: 'int', value: (l) => weekNumber(l.assignment.endWeek) },
    { header: t.startDate, type: 'date', value: (l) => l.assignment.startDate },
    { header: t.endDate, type: 'date', value: (l) => l.assignment.endDate },
    { header: t.weeks, type: 'int', value: (l) => weekSpan(l.assignment) },
    { header: t.status, value: (l) => t.statusLabel(l.assignment.status) },
    { header: t.question, width: 50, value: (l) => l.assignment.question },
  ];
  if (plan.includeContacts) {
    cols.push(
      { header: t.contactName, value: (l) => l.assignment.contact?.name ?? null },
      { header: t.contactEmail, value: (l) => l.assignment.contact?.email ?? null },
      { header: t.contactPhone, value: (l) => l.assignment.contact?.phone ?? null },
    );
  }
  return cols;
}

/** Calendar weeks from start to end week inclusive (Monday of the first to Friday of the last) (a term crossing New Year counts right: W52 → W02 is 3 weeks). */
export function weekSpan(a: Pick<PlanAssignment, 'startDate' | 'endDate'>): number {
  const ms = Date.parse(`${a.endDate}T00:00:00Z`) - Date.parse(`${a.startDate}T00:00:00Z`);
  return Math.floor(ms / (7 * 86_400_000)) + 1;
}

/** A cell as text for the CSV: dates in Dutch order (dd-mm-jjjj), numbers plain, empty for nothing. */
export function textCell(col: XlsxColumn<PlanLine>, line: PlanLine): string {
  const v = col.value(line);
  if (v === null || v === undefined) return '';
  if (col.type === 'date' && typeof v === 'string') return dutchDate(v);
  return String(v);
}

export function planLines(plan: SchoolPlan): PlanLine[] {
  return plan.programmes.flatMap((programme) => programme.teams.flatMap((team) => team.assignments.map((assignment) => ({ programme, team, assignment }))));
}
