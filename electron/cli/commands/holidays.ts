import fs from 'node:fs';
import type { z } from 'zod';
import type { holidayImportResult } from '../../../shared/schemas/masterRows';
import { parse, positionals, requireValue, type CliCommand } from '../command';
import { withFileRouter } from '../fileHost';
import { CliError, EXIT_OK, EXIT_USAGE } from '../io';
import { cliMessage } from '../messages';
import { mustExist } from '../sqliteFile';

/**
 * Imports the government's school-holiday open-data JSON, as the app's import button does (same channel, one
 * undo step), and re-marks the weeks of every term. Entries the parser had to skip are listed on stderr.
 */
export const holidaysCommand: CliCommand = {
  usage: `holidays import BESTAND --db WERKPLAATS

  BESTAND   schoolvakanties van de Rijksoverheid als JSON (open data, content[].vacations[].regions[])
  --db      het werkplaatsbestand`,
  run(args, io) {
    const { values, positionals: rest } = parse(args, { db: { type: 'string' } });
    const [kind, jsonFile] = positionals(rest, ['import', 'BESTAND']) as [string, string];
    if (kind !== 'import') throw new CliError(cliMessage('badValue', { name: 'holidays', value: kind, expected: 'import' }), EXIT_USAGE);
    const file = requireValue(values.db, 'db');
    mustExist(jsonFile);
    mustExist(file);
    const json = fs.readFileSync(jsonFile, 'utf8');
    return withFileRouter(file, (router) => {
      const result = router.invoke('holidays:import', { json });
      if (!result.ok) throw new CliError(result.error.message);
      const r = result.value as z.infer<typeof holidayImportResult>;
      for (const problem of r.problems) io.err(`overgeslagen: ${problem}`);
      io.out(`${r.holidays} vakanties geïmporteerd (schooljaren ${r.schoolYears.join(', ')}; regio's ${r.regions.join(', ')}); `
        + `${r.weeksChanged} weken van onderwijsperiodes opnieuw gemarkeerd.`);
      return EXIT_OK;
    });
  },
};
