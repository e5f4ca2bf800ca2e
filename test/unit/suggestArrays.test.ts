import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestOf } from '../../shared/domain/suggest/arrays';

// The selection the huge-scale build relies on: the k best entries, best first, ties by position, exactly as a
// full sort would give them (scores repeat a lot there, so ties are the common case).

describe('bestOf', () => {
  it('equals the first k of a full sort, ties by index', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 60 }),
      fc.nat(),
      (values, k0) => {
        const k = 1 + (k0 % values.length);
        const score = Float64Array.from([...values, 99, 99]); // entries past n must be ignored
        const expected = values.map((_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b).slice(0, k);
        expect([...bestOf(score, values.length, k)]).toEqual(expected);
      },
    ), { numRuns: 500, seed: 7 });
  });
});
