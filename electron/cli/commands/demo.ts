import fs from 'node:fs';
import { DEMO_SCALES, type DemoScale } from '../../../shared/domain/constants';
import { DEMO_FIRST_DAY, DEMO_LAST_DAY, generateDemo } from '../../core/demo';
import { Workspace } from '../../core/workspace';
import { parse, positionals, requireValue, type CliCommand } from '../command';
import { CliError, EXIT_OK, EXIT_USAGE } from '../io';
import { cliMessage } from '../messages';
import { megabytes } from '../sqliteFile';
import { formatTable } from '../table';

const SIDE_FILES = ['', '-wal', '-shm'];

export const demoCommand: CliCommand = {
  usage: `demo --scale small|large|huge --out BESTAND [--seed N] [--today JJJJ-MM-DD] [--force]

  --scale   small = één werkplaats-jaar, large = 10×, huge = 100×
  --out     het nieuwe databasebestand
  --seed    zelfde seed (en peildatum) geeft precies dezelfde gegevens (standaard 2025)
  --today   de peildatum van de demo (standaard vandaag, binnen de schooljaren 2025-2027)
  --force   overschrijf BESTAND als het al bestaat`,
  run(args, io) {
    const { values, positionals: rest } = parse(args, {
      scale: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
      force: { type: 'boolean' },
    });
    positionals(rest, []);
    const scale = requireValue(values.scale, 'scale');
    if (!(DEMO_SCALES as readonly string[]).includes(scale)) {
      throw new CliError(cliMessage('badValue', { name: '--scale', value: scale, expected: DEMO_SCALES.join(', ') }), EXIT_USAGE);
    }
    const out = requireValue(values.out, 'out');
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && (!/^\d+$/.test(values.seed!) || seed > 0xffffffff)) {
      throw new CliError(cliMessage('badValue', { name: '--seed', value: values.seed, expected: 'een geheel getal 0–4294967295' }), EXIT_USAGE);
    }
    const today = values.today;
    if (today !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(today) && today >= DEMO_FIRST_DAY && today <= DEMO_LAST_DAY &&
      new Date(`${today}T00:00:00Z`).toISOString().startsWith(today))) {
      throw new CliError(cliMessage('badValue', { name: '--today', value: today, expected: `een datum van ${DEMO_FIRST_DAY} t/m ${DEMO_LAST_DAY}` }), EXIT_USAGE);
    }
    if (fs.existsSync(out)) {
      if (!values.force) throw new CliError(cliMessage('fileExists', { file: out }), EXIT_USAGE);
      for (const suffix of SIDE_FILES) fs.rmSync(out + suffix, { force: true });
    }

    const ws = Workspace.open(out);
    let result;
    try {
      result = generateDemo(ws.db, { scale: scale as DemoScale, seed, today });
      // Fold the WAL into the main file so the demo is one self-contained file.
      ws.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch (e) {
      ws.close();
      for (const suffix of SIDE_FILES) fs.rmSync(out + suffix, { force: true });
      throw new CliError(cliMessage('failed', { detail: (e as Error).message }));
    }
    ws.close();
    io.out(`Demo ${result.scale} (seed ${result.seed}, peildatum ${result.today}) geschreven naar ${out}`);
    io.out(`${result.totalRows.toLocaleString('nl-NL')} rijen in ${(result.milliseconds / 1000).toFixed(2)} s, ${megabytes(out)}`);
    io.out('');
    io.out(formatTable(['tabel', 'rijen'], Object.entries(result.counts).map(([t, n]) => [t, n.toLocaleString('nl-NL')]), ['left', 'right']));
    return EXIT_OK;
  },
};
