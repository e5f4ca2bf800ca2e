import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greedy, instanceRoomBound, makeInstance, objectiveOf, type Instance } from '../../shared/domain/suggest/instance';
import { solveInstance } from '../../shared/domain/suggest/solve';
import { instanceArb } from '../integration/suggest/arbitraries';

// The solver against exhaustive search on tiny random instances of the model (requests choosing one of a few
// bars on a few team classes with capacity 1–2 over a short timeline).

function bruteForce(inst: Instance): number {
  const byReq: number[][] = Array.from({ length: inst.requests }, () => []);
  inst.req.forEach((r, c) => byReq[r]!.push(c));
  let best = 0;
  const chosen: number[] = [];
  const go = (r: number) => {
    if (r === inst.requests) {
      const v = objectiveOf(inst, chosen);
      if (v !== null && v > best) best = v;
      return;
    }
    go(r + 1);
    for (const c of byReq[r]!) {
      chosen.push(c);
      if (objectiveOf(inst, chosen) !== null) go(r + 1);
      chosen.pop();
    }
  };
  go(0);
  return best;
}

describe('exact solver', () => {
  it('equals brute force on tiny instances, is feasible, and never worse than greedy', () => {
    fc.assert(fc.property(instanceArb(6, 3, 6), (inst) => {
      const res = solveInstance(inst);
      expect(res.optimal).toBe(true);
      expect(objectiveOf(inst, res.chosen)).toBe(res.objective);
      expect(res.objective).toBe(bruteForce(inst));
      // The room bound (what the cells can hold at best) never falls below the optimum.
      expect(instanceRoomBound(inst)).toBeGreaterThanOrEqual(res.objective);
      expect(res.objective).toBeGreaterThanOrEqual(objectiveOf(inst, greedy(inst))!);
      expect(res.greedyObjective).toBe(objectiveOf(inst, greedy(inst)));
    }), { numRuns: 400, seed: 5 });
  });

  it('beats greedy where greedy is short-sighted', () => {
    // Greedy takes the 10-point long bar; the optimum places the two 6-point short bars instead.
    const inst = makeInstance(3, [1, 1], [
      { request: 0, score: 10, cells: [0, 1] },
      { request: 1, score: 6, cells: [0] },
      { request: 2, score: 6, cells: [1] },
    ]);
    const res = solveInstance(inst);
    expect(res.greedyObjective).toBe(10);
    expect(res.objective).toBe(12);
    expect(res.chosen).toEqual([1, 2]);
  });
});
