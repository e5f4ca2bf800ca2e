import fs from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMATS } from '../../../shared/schemas/exports';
import type { FileOutput } from '../../../shared/schemas/files';
import { parse, positionals, requireValue, type CliCommand } from '../command';
import { withFileRouter } from '../fileHost';
import { CliError, EXIT_OK, EXIT_USAGE } from '../io';
import { cliMessage } from '../messages';
import { mustExist } from '../sqliteFile';

const positiveId = (name: string, v: string): number => {
  if (!/^[1-9]\d*$/.test(v)) throw new CliError(cliMessage('badValue', { name, value: v, expected: 'een positief geheel getal' }), EXIT_USAGE);
  return Number(v);
};

/** One school's plan for one term as a file: the same bytes the app's Exporteren dialog saves, through the same router. */
export const exportSchoolPlanCommand: CliCommand = {
  usage: `export school-plan --db BESTAND --school ID --term ID --format ${EXPORT_FORMATS.join('|')} --out UIT [--contacts] [--semicolon] [--force]

  --db         het werkplaatsbestand (alleen gelezen)
  --school     de school (id, zie: list schools)
  --term       de onderwijsperiode van die school (id, zie: list terms)
  --format     xlsx (Excel), pdf (afdrukbaar), csv of ics (agenda)
  --out        het bestand dat gemaakt wordt
  --contacts   neem contactgegevens van de bedrijven op (persoonsgegevens: alleen als de school ze nodig heeft)
  --semicolon  CSV met puntkomma's (Nederlandse Excel) in plaats van komma's
  --force      overschrijf UIT als het al bestaat`,
  async run(args, io) {
    const { values, positionals: rest } = parse(args, {
      db: { type: 'string' }, school: { type: 'string' }, term: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' },
      contacts: { type: 'boolean' }, semicolon: { type: 'boolean' }, force: { type: 'boolean' },
    });
    const [what] = positionals(rest, ['school-plan']) as [string];
    if (what !== 'school-plan') throw new CliError(cliMessage('badValue', { name: 'export', value: what, expected: 'school-plan' }), EXIT_USAGE);
    const file = requireValue(values.db, 'db');
    const schoolId = positiveId('--school', requireValue(values.school, 'school'));
    const termId = positiveId('--term', requireValue(values.term, 'term'));
    const format = requireValue(values.format, 'format');
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new CliError(cliMessage('badValue', { name: '--format', value: format, expected: EXPORT_FORMATS.join(', ') }), EXIT_USAGE);
    }
    const out = requireValue(values.out, 'out');
    if (values.semicolon && format !== 'csv') {
      throw new CliError(cliMessage('badValue', { name: '--semicolon', value: format, expected: 'alleen bij --format csv' }), EXIT_USAGE);
    }
    if (fs.existsSync(out) && !values.force) throw new CliError(cliMessage('fileExists', { file: out }), EXIT_USAGE);
    mustExist(file);
    return withFileRouter(file, async (router) => {
      const result = await router.invokeAsync('exports:schoolPlan', {
        schoolId, termId, format, includeContacts: values.contacts === true, csvSeparator: values.semicolon ? ';' : ',',
      });
      if (!result.ok) throw new CliError(result.error.message);
      const output = result.value as FileOutput;
      fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
      fs.writeFileSync(out, Buffer.from(output.base64, 'base64'));
      io.out(`Opgeslagen: ${out} (${output.bytes.toLocaleString('nl-NL')} bytes)`);
      return EXIT_OK;
    });
  },
};
