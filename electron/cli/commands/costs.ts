import type { CostDashboard } from '../../../shared/schemas/hoursRows';
import { parse, positionals, requireValue, type CliCommand } from '../command';
import { withFileRouter } from '../fileHost';
import { CliError, EXIT_OK, EXIT_USAGE } from '../io';
import { cliMessage } from '../messages';
import { mustExist } from '../sqliteFile';
import { formatTable } from '../table';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ACTIVITY_NL: Record<string, string> = {
  intake: 'intake', matching: 'matching & planning', coaching: 'coaching', event: 'events',
  acquisition: 'acquisitie & netwerk', admin: 'administratie', reporting: 'rapportage',
};

/** Hours as 12,5 and euros as 1.234,56: Dutch notation, exact to the cent. */
const hours = (minutes: number) => (minutes / 60).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const euros = (cents: number) => `€ ${(cents / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Hours and cost by activity, person and funder: the same numbers as the dashboard, through the same router. */
export const costsCommand: CliCommand = {
  usage: `costs --db BESTAND --from DATUM --to DATUM [--json]

  --db      het werkplaatsbestand
  --from    eerste dag (JJJJ-MM-DD)
  --to      laatste dag (JJJJ-MM-DD)
  --json    totalen per activiteit, persoon en financier als JSON (bedragen in centen, tijd in minuten)`,
  run(args, io) {
    const { values, positionals: rest } = parse(args, {
      db: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' },
    });
    positionals(rest, []);
    const file = requireValue(values.db, 'db');
    const from = requireValue(values.from, 'from');
    const to = requireValue(values.to, 'to');
    for (const [name, v] of [['--from', from], ['--to', to]] as const) {
      if (!DATE.test(v)) throw new CliError(cliMessage('badValue', { name, value: v, expected: 'een datum als 2026-01-31' }), EXIT_USAGE);
    }
    mustExist(file);
    return withFileRouter(file, (router) => {
      const result = router.invoke('costs:dashboard', { from, to });
      if (!result.ok) throw new CliError(result.error.message);
      const d = result.value as CostDashboard;
      if (values.json) {
        io.out(JSON.stringify({
          from: d.from, to: d.to, totals: d.totals,
          byActivity: d.byActivity,
          byPerson: d.byPerson.map(({ staffId, name, minutes, costCents }) => ({ staffId, name, minutes, costCents })),
          byFunder: d.byFunder.map(({ funderId, name, costCents }) => ({ funderId, name, costCents })),
        }, null, 2));
        return EXIT_OK;
      }
      const total = ['totaal', hours(d.totals.minutes), euros(d.totals.costCents)];
      io.out(`Uren en kosten ${d.from} t/m ${d.to}\n`);
      io.out(formatTable(['activiteit', 'uren', 'kosten'],
        [...d.byActivity.map((a) => [ACTIVITY_NL[a.activity] ?? a.activity, hours(a.minutes), euros(a.costCents)]), total], ['left', 'right', 'right']));
      io.out('');
      io.out(formatTable(['medewerker', 'uren', 'kosten'],
        [...d.byPerson.filter((p) => p.minutes > 0).map((p) => [p.name, hours(p.minutes), euros(p.costCents)]), total], ['left', 'right', 'right']));
      io.out('');
      io.out(formatTable(['financier', 'kosten'],
        [...d.byFunder.map((f) => [f.name, euros(f.costCents)]), ['totaal', euros(d.totals.costCents)]], ['left', 'right']));
      return EXIT_OK;
    });
  },
};
