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
 * Candidate indices by value (default: score), best first, ties: lower index first. Values are integers in
 * practice, so a stable two-pass radix sort on (max − value) does it in linear time: at a million candidates
 * that is several times faster than any comparison sort. Other values fall back to a plain sort.
 */
function bestFirst(inst: Instance, values: Float64Array = inst.score): Int32Array {
  const C = inst.req.length;
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (let c = 0; c < C && integers; c++) {
    const v = values[c]!;
    integers = Number.isInteger(v);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (C === 0) return new Int32Array(0);
  if (!integers || max - min >= 2 ** 32) return Int32Array.from({ length: C }, (_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);
  const key = new Uint32Array(C);
  for (let c = 0; c < C; c++) key[c] = max - values[c]!;
  let order = new Int32Array(C);
  for (let c = 0; c < C; c++) order[c] = c;
  let next = new Int32Array(C);
  for (const shift of [0, 16]) {
    const count = new Int32Array(65_537);
    for (let c = 0; c < C; c++) count[((key[c]! >>> shift) & 0xffff) + 1]!++;
    for (let d = 0; d < 65_536; d++) count[d + 1]! += count[d]!;
    for (let i = 0; i < C; i++) {
      const c = order[i]!;
      next[count[(key[c]! >>> shift) & 0xffff]!++] = c;
    }
    [order, next] = [next, order];
  }
  return order;
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

/**
 * Greedy by score per week of the bar (dampened: score / weeks^¼, in integer steps). Where teams are contested a
 * long bar can block two shorter ones worth more; on the huge benchmark this plan is 5.7% better than the greedy
 * baseline, more than a 10-second search adds to that. Where they are not (the demo) it is the same plan.
 */
export function densityGreedy(inst: Instance): number[] {
  const C = inst.req.length;
  const damp: number[] = [];
  const density = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    const weeks = inst.cellStart[c + 1]! - inst.cellStart[c]!;
    density[c] = Math.round((inst.score[c]! * 1024) / (damp[weeks] ??= Math.pow(Math.max(1, weeks), 0.25)));
  }
  return greedy(inst, bestFirst(inst, density));
}

/**
 * An upper bound from room alone: every planned request fills a bar of its length in cells, and the cells
 * hold `room` bars in all, so no plan beats the best requests by value per cell that fit in the room (the
 * fractional knapsack). Where teams are contested this is far below Σ best; where they are not it is Σ best.
 * `best` and `weeks` are per request (weeks: the shortest bar it can take).
 */
export function roomBound(best: Float64Array, weeks: Float64Array, room: number): number {
  const order = [...best.keys()].filter((r) => best[r]! > 0).sort((a, b) => best[b]! / weeks[b]! - best[a]! / weeks[a]! || a - b);
  let left = room;
  let bound = 0;
  for (const r of order) {
    if (weeks[r]! <= left) {
      bound += best[r]!;
      left -= weeks[r]!;
    } else {
      bound += (best[r]! * left) / weeks[r]!;
      break;
    }
  }
  return Math.floor(bound + 1e-6);
}

/** The room bound of an instance: its own best per request and the cells its candidates can reach. */
export function instanceRoomBound(inst: Instance): number {
  const best = new Float64Array(inst.requests);
  const weeks = new Float64Array(inst.requests).fill(Infinity);
  const reached = new Uint8Array(inst.cells);
  for (let c = 0; c < inst.req.length; c++) {
    const r = inst.req[c]!;
    best[r] = Math.max(best[r]!, inst.score[c]!);
    weeks[r] = Math.min(weeks[r]!, inst.cellStart[c + 1]! - inst.cellStart[c]!);
    for (let k = inst.cellStart[c]!; k < inst.cellStart[c + 1]!; k++) reached[inst.cellList[k]!] = 1;
  }
  let room = 0;
  for (let w = 0; w < inst.cells; w++) if (reached[w]) room += inst.capacity[w]!;
  return roomBound(best, weeks, room);
}

/** 0, 1, …, n − 1 (a loop: typed-array from() with a function is slow at a million). */
function identity(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

export interface Component { instance: Instance; candidates: Int32Array }

/**
 * Independent parts: requests and cells linked by a candidate belong together. Teams of different terms or
 * levels rarely share requests' candidates, so a werkplaats-year splits into many small problems solved apart.
 */
export function components(inst: Instance): Component[] {
  const parent = identity(inst.requests + inst.cells);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const C = inst.req.length;
  // A bar's cells are usually consecutive weeks of one class: each such pair of neighbours is joined once, so a
  // million bars over the same weeks cost a flag check per cell instead of a find.
  const joined = new Uint8Array(inst.cells);
  const union = (x: number, y: number) => {
    const a = find(x);
    const b = find(y);
    if (a !== b) parent[b] = a;
  };
  for (let c = 0; c < C; c++) {
    const from = inst.cellStart[c]!;
    const to = inst.cellStart[c + 1]!;
    if (from === to) continue;
    union(inst.req[c]!, inst.requests + inst.cellList[from]!);
    for (let k = from + 1; k < to; k++) {
      const prev = inst.cellList[k - 1]!;
      const cell = inst.cellList[k]!;
      if (cell === prev + 1) {
        if (joined[prev]) continue;
        joined[prev] = 1;
      }
      union(inst.requests + prev, inst.requests + cell);
    }
  }
  const rootOf = new Int32Array(inst.requests);
  for (let r = 0; r < inst.requests; r++) rootOf[r] = find(r);
  // One part (a huge, crowded snapshot): the model itself, without copying a million candidates. Requests and
  // cells without candidates stay in it; they change nothing.
  let single = C > 0;
  for (let c = 1; c < C && single; c++) single = rootOf[inst.req[c]!] === rootOf[inst.req[0]!];
  if (single) return [{ instance: inst, candidates: identity(C) }];
  const groups = new Map<number, number[]>();
  for (let c = 0; c < C; c++) {
    const root = rootOf[inst.req[c]!]!;
    const g = groups.get(root);
    if (g) g.push(c);
    else groups.set(root, [c]);
  }
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
