import Papa from 'papaparse';
import type { CsvSeparator } from '../../../../shared/schemas/exports';
import { planColumns, planLines, textCell } from './planColumns';
import type { SchoolPlan } from './schoolPlanData';
import { exportTexts } from './texts';

/**
 * A cell a spreadsheet would run as a formula (=, @, or + / - before something that is not a number) gets a
 * leading apostrophe, so a company name cannot smuggle a formula into the school's Excel. Phone numbers such as
 * +31 6 … stay as they are.
 */
const FORMULA_START = /^(?:[=@\t\r]|[+-](?![\d\s(]))/;

/**
 * The plan as CSV (RFC 4180): a header row and one row per assignment, CRLF line ends, fields quoted when they hold
 * the separator, a quote or a line break. UTF-8 with a byte-order mark so Excel reads ë and € right; with ';' as
 * separator a Dutch Excel opens it in columns straight away.
 */
export function schoolPlanCsv(plan: SchoolPlan, separator: CsvSeparator): Buffer {
  const t = exportTexts(plan.lang);
  const columns = planColumns(t, plan, { withProgramme: true });
  const rows = planLines(plan).map((line) => columns.map((c) => textCell(c, line)));
  const text = Papa.unparse({ fields: columns.map((c) => c.header), data: rows }, {
    delimiter: separator,
    newline: '\r\n',
    quotes: false,
    quoteChar: '"',
    escapeChar: '"',
    header: true,
    escapeFormulae: FORMULA_START,
  });
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}
