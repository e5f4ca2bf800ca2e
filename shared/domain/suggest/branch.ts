import type { Instance } from './instance';
import { runAll, type Work } from './stepper';

// Exact branch and bound for one component of the model in instance.ts.
//
// Bound: Lagrangian relaxation of the cell (team-week) capacities with multipliers μ ≥ 0. Without them the
// problem falls apart per request: each request takes its candidate of best reduced score
// score[c] − Σ μ[w] over its cells (or nothing), so L(μ) = Σ_r max(0, best_r) + Σ_w capacity[w]·μ[w] is an
// upper bound for every μ ≥ 0; subgradient steps (Polyak) drive it down. Scores are integers, so a subtree
// whose bound is below incumbent + 1 holds nothing better and is cut.
// Reduced-cost fixing: forcing candidate c gives the bound L − best_r + rc_c; when that is below incumbent + 1,
// c is dropped for the subtree. In crowded instances this removes most candidates at the root.
// Branching: on a candidate chosen by the relaxation in an over-full cell: first "take it", then "never".
// Every branch keeps all solutions of its side, so when the search ends the incumbent is optimal.

export interface BranchOptions {
  maxNodes?: number;
  deadline?: number;
  rootIterations?: number;
  nodeIterations?: number;
  /** Polled between pieces of work: true stops the search, which then returns its best plan (not proven). */
  shouldStop?: () => boolean;
  /** Only the root: bound the problem, fix by reduced cost and return what is left alive (solve.ts splits it). */
  rootOnly?: boolean;
  /** Only plans worth more than this matter (solve.ts: what a part must reach for the whole to improve). */
  floor?: number;
}
export interface BranchResult {
  chosen: number[];
  objective: number;
  bound: number;
  optimal: boolean;
  nodes: number;
  /** Set when the search was cut short (time, node limit, shouldStop). */
  stopped: boolean;
  /** rootOnly: the candidates that may still be in a plan better than `objective` (null when settled). */
  alive: Uint8Array | null;
}

const EPS = 1e-6;

function csr(n: number, count: number, each: (add: (key: number, value: number) => void) => void): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  each((k) => start[k + 1]!++);
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const list = new Int32Array(count);
  each((k, v) => (list[fill[k]!++] = v));
  return [start, list];
}

export function solveComponent(inst: Instance, start: readonly number[], opts: BranchOptions = {}): BranchResult {
  return runAll(branchSteps(inst, start, opts));
}

/** The search in pieces (see stepper.ts): yields after every subgradient iteration and every node. */
export function* branchSteps(inst: Instance, start: readonly number[], opts: BranchOptions = {}): Work<BranchResult> {
  const R = inst.requests;
  const W = inst.cells;
  const C = inst.req.length;
  const { cellStart, cellList, score, req } = inst;
  const [reqStart, reqList] = csr(R, C, (add) => { for (let c = 0; c < C; c++) add(req[c]!, c); });
  const [wStart, wList] = csr(W, cellList.length, (add) => {
    for (let c = 0; c < C; c++) for (let k = cellStart[c]!; k < cellStart[c + 1]!; k++) add(cellList[k]!, c);
  });
  const maxNodes = opts.maxNodes ?? 200_000;
  const deadline = opts.deadline ?? Infinity;
  // Iterations cost one pass over the candidates' cells: small components get many (a tight root bound saves
  // whole subtrees), huge ones few.
  const rootIters = opts.rootIterations ?? Math.min(2000, Math.max(100, Math.floor(2e7 / Math.max(1, cellList.length))));
  const nodeIters = opts.nodeIterations ?? 80;

  const alive = new Uint8Array(C).fill(1);
  const cap = Int32Array.from(inst.capacity);
  const fixedOf = new Int32Array(R).fill(-1);
  let fixedScore = 0;
  const trail: number[] = [];
  const fixes: number[] = [];
  const mu = new Float64Array(W);
  const choice = new Int32Array(R);
  const bestVal = new Float64Array(R);
  const rc = new Float64Array(C);
  const usage = new Int32Array(W);
  /** Deflected subgradient (direction keeps part of the last one): fewer zigzags, closer to the LP bound. */
  const dir = new Float64Array(W);

  let incumbent = [...start];
  let incValue = 0;
  for (const c of start) incValue += score[c]!;
  incValue = Math.max(incValue, opts.floor ?? -Infinity);
  let nodes = 0;
  let aborted = false;
  let rootBound = Infinity;
  /** rootOnly and the root left the problem open. */
  let open = false;

  const kill = (c: number) => {
    if (alive[c]) {
      alive[c] = 0;
      trail.push(c);
    }
  };
  for (let c = 0; c < C; c++) if (score[c]! <= 0) kill(c);
  const fix = (c: number) => {
    const r = req[c]!;
    fixedOf[r] = c;
    fixedScore += score[c]!;
    fixes.push(c);
    for (let k = reqStart[r]!; k < reqStart[r + 1]!; k++) kill(reqList[k]!);
    for (let k = cellStart[c]!; k < cellStart[c + 1]!; k++) {
      const w = cellList[k]!;
      if (--cap[w]! === 0) for (let j = wStart[w]!; j < wStart[w + 1]!; j++) kill(wList[j]!);
    }
  };
  const undo = (trailMark: number, fixMark: number) => {
    while (trail.length > trailMark) alive[trail.pop()!] = 1;
    while (fixes.length > fixMark) {
      const c = fixes.pop()!;
      fixedOf[req[c]!] = -1;
      fixedScore -= score[c]!;
      for (let k = cellStart[c]!; k < cellStart[c + 1]!; k++) cap[cellList[k]!]!++;
    }
  };

  /** L(μ) and each request's best candidate under μ. */
  const relax = (): number => {
    let L = fixedScore;
    for (let w = 0; w < W; w++) L += cap[w]! * mu[w]!;
    for (let r = 0; r < R; r++) {
      let best = 0;
      let arg = -1;
      if (fixedOf[r] === -1) {
        for (let k = reqStart[r]!; k < reqStart[r + 1]!; k++) {
          const c = reqList[k]!;
          if (!alive[c]) continue;
          let v = score[c]!;
          for (let j = cellStart[c]!; j < cellStart[c + 1]!; j++) v -= mu[cellList[j]!]!;
          rc[c] = v;
          if (v > best + 1e-12) {
            best = v;
            arg = c;
          }
        }
      }
      choice[r] = arg;
      bestVal[r] = best;
      L += best;
    }
    return L;
  };

  const offer = (value: number, set: () => number[]) => {
    if (value > incValue + EPS) {
      incValue = value;
      incumbent = set();
    }
  };
  const fixedSet = () => fixes.slice();

  /** Greedy on reduced scores among what is left; a cheap way to find good incumbents. */
  const heuristic = () => {
    const ids: number[] = [];
    for (let c = 0; c < C; c++) if (alive[c] && rc[c]! > 0) ids.push(c);
    ids.sort((a, b) => rc[b]! - rc[a]! || score[b]! - score[a]! || a - b);
    const left = Int32Array.from(cap);
    const used = new Uint8Array(R);
    const taken: number[] = [];
    let value = fixedScore;
    for (const c of ids) {
      if (used[req[c]!]) continue;
      let fits = true;
      for (let k = cellStart[c]!; k < cellStart[c + 1]! && fits; k++) fits = left[cellList[k]!]! > 0;
      if (!fits) continue;
      used[req[c]!] = 1;
      for (let k = cellStart[c]!; k < cellStart[c + 1]!; k++) left[cellList[k]!]!--;
      taken.push(c);
      value += score[c]!;
    }
    offer(value, () => [...fixedSet(), ...taken]);
  };

  const reducedCostFixing = (L: number) => {
    for (let r = 0; r < R; r++) {
      if (fixedOf[r] !== -1) continue;
      for (let k = reqStart[r]!; k < reqStart[r + 1]!; k++) {
        const c = reqList[k]!;
        if (alive[c] && L - bestVal[r]! + rc[c]! < incValue + 1 - EPS) kill(c);
      }
    }
  };

  /** Relax, look at the relaxed choice: returns the bound, or -Infinity once the node is solved exactly. */
  const step = (theta: number): { L: number; solved: boolean; violated: number } => {
    const L = relax();
    usage.fill(0);
    let value = fixedScore;
    for (let r = 0; r < R; r++) {
      const c = choice[r]!;
      if (c < 0) continue;
      value += score[c]!;
      for (let k = cellStart[c]!; k < cellStart[c + 1]!; k++) usage[cellList[k]!]!++;
    }
    let norm = 0;
    let violated = -1;
    let worst = 0;
    for (let w = 0; w < W; w++) {
      const g = cap[w]! - usage[w]!;
      if (g < worst) {
        worst = g;
        violated = w;
      }
      const d = g + 0.3 * dir[w]!;
      dir[w] = g < 0 || mu[w]! > 0 ? d : 0;
      norm += dir[w]! * dir[w]!;
    }
    if (violated < 0) offer(value, () => [...fixedSet(), ...Array.from(choice).filter((c) => c >= 0)]);
    if (L < incValue + 1 - EPS) return { L, solved: true, violated };
    if (norm > 0) {
      const t = (theta * (L - incValue)) / norm;
      for (let w = 0; w < W; w++) if (dir[w] !== 0) mu[w] = Math.max(0, mu[w]! - t * dir[w]!);
    }
    return { L, solved: false, violated };
  };

  const stop = opts.shouldStop ?? (() => false);
  const search = function* (iterations: number, depth: number): Work<void> {
    if (aborted) return;
    if (++nodes > maxNodes || Date.now() > deadline || stop()) {
      aborted = true;
      return;
    }
    let theta = 1.5;
    let bestL = Infinity;
    let stall = 0;
    let last = { L: Infinity, solved: false, violated: -1 };
    for (let it = 0; it < iterations; it++) {
      yield;
      if (stop() || Date.now() > deadline) {
        aborted = true;
        if (depth === 0) rootBound = Math.min(bestL, last.L);
        return;
      }
      last = step(theta);
      if (last.solved) return;
      if (last.L < bestL - 1e-9) {
        bestL = last.L;
        stall = 0;
      } else if (++stall >= 15) {
        if (theta <= 0.005) break; // no progress left at the smallest step
        theta = Math.max(0.005, theta / 2);
        stall = 0;
      }
      if (depth === 0 && it % 10 === 0) {
        heuristic();
        reducedCostFixing(last.L);
      }
    }
    last = step(0);
    if (depth === 0) rootBound = Math.min(bestL, last.L);
    if (last.solved) return;
    heuristic();
    reducedCostFixing(last.L);
    if (last.L < incValue + 1 - EPS) return;
    if (depth === 0 && opts.rootOnly) {
      open = true;
      return;
    }
    // Branch on the chosen candidate with the best reduced score in the most over-full cell (or any chosen).
    let pick = -1;
    for (let r = 0; r < R; r++) {
      const c = choice[r]!;
      if (c < 0 || !alive[c]) continue;
      let inCell = last.violated < 0;
      for (let k = cellStart[c]!; k < cellStart[c + 1]! && !inCell; k++) inCell = cellList[k] === last.violated;
      if (inCell && (pick < 0 || rc[c]! > rc[pick]!)) pick = c;
    }
    if (pick < 0) for (let c = 0; c < C; c++) if (alive[c] && (pick < 0 || rc[c]! > rc[pick]!)) pick = c;
    if (pick < 0) return;
    const saved = mu.slice();
    const tMark = trail.length;
    const fMark = fixes.length;
    fix(pick);
    yield* search(nodeIters, depth + 1);
    undo(tMark, fMark);
    mu.set(saved);
    kill(pick);
    yield* search(nodeIters, depth + 1);
    undo(tMark, fMark);
    mu.set(saved);
  };

  yield* search(rootIters, 0);
  const optimal = !aborted && !open;
  const bound = optimal ? incValue : Math.max(incValue, Math.floor(rootBound + EPS));
  let objective = 0;
  for (const c of incumbent) objective += score[c]!;
  return {
    chosen: incumbent.sort((a, b) => a - b), objective, bound, optimal, nodes, stopped: aborted,
    alive: open ? alive.slice() : null,
  };
}
