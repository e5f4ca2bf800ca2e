import { z } from 'zod';
import { id, taskId } from './fields';

// Per-school, per-term plan exports (issue 7.1): the dialog's choices in, a file (shared/schemas/files.ts) out.

export const EXPORT_FORMATS = ['xlsx', 'pdf', 'csv', 'ics'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** ',' is RFC 4180; ';' is what a Dutch Excel expects when it opens a CSV with a double click. */
export const CSV_SEPARATORS = [',', ';'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

export const schoolPlanExportInput = z.object({
  schoolId: id,
  termId: id,
  format: z.enum(EXPORT_FORMATS),
  /** SME contact person, e-mail and phone are personal data: only in the file when the user ticks the box. */
  includeContacts: z.boolean().default(false),
  csvSeparator: z.enum(CSV_SEPARATORS).default(','),
  taskId: taskId.optional(),
}).strict();
export type SchoolPlanExportInput = z.input<typeof schoolPlanExportInput>;

export const schoolPlanSummaryInput = z.object({ schoolId: id, termId: id }).strict();

/** What the dialog shows before exporting: how much the file will hold. */
export const schoolPlanSummary = z.object({
  schoolName: z.string(),
  termName: z.string(),
  programmes: z.number().int().min(0),
  teams: z.number().int().min(0),
  assignments: z.number().int().min(0),
  weeks: z.number().int().min(0),
});
export type SchoolPlanSummary = z.infer<typeof schoolPlanSummary>;
