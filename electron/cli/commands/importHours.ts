import fs from 'node:fs';
import type { ImportPreview } from '../../../shared/schemas/hoursRows';
import { parse, positionals, requireValue, type CliCommand } from '../command';
import { withFileRouter } from '../fileHost';
import { CliError, EXIT_OK, EXIT_PROBLEM, EXIT_USAGE } from '../io';
import { cliMessage } from '../messages';
import { mustExist } from '../sqliteFile';

const SOURCES: Record<string, string> = { clockify: 'Clockify', toggl: 'Toggl Track', kimai: 'Kimai', unknown: 'onbekend formaat' };

/**
 * Imports time entries from a Clockify, Toggl Track or Kimai CSV export: all rows or none. Bad rows are listed
 * one per line with their line number, and the workspace stays as it was.
 */
export const importHoursCommand: CliCommand = {
  usage: `import hours BESTAND --db WERKPLAATS [--staff KOLOM] [--date KOLOM] [--duration KOLOM] [--activity KOLOM]
       [--note KOLOM] [--date-order dmy|mdy]

  BESTAND       CSV-export van Clockify, Toggl Track of Kimai (komma of puntkomma, Nederlandse of Engelse kolomnamen)
  --db          het werkplaatsbestand
  --staff …     kies zelf de kolom voor medewerker, datum, duur, activiteit of notitie (anders herkend)
  --date-order  dmy (dag eerst, standaard) of mdy (maand eerst, Amerikaanse exports)`,
  run(args, io) {
    const { values, positionals: rest } = parse(args, {
      db: { type: 'string' }, staff: { type: 'string' }, date: { type: 'string' }, duration: { type: 'string' },
      activity: { type: 'string' }, note: { type: 'string' }, 'date-order': { type: 'string' },
    });
    const [kind, csvFile] = positionals(rest, ['hours', 'BESTAND']) as [string, string];
    if (kind !== 'hours') throw new CliError(cliMessage('badValue', { name: 'import', value: kind, expected: 'hours' }), EXIT_USAGE);
    const order = values['date-order'];
    if (order !== undefined && order !== 'dmy' && order !== 'mdy') {
      throw new CliError(cliMessage('badValue', { name: '--date-order', value: order, expected: 'dmy of mdy' }), EXIT_USAGE);
    }
    const file = requireValue(values.db, 'db');
    mustExist(csvFile);
    mustExist(file);
    const csv = fs.readFileSync(csvFile, 'utf8');
    const mapping = Object.fromEntries(Object.entries({
      staff: values.staff, date: values.date, duration: values.duration, activity: values.activity, note: values.note, dateOrder: order,
    }).filter(([, v]) => v !== undefined));

    return withFileRouter(file, (router) => {
      const preview = router.invoke('hours:importPreview', { csv, mapping });
      if (!preview.ok) throw new CliError(preview.error.message);
      const p = preview.value as ImportPreview;
      io.out(`Formaat: ${SOURCES[p.source]}; scheidingsteken “${p.delimiter}”; kolommen: medewerker=${p.mapping.staff ?? '?'}, `
        + `datum=${p.mapping.date ?? '?'}, duur=${p.mapping.duration ?? '?'}, activiteit=${p.mapping.activity ?? '?'}, notitie=${p.mapping.note ?? '-'}`);
      if (p.errorCount > 0 || p.rows.length === 0) {
        for (const r of p.rows) if (r.problems.length > 0) io.err(`regel ${r.line}: ${r.problems.map((x) => x.message).join('; ')}`);
        io.err(p.rows.length === 0 ? 'Het bestand bevat geen regels; er is niets geïmporteerd.'
          : `${p.errorCount} van ${p.rows.length} regels zijn niet in orde; er is niets geïmporteerd.`);
        return EXIT_PROBLEM;
      }
      const result = router.invoke('hours:import', { csv, mapping });
      if (!result.ok) throw new CliError(result.error.message);
      const { imported, minutes } = result.value as { imported: number; minutes: number };
      io.out(`${imported} regels geïmporteerd (${(minutes / 60).toLocaleString('nl-NL', { maximumFractionDigits: 2 })} uur).`);
      return EXIT_OK;
    });
  },
};
