import fs from 'node:fs';
import { propose } from '../../../shared/domain/suggest/propose';
import { dumpInstance } from '../../../shared/domain/suggest/dump';
import { PRESET_NAMES, weightsOf, type PresetName } from '../../../shared/domain/suggest/weights';
import { isoDate } from '../../../shared/domain/weeks';
import { AppError } from '../../core/errors';
import { loadSnapshot } from '../../core/services/planner/snapshot';
import { SUGGEST_TIME_LIMIT_MS } from '../../core/services/suggest/run';
import { currentWeights } from '../../core/services/suggest/weights';
import { Workspace } from '../../core/workspace';
import { parse, positionals, requireValue, type CliCommand } from '../command';
import { CliError, EXIT_OK, EXIT_USAGE } from '../io';
import { appMessage, cliMessage } from '../messages';
import { mustExist } from '../sqliteFile';
import { formatTable } from '../table';

/** The solver on a workspace file, the same pure function suggest:run calls; reads only. */
export const suggestCommand: CliCommand = {
  usage: `suggest --db BESTAND --term ID [--term ID ...] [--json] [--preset NAAM] [--today JJJJ-MM-DD] [--dump-instance UIT]

  --db             het werkplaatsbestand (alleen gelezen)
  --term           de onderwijsperiode(s) om te plannen
  --json           het voorstel als JSON
  --preset         gewichten: ${PRESET_NAMES.join(', ')} (standaard: de opgeslagen gewichten)
  --today          peildatum voor de wachttijd (standaard vandaag)
  --dump-instance  schrijf het model (kandidaten, beperkingen, gekozen kandidaten, doelwaarde) als JSON naar UIT`,
  run(args, io) {
    const { values, positionals: rest } = parse(args, {
      db: { type: 'string' }, term: { type: 'string', multiple: true }, json: { type: 'boolean' },
      preset: { type: 'string' }, today: { type: 'string' }, 'dump-instance': { type: 'string' },
    });
    positionals(rest, []);
    const file = requireValue(values.db, 'db');
    const terms = (values.term ?? []).map((t) => {
      if (!/^[1-9]\d*$/.test(t)) throw new CliError(cliMessage('badValue', { name: '--term', value: t, expected: 'een positief geheel getal' }), EXIT_USAGE);
      return Number(t);
    });
    if (terms.length === 0) throw new CliError(cliMessage('missingOption', { name: 'term' }), EXIT_USAGE);
    if (values.preset !== undefined && !(PRESET_NAMES as readonly string[]).includes(values.preset)) {
      throw new CliError(cliMessage('badValue', { name: '--preset', value: values.preset, expected: PRESET_NAMES.join(', ') }), EXIT_USAGE);
    }
    if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
      throw new CliError(cliMessage('badValue', { name: '--today', value: values.today, expected: 'JJJJ-MM-DD' }), EXIT_USAGE);
    }
    mustExist(file);
    let ws: Workspace;
    try {
      ws = Workspace.open(file, { create: false });
    } catch (e) {
      if (e instanceof AppError) throw new CliError(appMessage(e.code, e.params));
      throw e;
    }
    try {
      const snapshot = loadSnapshot(ws.db, terms);
      if (snapshot.terms.length === 0) throw new CliError(cliMessage('badValue', { name: '--term', value: terms.join(','), expected: 'een bestaande onderwijsperiode' }), EXIT_USAGE);
      const weights = values.preset ? weightsOf(values.preset as PresetName) : currentWeights(ws.db);
      const p = propose(snapshot, { weights, today: values.today ?? isoDate(new Date()), language: 'nl', timeLimitMs: SUGGEST_TIME_LIMIT_MS });
      const { instance, result, ...proposal } = p;
      if (values['dump-instance']) {
        fs.writeFileSync(values['dump-instance'], JSON.stringify(dumpInstance(instance, result.chosen, result.objective)));
      }
      if (values.json) {
        io.out(JSON.stringify(proposal, null, 2));
        return EXIT_OK;
      }
      const req = new Map(snapshot.requests.map((r) => [r.id, r]));
      const team = new Map(snapshot.teams.map((t) => [t.id, t]));
      io.out(formatTable(['aanvraag', 'bedrijf', 'team', 'weken', 'score'], proposal.suggestions.map((s) => [
        String(s.requestId), req.get(s.requestId)?.smeName ?? '', `${team.get(s.teamId)?.programmeName ?? ''} ${team.get(s.teamId)?.label ?? ''}`,
        `${s.startWeek}–${s.endWeek}`, String(s.score),
      ]), ['right', 'left', 'left', 'left', 'right']));
      if (proposal.unplanned.length > 0) {
        io.out('');
        io.out(formatTable(['niet ingepland', 'bedrijf', 'waarom'], proposal.unplanned.map((u) => [
          String(u.requestId), req.get(u.requestId)?.smeName ?? '', u.detail,
        ]), ['right', 'left', 'left']));
      }
      io.out('');
      io.out(`${proposal.suggestions.length} voorstel(len), ${proposal.unplanned.length} niet ingepland`);
      io.out(`doelwaarde ${proposal.objective} (gretig ${proposal.greedyObjective}, ${proposal.optimal ? 'bewezen optimaal' : `niet bewezen; bovengrens ${proposal.bound}`})`);
      io.out(`${proposal.stats.candidates} kandidaten, ${proposal.stats.components} deelproblemen, ${proposal.stats.nodes} knopen, ${proposal.stats.milliseconds} ms`);
      return EXIT_OK;
    } finally {
      ws.close();
    }
  },
};
