import type { Database } from 'better-sqlite3';
import type { Language } from '../../../../shared/domain/constants';
import { isoDate } from '../../../../shared/domain/weeks';
import type { ExportFormat, SchoolPlanSummary } from '../../../../shared/schemas/exports';
import type { FileOutput } from '../../../../shared/schemas/files';
import { MIME, toFileOutput } from '../../files/fileOutput';
import { loadSchoolPlan, type SchoolPlan } from './schoolPlanData';
import { schoolPlanCsv } from './schoolPlanCsv';
import { schoolPlanIcs } from './schoolPlanIcs';
import { schoolPlanPdf } from './schoolPlanPdf';
import { schoolPlanXlsx } from './schoolPlanXlsx';
import type { ExportTask } from './task';
import { exportTexts } from './texts';


export interface SchoolPlanRequest {
  schoolId: number;
  termId: number;
  format: ExportFormat;
  includeContacts: boolean;
  csvSeparator: ',' | ';';
}

/** "Hogeschool Noord" + "Semester 1 2026-2027" → "planning-hogeschool-noord-semester-1-2026-2027.pdf". */
export function exportFilename(plan: SchoolPlan, format: ExportFormat): string {
  const slug = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const stem = [exportTexts(plan.lang).fileStem, slug(plan.school.shortName ?? plan.school.name), slug(plan.term.name)].filter(Boolean).join('-');
  return `${stem.slice(0, 150)}.${format}`;
}

/** The file bytes in the chosen format, built from the plan of one school and term only. */
export async function renderSchoolPlan(plan: SchoolPlan, format: ExportFormat, csvSeparator: ',' | ';', task: ExportTask): Promise<Buffer> {
  switch (format) {
    case 'xlsx': return schoolPlanXlsx(plan, task);
    case 'pdf': return schoolPlanPdf(plan, task);
    // One quick pass each: progress says when it is done, and a cancel before the pass still counts.
    case 'csv': return oneStep(task, () => schoolPlanCsv(plan, csvSeparator));
    case 'ics': return oneStep(task, () => schoolPlanIcs(plan));
  }
}

async function oneStep(task: ExportTask, make: () => Buffer): Promise<Buffer> {
  task.progress(0, 1);
  await task.yield();
  const out = make();
  task.progress(1, 1);
  return out;
}

/** Loads, renders and wraps the plan as a file for the page's save dialog (or the CLI's --out). */
export async function exportSchoolPlan(db: Database, request: SchoolPlanRequest, lang: Language, task: ExportTask,
  today: string = isoDate(new Date())): Promise<FileOutput> {
  const plan = loadSchoolPlan(db, { ...request, lang, today });
  const buffer = await renderSchoolPlan(plan, request.format, request.csvSeparator, task);
  return toFileOutput(buffer, exportFilename(plan, request.format), MIME[request.format]);
}

/** How much the export of this school and term will hold (the dialog shows it before the user exports). */
export function schoolPlanSummary(db: Database, schoolId: number, termId: number, lang: Language): SchoolPlanSummary {
  const plan = loadSchoolPlan(db, { schoolId, termId, includeContacts: false, lang, today: isoDate(new Date()) });
  const teams = plan.programmes.flatMap((p) => p.teams);
  return {
    schoolName: plan.school.name,
    termName: plan.term.name,
    programmes: plan.programmes.length,
    teams: teams.length,
    assignments: teams.reduce((s, t) => s + t.assignments.length, 0),
    weeks: plan.weeks.length,
  };
}
