import { fileOutput } from '../schemas/files';
import * as s from '../schemas/exports';

// Contract entries of the school plan exports (issue 7.1): channel → { input, output, writes }.
export const EXPORT_CONTRACT = {
  /** Reads only. Async: builds the file in chunks with progress; the page saves it through the save dialog. */
  'exports:schoolPlan': { input: s.schoolPlanExportInput, output: fileOutput, writes: [] },
  'exports:schoolPlanSummary': { input: s.schoolPlanSummaryInput, output: s.schoolPlanSummary, writes: [] },
} as const;
