import fs from 'node:fs';
import type { FunderReport } from '../../../shared/schemas/report';
import { exportFunderReport } from '../../core/services/report/exportReport';
import { parse, positionals, requireValue, type CliCommand } from '../command';
import { withFileRouter } from '../fileHost';
import { CliError, EXIT_OK, EXIT_USAGE } from '../io';
import { cliMessage } from '../messages';
import { mustExist } from '../sqliteFile';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FORMATS = ['xlsx', 'pdf', 'json'] as const;
type Format = (typeof FORMATS)[number];

/**
 * The funder report of a period as XLSX, PDF or JSON: the figures come through the app's router (the same
 * `report:funder` the screen shows), the file from the same writer the app's export uses.
 */
export const reportCommand: CliCommand = {
  usage: `report funder --db BESTAND --from DATUM --to DATUM --format xlsx|pdf|json --out BESTAND [--force]

  --db      het werkplaatsbestand
  --from    eerste dag van de periode (JJJJ-MM-DD)
  --to      laatste dag van de periode (JJJJ-MM-DD)
  --format  xlsx (werkmap), pdf (afdrukbaar) of json (bedragen in centen, tijd in minuten)
  --out     het bestand dat gemaakt wordt
  --force   overschrijf --out als het al bestaat`,
  async run(args, io) {
    const { values, positionals: rest } = parse(args, {
      db: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' },
      out: { type: 'string' }, force: { type: 'boolean' },
    });
    const [kind] = positionals(rest, ['funder']) as [string];
    if (kind !== 'funder') throw new CliError(cliMessage('badValue', { name: 'report', value: kind, expected: 'funder' }), EXIT_USAGE);
    const file = requireValue(values.db, 'db');
    const from = requireValue(values.from, 'from');
    const to = requireValue(values.to, 'to');
    const format = requireValue(values.format, 'format') as Format;
    const out = requireValue(values.out, 'out');
    for (const [name, v] of [['--from', from], ['--to', to]] as const) {
      if (!DATE.test(v)) throw new CliError(cliMessage('badValue', { name, value: v, expected: 'een datum als 2026-01-31' }), EXIT_USAGE);
    }
    if (from > to) throw new CliError(cliMessage('badValue', { name: '--to', value: to, expected: `een datum op of na ${from}` }), EXIT_USAGE);
    if (!FORMATS.includes(format)) throw new CliError(cliMessage('badValue', { name: '--format', value: format, expected: 'xlsx, pdf of json' }), EXIT_USAGE);
    if (fs.existsSync(out) && !values.force) throw new CliError(cliMessage('fileExists', { file: out }), EXIT_USAGE);
    mustExist(file);

    const report = withFileRouter(file, (router) => {
      const result = router.invoke('report:funder', { from, to });
      if (!result.ok) throw new CliError(result.error.message);
      return result.value as FunderReport;
    });
    const data = format === 'json'
      ? Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8')
      : (await exportFunderReport(report, format, 'nl', new Date().toISOString().slice(0, 10))).data;
    fs.writeFileSync(out, data);
    io.out(`Rapportage ${from} t/m ${to} geschreven naar ${out} (${report.smes.unique} unieke mkb-bedrijven, `
      + `${(report.hours.totals.minutes / 60).toLocaleString('nl-NL', { maximumFractionDigits: 2 })} uur).`);
    return EXIT_OK;
  },
};
