import { describe, expect, it } from 'vitest';
import { indexSnapshot } from '../../shared/domain/planning/placement';
import { buildCandidates, candidateAt, type Candidate, type SuggestInstance } from '../../shared/domain/suggest/candidates';
import { propose, waitingRequestIds } from '../../shared/domain/suggest/propose';
import { weightsOf } from '../../shared/domain/suggest/weights';
import { syntheticSnapshot } from '../integration/suggest/synthetic';

// A capped build (what huge snapshots get): each request keeps few candidates, and requests that are
// interchangeable share out their best slots instead of all keeping the same ones.

const TODAY = '2026-08-01';
const opts = { weights: weightsOf('balanced'), today: TODAY };

/** A snapshot where three waiting requests are copies of one (same shape and same request-only score). */
function withTriplets() {
  const snap = syntheticSnapshot({ requests: 40, teams: 60, seed: 11 });
  // The waiting request with the most places to go.
  const before = buildCandidates(indexSnapshot(snap), snap.unplannedIds, opts);
  const count = new Map<number, number>();
  for (const c of all(before)) count.set(c.requestId, (count.get(c.requestId) ?? 0) + 1);
  const modelId = [...count.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const model = snap.requests.find((r) => r.id === modelId)!;
  // A window no other request has, so the three are a shape of their own.
  Object.assign(model, { preferredStart: '2026-09-09', preferredEnd: '2027-03-17' });
  const copies = [1, 2].map((k) => ({ ...model, id: 10_000 + k, smeId: 10_000 + k, smeName: `Kopie ${k}` }));
  snap.requests.push(...copies);
  snap.unplannedIds.push(...copies.map((c) => c.id));
  return { snap, triplet: [model.id, ...copies.map((c) => c.id)] };
}

const all = (si: SuggestInstance): Candidate[] => Array.from({ length: si.instance.req.length }, (_, c) => candidateAt(si, c));

const key = (si: SuggestInstance, c: number) => {
  const x = candidateAt(si, c);
  return `${x.requestId}|${si.classes[x.classIndex]!.team.id}|${x.startWeek}|${x.endWeek}`;
};

describe('capped candidate build', () => {
  const { snap, triplet } = withTriplets();
  const idx = indexSnapshot(snap);
  const ids = waitingRequestIds(snap);
  const full = buildCandidates(idx, ids, opts);
  const capped = buildCandidates(idx, ids, { ...opts, maxPerRequest: 4 });

  it('keeps at most the cap per request, each one a candidate of the full model with the same score', () => {
    const scoreOf = new Map(all(full).map((c, i) => [key(full, i), c.score]));
    const perRequest = new Map<number, number>();
    all(capped).forEach((c, i) => {
      expect(scoreOf.get(key(capped, i))).toBe(c.score);
      perRequest.set(c.requestId, (perRequest.get(c.requestId) ?? 0) + 1);
    });
    expect(Math.max(...perRequest.values())).toBeLessThanOrEqual(4);
    // A request with candidates in the full model has some in the capped one too.
    for (const id of new Set(all(full).map((c) => c.requestId))) expect(perRequest.get(id)).toBeGreaterThan(0);
  });

  it('gives copies of one request different slots: together they hold the shape’s best', () => {
    const slots = (si: SuggestInstance, id: number) =>
      all(si).flatMap((c, i) => (c.requestId === id ? [key(si, i).split('|').slice(1).join('|')] : []));
    const lists = triplet.map((id) => slots(capped, id));
    const union = new Set(lists.flat());
    expect(union.size).toBe(lists.flat().length); // no slot given twice
    const best = all(full)
      .map((c, i) => ({ c, slot: key(full, i).split('|').slice(1).join('|') }))
      .filter(({ c }) => c.requestId === triplet[0])
      .sort((a, b) => b.c.score - a.c.score);
    expect(best.length).toBeGreaterThan(union.size);
    const threshold = best[union.size - 1]!.c.score;
    // Every slot strictly better than the worst one handed out is handed out to one of the three.
    for (const { c, slot } of best) if (c.score > threshold) expect(union.has(slot)).toBe(true);
  });

  it('says what the cap left out, and a capped proposal is never better than the full one', () => {
    const lost = [...capped.droppedBest].filter((v) => v > -Infinity);
    expect(lost.length).toBeGreaterThan(0);
    const p = (maxPerRequest?: number) => propose(snap, { ...opts, language: 'nl', ...(maxPerRequest ? { maxPerRequest } : {}) });
    const whole = p();
    const small = p(4);
    expect(whole.optimal).toBe(true);
    expect(small.objective).toBeLessThanOrEqual(whole.objective);
    if (small.optimal) expect(small.objective).toBe(whole.objective);
    else expect(small.bound).toBeGreaterThanOrEqual(whole.objective);
  });
});
