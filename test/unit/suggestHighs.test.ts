import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toLp } from '../../shared/domain/suggest/dump';
import { objectiveOf, type Instance } from '../../shared/domain/suggest/instance';
import { solveInstance } from '../../shared/domain/suggest/solve';
import { instanceArb } from '../integration/suggest/arbitraries';
import { loadHighsOrReason } from '../integration/suggest/highs';

// The solver against an independent MIP solver (HiGHS) on random instances larger than brute force can do.

const highs = await loadHighsOrReason();

function highsObjective(inst: Instance): number {
  if (typeof highs === 'string') throw new Error(highs);
  const res = highs.solve(toLp(inst), { output_flag: false, mip_rel_gap: 0 });
  expect(res.Status).toBe('Optimal');
  return Math.round(res.ObjectiveValue);
}

describe.skipIf(typeof highs === 'string')('exact solver against HiGHS', () => {
  it('has the same optimum on random mid-size instances', () => {
    fc.assert(fc.property(instanceArb(30, 5, 12), (inst) => {
      const res = solveInstance(inst);
      expect(res.optimal).toBe(true);
      expect(objectiveOf(inst, res.chosen)).toBe(res.objective);
      expect(res.objective).toBe(highsObjective(inst));
    }), { numRuns: 150, seed: 11 });
  });

  it('has the same optimum on crowded instances (the reduced-cost splitting and floors at work)', () => {
    fc.assert(fc.property(instanceArb(80, 4, 16), (inst) => {
      const res = solveInstance(inst);
      expect(res.optimal).toBe(true);
      expect(objectiveOf(inst, res.chosen)).toBe(res.objective);
      expect(res.objective).toBeGreaterThanOrEqual(res.greedyObjective);
      expect(res.objective).toBe(highsObjective(inst));
    }), { numRuns: 40, seed: 12 });
  });
});
