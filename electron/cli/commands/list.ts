import type { Channel } from '../../../shared/ipc/channels';
import { parse, positionals, requireValue, type CliCommand } from '../command';
import { withFileRouter } from '../fileHost';
import { CliError, EXIT_OK, EXIT_USAGE } from '../io';
import { cliMessage } from '../messages';
import { mustExist } from '../sqliteFile';
import { formatTable, type Align } from '../table';

type Row = Record<string, unknown>;
type Column = [header: string, value: string | ((row: Row) => unknown), align?: Align];

const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  if (Array.isArray(v)) return v.join(', ');
  return String(v);
};

/** What each list shows in a terminal; --json prints every field the router returns. */
const LISTS: Record<string, { channel: Channel; columns: Column[] }> = {
  schools: { channel: 'schools:list', columns: [
    ['id', 'id', 'right'], ['naam', 'name'], ['soort', 'kind'], ['BRIN', 'brin'], ['regio', 'holidayRegion'],
    ['gemeente', 'municipality'], ['opleidingen', 'programmeCount', 'right'],
  ] },
  programmes: { channel: 'programmes:list', columns: [
    ['id', 'id', 'right'], ['school', 'schoolName'], ['opleiding', 'name'], ['niveau', 'level'], ['minor', 'isMinor'],
    ['thema’s', 'themes'],
  ] },
  terms: { channel: 'terms:list', columns: [
    ['id', 'id', 'right'], ['school', 'schoolName'], ['periode', 'name'], ['schooljaar', 'schoolYear'], ['start', 'startDate'],
    ['eind', 'endDate'], ['weken', 'weekCount', 'right'], ['les', 'teachingWeeks', 'right'],
    ['vakantie', 'holidayWeeks', 'right'], ['toets', 'examWeeks', 'right'],
  ] },
  cohorts: { channel: 'cohorts:list', columns: [
    ['id', 'id', 'right'], ['school', 'schoolName'], ['opleiding', 'programmeName'], ['niveau', 'level'],
    ['periode', 'termName'], ['schooljaar', 'schoolYear'], ['teams', 'teamCount', 'right'],
    ['stud./team', 'studentsPerTeam', 'right'], ['opdrachten', 'assignmentCount', 'right'],
  ] },
  offerings: { channel: 'offerings:list', columns: [
    ['id', 'id', 'right'], ['naam', 'name'], ['thema', 'theme'],
    ['duur', (r) => `${cell(r.durationValue)} ${r.durationUnit === 'days' ? 'dagen' : 'weken'}`, 'right'],
    ['niveaus', 'levels'], ['opleidingen', 'programmeCount', 'right'], ['aanvragen', 'requestCount', 'right'],
  ] },
  smes: { channel: 'smes:list', columns: [
    ['id', 'id', 'right'], ['naam', 'name'], ['KvK', 'kvk'], ['SBI', 'sbiCode'], ['fte', 'fte', 'right'],
    ['grootte', 'sizeClass'], ['postcode', 'postcode'], ['gemeente', 'municipality'],
    ['intermediair', 'intermediaryName'], ['aanvragen', 'requestCount', 'right'],
  ] },
  requests: { channel: 'requests:list', columns: [
    ['id', 'id', 'right'], ['ontvangen', 'receivedOn'], ['bedrijf', 'smeName'], ['aanbod', 'offeringName'],
    ['status', 'status'], ['prioriteit', 'priority'], ['eigenaar', 'ownerName'],
  ] },
};

const KINDS = Object.keys(LISTS);

/** Lists go through the same router and handlers as the app, so the CLI shows exactly what the UI gets. */
export const listCommand: CliCommand = {
  usage: `list ${KINDS.join('|')} --db BESTAND [--json] [--limit N] [--term ID]

  --db      het werkplaatsbestand (wordt zo nodig bijgewerkt naar de nieuwste schemaversie, met back-up)
  --json    alle velden als JSON in plaats van een tabel
  --limit   toon ten hoogste N rijen
  --term    (alleen cohorts) alleen deze onderwijsperiode`,
  run(args, io) {
    const { values, positionals: rest } = parse(args, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      limit: { type: 'string' },
      term: { type: 'string' },
    });
    const [kind] = positionals(rest, [KINDS.join('|')]) as [string];
    const spec = LISTS[kind];
    if (!spec) throw new CliError(cliMessage('badValue', { name: 'lijst', value: kind, expected: KINDS.join(', ') }), EXIT_USAGE);
    const file = requireValue(values.db, 'db');
    const limit = values.limit === undefined ? Infinity : positiveInt(values.limit, '--limit');
    const input = kind === 'cohorts' && values.term !== undefined ? { termId: positiveInt(values.term, '--term') } : {};
    mustExist(file);

    return withFileRouter(file, (router) => {
      const result = router.invoke(spec.channel, input);
      if (!result.ok) throw new CliError(result.error.message);
      const rows = (result.value as Row[]).slice(0, limit);
      if (values.json) {
        io.out(JSON.stringify(rows, null, 2));
      } else {
        const value = (row: Row, v: Column[1]) => cell(typeof v === 'function' ? v(row) : row[v]);
        io.out(formatTable(spec.columns.map((c) => c[0]), rows.map((r) => spec.columns.map((c) => value(r, c[1]))),
          spec.columns.map((c) => c[2] ?? 'left')));
        io.out(`${rows.length} rij(en)`);
      }
      return EXIT_OK;
    });
  },
};

function positiveInt(text: string, name: string): number {
  if (!/^[1-9]\d*$/.test(text)) throw new CliError(cliMessage('badValue', { name, value: text, expected: 'een positief geheel getal' }), EXIT_USAGE);
  return Number(text);
}
