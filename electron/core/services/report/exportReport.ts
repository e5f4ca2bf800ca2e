import type { Language } from '../../../../shared/domain/constants';
import type { FunderReport, ReportFormat } from '../../../../shared/schemas/report';
import { reportPdf } from './reportPdf';
import { reportXlsx } from './reportXlsx';

/** The report written as a file, with the name the save dialog proposes (the app and the CLI share it). */
export async function exportFunderReport(report: FunderReport, format: ReportFormat, lang: Language, today: string) {
  const data = format === 'xlsx' ? await reportXlsx(report, lang, today) : await reportPdf(report, lang, today);
  const name = lang === 'en' ? 'Funder report' : 'Rapportage financiers';
  return { data, filename: `${name} ${report.from} - ${report.to}.${format}` };
}
