import { describe, expect, it } from 'vitest';
import { objectiveOf } from '../../shared/domain/suggest/instance';
import { propose, startPropose, type ProposeProgress } from '../../shared/domain/suggest/propose';
import { weightsOf } from '../../shared/domain/suggest/weights';
import { syntheticSnapshot } from '../integration/suggest/synthetic';

// The progress and cancel hooks of the pure solver: a sliced run gives the same plan as one go, progress only
// moves forward with the objective never above the bound, and a stopped run still hands back a feasible plan
// at least as good as greedy, marked as not proven.

const opts = { weights: weightsOf('balanced'), today: '2026-08-01', language: 'nl' as const };
const crowded = () => syntheticSnapshot({ requests: 80, teams: 12, seed: 9, busyShare: 0.3 });
const plan = (p: ReturnType<typeof propose>) => p.suggestions.map((s) => `${s.requestId}@${s.teamId}:${s.startWeek}`).sort();

describe('startPropose', () => {
  it('in slices gives the same proposal as in one go, reporting progress on the way', () => {
    const whole = propose(crowded(), opts);
    const run = startPropose(crowded(), opts);
    const seen: ProposeProgress[] = [];
    let slices = 0;
    while (!run.step(1)) {
      seen.push(run.progress());
      slices++;
    }
    const sliced = run.result();
    expect(slices).toBeGreaterThan(1);
    expect(plan(sliced)).toEqual(plan(whole));
    expect(sliced.objective).toBe(whole.objective);
    expect(sliced.optimal).toBe(whole.optimal);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.fraction).toBeGreaterThanOrEqual(seen[i - 1]!.fraction);
    for (const p of seen.filter((x) => x.bound > 0)) expect(p.objective).toBeLessThanOrEqual(p.bound);
    expect(seen.at(-1)!.fraction).toBeLessThanOrEqual(1);
  });

  it('stopped, returns the best plan found: feasible, never worse than greedy, honest about proof', () => {
    let polls = 0;
    const stopped = propose(crowded(), { ...opts, shouldStop: () => ++polls > 3 });
    expect(polls).toBeGreaterThan(3);
    expect(objectiveOf(stopped.instance.instance, stopped.result.chosen)).toBe(stopped.objective);
    expect(stopped.objective).toBeGreaterThanOrEqual(stopped.greedyObjective);
    expect(stopped.bound).toBeGreaterThanOrEqual(stopped.objective);
    if (!stopped.optimal) expect(stopped.cancelled).toBe(true);
    // stop() on a sliced run, then result(): the same guarantees.
    const run = startPropose(crowded(), opts);
    run.step(1);
    run.stop();
    const early = run.result();
    expect(objectiveOf(early.instance.instance, early.result.chosen)).toBe(early.objective);
    expect(early.objective).toBeGreaterThanOrEqual(early.greedyObjective);
    expect(early.bound).toBeGreaterThanOrEqual(propose(crowded(), opts).objective);
  });

  it('reports progress through onProgress in one go', () => {
    const seen: number[] = [];
    propose(crowded(), { ...opts, onProgress: (p) => seen.push(p.fraction) });
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBeLessThanOrEqual(1);
  });
});
