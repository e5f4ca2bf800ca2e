import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlacement, indexSnapshot } from '../../../shared/domain/planning/placement';
import type { PlanSnapshot } from '../../../shared/domain/planning/model';
import { toLp } from '../../../shared/domain/suggest/dump';
import { objectiveOf } from '../../../shared/domain/suggest/instance';
import { buildCandidates } from '../../../shared/domain/suggest/candidates';
import { propose, waitingRequestIds } from '../../../shared/domain/suggest/propose';
import { SCORE_PARTS, type Weights } from '../../../shared/domain/suggest/weights';
import { generateDemo } from '../../../electron/core/demo';
import { loadSnapshot } from '../../../electron/core/services/planner/snapshot';
import { openCore, type Core } from '../../helpers/coreHarness';
import { loadHighsOrReason } from './highs';
import { syntheticSnapshot } from './synthetic';

// Properties of every proposal on real demo data (each term of the small demo, random weights) and on
// synthetic snapshots: feasible by the planner's own rules, existing work untouched, never worse than
// greedy, the same optimum with or without merging interchangeable teams, and the same optimum as HiGHS.

const highs = await loadHighsOrReason();
let core: Core;
let terms: number[];
beforeAll(() => {
  core = openCore();
  generateDemo(core.db(), { scale: 'small', today: '2026-11-27' });
  terms = core.call('terms:list').map((t) => t.id);
});
afterAll(() => core.close());

const weightsArb = fc.record(Object.fromEntries(SCORE_PARTS.map((p) => [p, fc.integer({ min: p === 'base' ? 1 : 0, max: 10 })])) as Record<keyof Weights, fc.Arbitrary<number>>);

function checkProposal(snapshot: PlanSnapshot, weights: Weights, today: string) {
  const before = JSON.stringify(snapshot.assignments);
  const p = propose(snapshot, { weights, today, language: 'nl' });
  expect(JSON.stringify(snapshot.assignments)).toBe(before);
  expect(p.optimal).toBe(true);
  expect(objectiveOf(p.instance.instance, p.result.chosen)).toBe(p.objective);
  expect(p.objective).toBeGreaterThanOrEqual(p.greedyObjective);
  const idx = indexSnapshot(snapshot);
  const placements = p.suggestions.map(({ requestId, teamId, startWeek, endWeek }) => ({ requestId, teamId, startWeek, endWeek }));
  for (const pl of placements) expect(checkPlacement(idx, pl, new Set(), placements).filter((v) => v.hard)).toEqual([]);
  // Team-week capacity 1: no two bars (new or existing) overlap on one team.
  const bars = [...snapshot.assignments.filter((a) => a.status !== 'cancelled'), ...placements];
  for (const a of bars) {
    expect(bars.filter((b) => b !== a && b.teamId === a.teamId && b.startWeek <= a.endWeek && a.startWeek <= b.endWeek)).toEqual([]);
  }
  expect(new Set(placements.map((x) => x.requestId)).size).toBe(placements.length);
  expect(p.suggestions.length + p.unplanned.length).toBe(p.stats.requests);
  if (typeof highs !== 'string') {
    // HiGHS solves the model with one class per team (no merging): the same optimum proves the merge exact.
    const perTeam = buildCandidates(idx, waitingRequestIds(snapshot), { weights, today, mergeTeams: false });
    const res = highs.solve(toLp(perTeam.instance), { output_flag: false, mip_rel_gap: 0 });
    expect(res.Status).toBe('Optimal');
    expect(Math.round(res.ObjectiveValue)).toBe(p.objective);
  }
  return p;
}

describe('proposals on the small demo', () => {
  it('are feasible, keep existing work, beat or equal greedy and equal HiGHS, for any weights', { timeout: 300_000 }, () => {
    fc.assert(fc.property(fc.nat(), weightsArb, fc.constantFrom('2025-09-01', '2026-01-15', '2026-11-27'), (t, weights, today) => {
      const termId = terms[t % terms.length]!;
      checkProposal(loadSnapshot(core.db(), [termId]), weights, today);
    }), { numRuns: 6, seed: 3 });
  });

  it('plans the whole demo year at once', () => {
    const p = checkProposal(loadSnapshot(core.db(), terms), { base: 10, level: 2, theme: 3, window: 3, region: 1, calendar: 2, priority: 3, waiting: 2, policy: 1 }, '2025-09-01');
    expect(p.suggestions.length).toBeGreaterThan(0);
  });
});

describe('proposals on synthetic snapshots', () => {
  it('hold the same properties with busy and locked teams', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), weightsArb, (seed, weights) => {
      checkProposal(syntheticSnapshot({ requests: 12, teams: 8, seed, busyShare: 0.4 }), weights, '2026-08-01');
    }), { numRuns: 15, seed: 7 });
  });
});
