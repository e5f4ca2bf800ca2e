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
import { SUGGEST_TIME_LIMIT_MS } from '../../electron/core/services/suggest/run';

// The suggestion solver against HiGHS (same instance, LP text) and against the greedy baseline. small and large
// are demo workspaces (every term, plans from the demo's "today"); huge is a synthetic snapshot of 30,000
// waiting requests and 6,000 teams, shaped like the demo but with teams contested (the demo's own huge scale has
// fewer than a thousand waiting requests). One run each: these solves take seconds.

const TODAY = '2026-11-27';
const LIMIT_S = 120;
/**
 * Huge runs twice: with a budget of 1 s from the start (building takes all of it, so the plan is the better
 * greedy start, explained; the median of three runs, as this machine's speed varies by a third from run to
 * run), and once with the app's own limit, to show what a longer search adds there.
 */
const HUGE_BUDGETS_MS = [1_000, SUGGEST_TIME_LIMIT_MS];
const QUICK_RUNS = 3;
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
  const runs: { scale: DemoScale; ms: number }[] = scales.flatMap((scale) => (scale === 'huge' ? HUGE_BUDGETS_MS : [LIMIT_S * 1000]).map((ms) => ({ scale, ms })));
  let hugeSnapshot: PlanSnapshot | null = null;
  for (const { scale, ms } of runs) {
    const snapshot = scale === 'huge' ? (hugeSnapshot ??= syntheticSnapshot({ requests: 30_000, teams: 6_000, seed: 5 })) : demoSnapshot(scale);
    const times: number[] = [];
    let p: ReturnType<typeof propose> | null = null;
    const repeats = scale === 'huge' && ms === HUGE_BUDGETS_MS[0] ? QUICK_RUNS : 1;
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      p = propose(snapshot, { weights: weightsOf('balanced'), today: TODAY, language: 'nl', timeLimitMs: ms });
      times.push(performance.now() - t0);
    }
    if (!p) throw new Error('bench: no run');
    const ours = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    let highsObjective: string | number = typeof highs === 'string' ? 'n/a' : '';
    let highsMs = NaN;
    const count = p.instance.instance.req.length;
    if (typeof highs !== 'string' && count <= HIGHS_MAX_CANDIDATES) {
      const t1 = performance.now();
      const res = highs.solve(toLp(p.instance.instance), { output_flag: false, mip_rel_gap: 0, time_limit: LIMIT_S });
      highsMs = performance.now() - t1;
      highsObjective = res.Status === 'Optimal' ? Math.round(res.ObjectiveValue) : `${Math.round(res.ObjectiveValue)} (${res.Status})`;
    } else if (typeof highs !== 'string') {
      highsObjective = `not run (${count} candidates > ${HIGHS_MAX_CANDIDATES}: no result within ${LIMIT_S} s)`;
    }
    rows.push([
      scale === 'huge' ? `huge, ${ms / 1000} s` : scale, p.stats.requests, count, p.stats.components, p.objective,
      p.optimal ? 'yes' : `no (≤ ${p.bound}, gap ${(((p.bound - p.objective) / Math.max(1, p.bound)) * 100).toFixed(1)}%)`,
      highsObjective, Math.round(ours), Number.isNaN(highsMs) ? '-' : Math.round(highsMs),
      Number.isNaN(highsMs) ? '-' : `${(highsMs / ours).toFixed(1)}×`, p.greedyObjective,
      `${(((p.objective - p.greedyObjective) / Math.max(1, p.greedyObjective)) * 100).toFixed(2)}%`,
    ]);
    // Printed after every run: huge can run out of memory (see the report), and small/large stay visible.
    printTable('Match suggestions: exact solver vs HiGHS vs greedy', HEADER, rows);
  }
  if (typeof highs === 'string') console.log(highs);
  console.log(`(ours: wall time of propose(), building candidates and explaining included; "huge, N s": its time limit from the start; huge, ${HUGE_BUDGETS_MS[0]! / 1000} s: median of ${QUICK_RUNS})`);
}

const HEADER = [
  'scale', 'requests', 'candidates', 'parts', 'objective', 'proven', 'HiGHS objective', 'ours ms', 'HiGHS ms', 'HiGHS/ours', 'greedy', 'gain vs greedy',
];
