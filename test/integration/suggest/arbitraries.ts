import fc from 'fast-check';
import { makeInstance, type CandidateSpec } from '../../../shared/domain/suggest/instance';

/** A random instance: `classes` team classes of `weeks` weeks each, bars of 1–4 weeks. */
export const instanceArb = (maxRequests: number, maxClasses: number, weeks: number) =>
  fc.record({
    requests: fc.integer({ min: 1, max: maxRequests }),
    capacity: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: maxClasses }),
    bars: fc.array(fc.record({ r: fc.nat(), k: fc.nat(), start: fc.nat(weeks - 1), len: fc.integer({ min: 1, max: 4 }), score: fc.integer({ min: 1, max: 60 }) }), { maxLength: maxRequests * 5 }),
  }).map(({ requests, capacity, bars }) => {
    const specs: CandidateSpec[] = bars.map((b) => {
      const k = b.k % capacity.length;
      const start = Math.min(b.start, weeks - b.len);
      return { request: b.r % requests, score: b.score, cells: Array.from({ length: b.len }, (_, i) => k * weeks + start + i) };
    });
    return makeInstance(requests, capacity.flatMap((c) => Array<number>(weeks).fill(c)), specs);
  });

