import { performance } from 'node:perf_hooks';
import type { DemoScale } from '../../shared/domain/constants';
import type { PlanSnapshot } from '../../shared/domain/planning/model';
import { toLp } from '../../shared/domain/suggest/dump';
import { propose } from '../../shared/domain/suggest/propose';
import { weightsOf } from '../../shared/domain/suggest/weights';
import { generateDemo } from '../../electron/core/demo';
import { loadSnapshot } from '../../electron/core/services/planner/snapshot';
import { WorkspaceHost } from '../../electron/core/workspace';
import { loadHighsOrReason } from '../integration/suggest/highs';
import { syntheticSnapshot } from '../integration/suggest/synthetic';
import { makeTempDir } from '../helpers/tempDir';
import { printTable } from './measure';

// The suggestion solver against HiGHS (same instance, LP text) and against the greedy baseline. small and large
// are demo workspaces (every term, plans from the demo's "today"); huge is a synthetic snapshot of 30,000
// waiting requests and 6,000 teams (no database at that size). One run each: these solves take seconds.

const TODAY = '2026-11-27';
const LIMIT_S = 120;
/** Our search at huge stops here with its best plan and proven bound (the build alone takes seconds there). */
const HUGE_LIMIT_S = 15;
/** HiGHS is not run above this many candidates: its MIP would not load and solve within two minutes. */
const HIGHS_MAX_CANDIDATES = 400_000;

function demoSnapshot(scale: DemoScale): PlanSnapshot {
  const temp = makeTempDir('wp-bench-suggest-');
  const host = new WorkspaceHost(temp.dir);
  try {
    generateDemo(host.current.db, { scale, today: TODAY });
    const termIds = host.current.db.prepare(`SELECT id FROM terms`).pluck().all() as number[];
    return loadSnapshot(host.current.db, termIds);
  } finally {
    host.close();
    temp.cleanup();
  }
}

export async function runSuggestBench(scales: DemoScale[]): Promise<void> {
  const highs = await loadHighsOrReason();
  const rows: (string | number)[][] = [];
  for (const scale of scales) {
    const snapshot = scale === 'huge' ? syntheticSnapshot({ requests: 30_000, teams: 6_000, seed: 5 }) : demoSnapshot(scale);
    const t0 = performance.now();
    const p = propose(snapshot, { weights: weightsOf('balanced'), today: TODAY, language: 'nl', timeLimitMs: (scale === 'huge' ? HUGE_LIMIT_S : LIMIT_S) * 1000 });
    const ours = performance.now() - t0;
    let highsObjective: string | number = typeof highs === 'string' ? 'n/a' : '';
    let highsMs = NaN;
    if (typeof highs !== 'string' && p.instance.instance.req.length <= HIGHS_MAX_CANDIDATES) {
      const t1 = performance.now();
      const res = highs.solve(toLp(p.instance.instance), { output_flag: false, mip_rel_gap: 0, time_limit: LIMIT_S });
      highsMs = performance.now() - t1;
      highsObjective = res.Status === 'Optimal' ? Math.round(res.ObjectiveValue) : `${Math.round(res.ObjectiveValue)} (${res.Status})`;
    } else if (typeof highs !== 'string') {
      highsObjective = `not run (${p.instance.instance.req.length} candidates > ${HIGHS_MAX_CANDIDATES}: no result within ${LIMIT_S} s)`;
    }
    rows.push([
      scale, p.stats.requests, p.stats.candidates, p.stats.components, p.objective, p.optimal ? 'yes' : `no (≤ ${p.bound})`,
      highsObjective, Math.round(ours), Number.isNaN(highsMs) ? '-' : Math.round(highsMs),
      Number.isNaN(highsMs) ? '-' : `${(highsMs / ours).toFixed(1)}×`, p.greedyObjective,
      `${(((p.objective - p.greedyObjective) / Math.max(1, p.greedyObjective)) * 100).toFixed(2)}%`,
    ]);
    // Printed after every scale: huge can run out of memory (see the report), and small/large stay visible.
    printTable('Match suggestions: exact solver vs HiGHS vs greedy', HEADER, rows);
  }
  if (typeof highs === 'string') console.log(highs);
  console.log(`(ours: wall time of propose() incl. building candidates; huge stops its search after ${HUGE_LIMIT_S} s with the proven bound shown)`);
}

const HEADER = [
  'scale', 'requests', 'candidates', 'parts', 'objective', 'proven', 'HiGHS objective', 'ours ms', 'HiGHS ms', 'HiGHS/ours', 'greedy', 'gain vs greedy',
];
