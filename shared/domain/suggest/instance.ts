// The solver's model, stripped of everything but numbers (a pure value: it can be dumped, compared with a MIP
// solver, or moved to a worker):
//
//   maximise    Σ score[c] · x[c]                       over candidates c, x[c] ∈ {0, 1}
//   subject to  Σ x[c] over the candidates of request r        ≤ 1            for every request r
//               Σ x[c] over the candidates covering cell w      ≤ capacity[w]  for every cell w
//
// A candidate is "request r on team (class) K starting in week s"; it covers the cells (K, week) of every week
// of its bar. A cell's capacity is the number of interchangeable free teams in the class (1 for a single team).

export interface Instance {
  requests: number;
  cells: number;
  capacity: Int32Array;
  /** Per candidate: its request and its (integer) score. */
  req: Int32Array;
  score: Float64Array;
  /** Candidate c covers cellList[cellStart[c] .. cellStart[c + 1]). */
  cellStart: Int32Array;
  cellList: Int32Array;
}

export interface CandidateSpec { request: number; score: number; cells: readonly number[] }

export function makeInstance(requests: number, capacity: readonly number[], candidates: readonly CandidateSpec[]): Instance {
  const cellStart = new Int32Array(candidates.length + 1);
  let n = 0;
  candidates.forEach((c, i) => {
    cellStart[i] = n;
    n += c.cells.length;
  });
  cellStart[candidates.length] = n;
  const cellList = new Int32Array(n);
  candidates.forEach((c, i) => cellList.set(c.cells, cellStart[i]!));
  return {
    requests, cells: capacity.length, capacity: Int32Array.from(capacity),
    req: Int32Array.from(candidates, (c) => c.request), score: Float64Array.from(candidates, (c) => c.score), cellStart, cellList,
  };
}

export const candidateCount = (inst: Instance) => inst.req.length;

/** The total score of a set of candidates, or null when it breaks a constraint (tests and the solver's guard). */
export function objectiveOf(inst: Instance, chosen: readonly number[]): number | null {
  const usedReq = new Uint8Array(inst.requests);
  const used = new Int32Array(inst.cells);
  let total = 0;
  for (const c of chosen) {
    if (usedReq[inst.req[c]!]) return null;
    usedReq[inst.req[c]!] = 1;
    for (let k = inst.cellStart[c]!; k < inst.cellStart[c + 1]!; k++) {
      const w = inst.cellList[k]!;
      if (++used[w]! > inst.capacity[w]!) return null;
    }
    total += inst.score[c]!;
  }
  return total;
}

/**
 * Candidate indices by score, best first (ties: lower index first). Scores are integers and indices < 2^21, so
 * one number −score·2^21 + index orders both and a plain numeric sort does it: at a million candidates that is
 * several times faster than a sort with a comparator.
 */
function bestFirst(inst: Instance): Int32Array {
  const C = inst.req.length;
  const SHIFT = 2 ** 21;
  let maxAbs = 0;
  for (let c = 0; c < C; c++) maxAbs = Math.max(maxAbs, Math.abs(inst.score[c]!));
  if (C >= SHIFT || maxAbs * SHIFT * 2 >= Number.MAX_SAFE_INTEGER || !inst.score.every(Number.isInteger)) {
    return Int32Array.from({ length: C }, (_, i) => i).sort((a, b) => inst.score[b]! - inst.score[a]! || a - b);
  }
  const keys = new Float64Array(C);
  for (let c = 0; c < C; c++) keys[c] = -inst.score[c]! * SHIFT + c;
  keys.sort();
  const out = new Int32Array(C);
  for (let i = 0; i < C; i++) {
    const k = keys[i]!;
    out[i] = k - Math.floor(k / SHIFT) * SHIFT;
  }
  return out;
}

/**
 * The greedy baseline: best score first (ties: lower candidate index), take it when its request is still free
 * and every cell has room. What a coordinator does by hand; the solver must never do worse.
 */
export function greedy(inst: Instance, order?: Int32Array | number[]): number[] {
  const ids = order ?? bestFirst(inst);
  const usedReq = new Uint8Array(inst.requests);
  const left = Int32Array.from(inst.capacity);
  const out: number[] = [];
  for (const c of ids) {
    if (usedReq[inst.req[c]!]) continue;
    let fits = true;
    for (let k = inst.cellStart[c]!; k < inst.cellStart[c + 1]! && fits; k++) fits = left[inst.cellList[k]!]! > 0;
    if (!fits) continue;
    usedReq[inst.req[c]!] = 1;
    for (let k = inst.cellStart[c]!; k < inst.cellStart[c + 1]!; k++) left[inst.cellList[k]!]!--;
    out.push(c);
  }
  return out;
}

export interface Component { instance: Instance; candidates: Int32Array }

/**
 * Independent parts: requests and cells linked by a candidate belong together. Teams of different terms or
 * levels rarely share requests' candidates, so a werkplaats-year splits into many small problems solved apart.
 */
export function components(inst: Instance): Component[] {
  const parent = Int32Array.from({ length: inst.requests + inst.cells }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const C = inst.req.length;
  for (let c = 0; c < C; c++) {
    const a = find(inst.req[c]!);
    for (let k = inst.cellStart[c]!; k < inst.cellStart[c + 1]!; k++) {
      const b = find(inst.requests + inst.cellList[k]!);
      if (a !== b) parent[b] = a;
    }
  }
  const groups = new Map<number, number[]>();
  for (let c = 0; c < C; c++) {
    const root = find(inst.req[c]!);
    const g = groups.get(root);
    if (g) g.push(c);
    else groups.set(root, [c]);
  }
  // One part (a huge, crowded snapshot): the model itself, without copying a million candidates. Requests and
  // cells without candidates stay in it; they change nothing.
  if (groups.size === 1) return [{ instance: inst, candidates: Int32Array.from({ length: C }, (_, i) => i) }];
  return [...groups.values()].map((cands) => {
    const reqMap = new Map<number, number>();
    const cellMap = new Map<number, number>();
    const capacity: number[] = [];
    const specs = cands.map((c) => {
      const r = inst.req[c]!;
      if (!reqMap.has(r)) reqMap.set(r, reqMap.size);
      const cells: number[] = [];
      for (let k = inst.cellStart[c]!; k < inst.cellStart[c + 1]!; k++) {
        const w = inst.cellList[k]!;
        let local = cellMap.get(w);
        if (local === undefined) {
          cellMap.set(w, (local = cellMap.size));
          capacity.push(inst.capacity[w]!);
        }
        cells.push(local);
      }
      return { request: reqMap.get(r)!, score: inst.score[c]!, cells };
    });
    return { instance: makeInstance(reqMap.size, capacity, specs), candidates: Int32Array.from(cands) };
  });
}

/** The model restricted to some candidates (requests and cells keep their numbers). */
export function subInstance(inst: Instance, keep: readonly number[]): Component {
  const cellStart = new Int32Array(keep.length + 1);
  let n = 0;
  keep.forEach((c, i) => {
    cellStart[i] = n;
    n += inst.cellStart[c + 1]! - inst.cellStart[c]!;
  });
  cellStart[keep.length] = n;
  const cellList = new Int32Array(n);
  keep.forEach((c, i) => cellList.set(inst.cellList.subarray(inst.cellStart[c]!, inst.cellStart[c + 1]!), cellStart[i]!));
  return {
    instance: {
      requests: inst.requests, cells: inst.cells, capacity: inst.capacity, cellStart, cellList,
      req: Int32Array.from(keep, (c) => inst.req[c]!), score: Float64Array.from(keep, (c) => inst.score[c]!),
    },
    candidates: Int32Array.from(keep),
  };
}
