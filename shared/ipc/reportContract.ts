import { fileOutput } from '../schemas/files';
import { funderReport, reportExportInput, reportPeriod } from '../schemas/report';

// Contract entries of the funder report: channel → { input, output, writes }.
export const REPORT_CONTRACT = {
  'report:funder': { input: reportPeriod, output: funderReport, writes: [] },
  /** The report as an XLSX or PDF file for the user to save (async: the PDF is written as a stream). */
  'report:export': { input: reportExportInput, output: fileOutput, writes: [] },
} as const;
