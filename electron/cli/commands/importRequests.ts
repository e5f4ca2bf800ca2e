import fs from 'node:fs';
import { IMPORT_FIELDS, type ImportField, type ImportPreview, type ImportResult } from '../../../shared/schemas/importRequests';
import { parse, positionals, requireValue, type CliCommand } from '../command';
import { withFileRouter } from '../fileHost';
import { CliError, EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, type CliIo } from '../io';
import { cliMessage } from '../messages';
import { mustExist } from '../sqliteFile';
import { importHoursCommand } from './importHours';

const USAGE = `import requests BESTAND --db WERKPLAATS [--valid-only] [--sheet WERKBLAD] [--map VELD=KOLOM …]

  BESTAND       CSV (komma, puntkomma of tab; UTF-8, UTF-16 of Windows-1252) of XLSX, bijvoorbeeld een export van
                Microsoft Forms: één regel per aanvraag
  --db          het werkplaatsbestand
  --valid-only  importeer alleen de regels zonder problemen (anders: alles of niets)
  --sheet       werkblad van een XLSX-bestand (standaard het eerste)
  --map         kies zelf een kolom (naam of nummer, 1 = eerste) voor een veld; herhaalbaar. Velden:
                ${IMPORT_FIELDS.join(', ')}
                Zonder --map worden de kolommen herkend aan hun kop; VELD= (leeg) zet een veld uit.`;

/** "--map kvk=KvK-nummer" or "--map kvk=7": the column by its header text or 1-based number. */
function mappingOf(pairs: readonly string[], headers: readonly string[]): Partial<Record<ImportField, number | null>> {
  const out: Partial<Record<ImportField, number | null>> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const field = pair.slice(0, eq) as ImportField;
    const column = pair.slice(eq + 1).trim();
    if (eq < 0 || !(IMPORT_FIELDS as readonly string[]).includes(field)) {
      throw new CliError(cliMessage('badValue', { name: '--map', value: pair, expected: `VELD=KOLOM met VELD een van ${IMPORT_FIELDS.join(', ')}` }), EXIT_USAGE);
    }
    if (column === '') { out[field] = null; continue; }
    const byName = headers.findIndex((h) => h.toLowerCase() === column.toLowerCase());
    const index = byName >= 0 ? byName : /^\d+$/.test(column) ? Number(column) - 1 : -1;
    if (index < 0 || index >= headers.length) {
      throw new CliError(cliMessage('badValue', { name: '--map', value: pair, expected: `een kolom uit: ${headers.join(' | ')}` }), EXIT_USAGE);
    }
    out[field] = index;
  }
  return out;
}

const where = (p: ImportPreview, line: number) => `${p.format === 'xlsx' ? 'rij' : 'regel'} ${line}`;

/**
 * Imports requests (and the SMEs they come from) from a CSV or XLSX file: all rows or none, or only the valid
 * ones with --valid-only. Every problem goes to stderr with its line; the exit status is 1 when nothing was imported.
 */
export const importRequestsCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const { values, positionals: rest } = parse(args, {
      db: { type: 'string' }, 'valid-only': { type: 'boolean' }, sheet: { type: 'string' }, map: { type: 'string', multiple: true },
    });
    const [, path] = positionals(rest, ['requests', 'BESTAND']) as [string, string];
    const db = requireValue(values.db, 'db');
    mustExist(path);
    mustExist(db);
    const file = { name: path.split(/[\\/]/).pop()!, base64: fs.readFileSync(path).toString('base64') };
    const base = { file, sheet: values.sheet ?? null };
    return withFileRouter(db, async (router) => {
      const first = await router.invokeAsync('importRequests:preview', base);
      if (!first.ok) throw new CliError(first.error.message);
      const mapping = mappingOf(values.map ?? [], (first.value as ImportPreview).headers.map((h) => h.label));
      const res = values.map ? await router.invokeAsync('importRequests:preview', { ...base, mapping }) : first;
      if (!res.ok) throw new CliError(res.error.message);
      const p = res.value as ImportPreview;
      describe(p, io);
      for (const problem of p.fileProblems) io.err(problem.message);
      for (const r of p.rows) for (const problem of r.problems) io.err(`${where(p, r.line)}: ${problem.message}`);
      const mode = values['valid-only'] ? 'validOnly' : 'all';
      const done = await router.invokeAsync('importRequests:commit', { ...base, mapping, mode });
      if (!done.ok) {
        io.err(done.error.message);
        return EXIT_PROBLEM;
      }
      const r = done.value as ImportResult;
      io.out(`${r.requests} aanvragen geïmporteerd; ${r.newSmes} nieuwe bedrijven, ${r.updatedSmes} bestaande aangevuld.`);
      if (r.skipped > 0) io.err(`${r.skipped} regels met problemen zijn overgeslagen.`);
      return EXIT_OK;
    });
  },
};

function describe(p: ImportPreview, io: CliIo): void {
  const format = p.format === 'xlsx' ? `XLSX, werkblad “${p.sheet}”` : p.format === 'csv'
    ? `CSV, ${p.encoding}, scheidingsteken “${p.delimiter === '\t' ? 'tab' : p.delimiter}”` : 'onbekend formaat';
  const cols = IMPORT_FIELDS.filter((f) => p.mapping[f] !== null).map((f) => `${f}=${p.headers[p.mapping[f]!]?.label ?? '?'}`);
  io.out(`Bestand: ${format}; ${p.counts.rows} regels, ${p.counts.valid} geldig, ${p.counts.invalid} met problemen.`);
  io.out(`Kolommen: ${cols.join('; ')}`);
}

const FLAGS = new Set(['--valid-only', '--help', '-h']);

/** The first word that is not an option or an option's value. */
function firstPositional(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('-')) return a;
    if (!FLAGS.has(a) && !a.includes('=')) i++;
  }
  return undefined;
}

/** `import hours …` and `import requests …` share the command word; the kind picks the command. */
export const importCommand: CliCommand = {
  usage: `${importHoursCommand.usage}\n\n${USAGE}`,
  run(args, io) {
    const kind = firstPositional(args);
    if (kind === 'requests') return importRequestsCommand.run(args, io);
    if (kind === 'hours' || kind === undefined) return importHoursCommand.run(args, io);
    throw new CliError(cliMessage('badValue', { name: 'import', value: kind, expected: 'hours of requests' }), EXIT_USAGE);
  },
};
