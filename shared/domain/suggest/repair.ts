import type { PlanAssignment, PlanSnapshot } from '../planning/model';
import { checkPlacement, indexSnapshot, type PlanIndex } from '../planning/placement';
import type { Rule } from '../planning/violations';
import { buildSteps, candidateAt, type SuggestInstance } from './candidates';
import { explainUnplanned, type Unplanned } from './explain';
import { makeInstance, type CandidateSpec } from './instance';
import { partsOfCandidate, type ProposeOptions, type ProposeProgress, type Suggestion } from './propose';
import { weekParts, weigh, requestParts, teamParts } from './score';
import { solveSteps } from './solve';
import { stoppableRun, type StoppableRun, type Work } from './stepper';

// Re-plan after a disruption (a team dropped out, a team's weeks shrank): re-place the affected assignments
// while moving as few other assignments as possible. Lexicographic, exact for the model below:
//   1. every movable assignment in scope keeps a place (moving is allowed, dropping is not);
//   2. as many affected assignments as possible get a place;
//   3. as few movable assignments as possible change team or weeks;
//   4. the highest total score.
// Affected: active (planned/running) assignments flagged needsReplan, on a dropped-out team, or clashing with work
// that cannot move. Never moved: running, delivered, evaluated and locked assignments. Movable (the scope):
// planned, unlocked assignments on a team where an affected request could go, overlapping such a slot, and
// planned assignments that clash with each other. The levels become weights of one 0/1 model (big multipliers,
// integers well under 2^53), so the same exact solver settles it.

export interface RepairSlot { teamId: number; startWeek: string; endWeek: string }

export interface RepairMove {
  assignmentId: number;
  requestId: number;
  from: RepairSlot;
  /** null: an affected assignment that no team can take over (it stays flagged; see `unplaced`). */
  to: RepairSlot | null;
  /** True for an affected assignment (flagged or broken), false for one moved to make room. */
  flagged: boolean;
  score: number | null;
  warnings: Rule[];
}

export interface RepairProposal {
  /** Every assignment that changes: affected ones (re-placed or not) and the movable ones that move. */
  moves: RepairMove[];
  /** The affected requests that get a place, with their score broken into parts. */
  placed: Suggestion[];
  /** The affected requests left without a place, and why. */
  unplaced: (Unplanned & { assignmentId: number })[];
  affected: number;
  /** Movable (not affected) assignments that change team or weeks. */
  moved: number;
  /** Total score of the affected and movable assignments in their new places. */
  objective: number;
  optimal: boolean;
  cancelled?: boolean;
  stats: { affected: number; movable: number; candidates: number; nodes: number; milliseconds: number };
}

export type RepairOptions = Omit<ProposeOptions, 'requestIds' | 'mergeTeams'>;

export type RepairRun = StoppableRun<RepairProposal, ProposeProgress>;

const overlaps = (a: RepairSlot, b: RepairSlot) => a.startWeek <= b.endWeek && b.startWeek <= a.endWeek;
const active = (a: PlanAssignment) => a.status === 'planned' || a.status === 'running';
const movable = (a: PlanAssignment) => a.status === 'planned' && !a.locked;

/** The assignments a repair must re-place. */
export function affectedAssignments(snapshot: PlanSnapshot): PlanAssignment[] {
  const idx = indexSnapshot(snapshot);
  const fixed = snapshot.assignments.filter((a) => active(a) && !movable(a) && !a.needsReplan);
  return snapshot.assignments.filter((a) => {
    if (!active(a)) return false;
    const team = idx.team.get(a.teamId);
    if (a.needsReplan || !team || team.droppedOut) return true;
    return movable(a) && fixed.some((f) => f.id !== a.id && f.teamId === a.teamId && overlaps(f, a));
  });
}

/**
 * The movable assignments a repair may shift: planned, unlocked, not affected, on a team that is still there and
 * whose level an affected request accepts (only there can stepping aside make room).
 */
export function repairScope(snapshot: PlanSnapshot, affected: readonly PlanAssignment[]): PlanAssignment[] {
  const idx = indexSnapshot(snapshot);
  const ids = new Set(affected.map((a) => a.id));
  const levels = affected.map((a) => idx.request.get(a.requestId)?.levels ?? []);
  return snapshot.assignments.filter((a) => {
    const team = idx.team.get(a.teamId);
    if (ids.has(a.id) || !movable(a) || !team || team.droppedOut) return false;
    return levels.some((l) => l.length === 0 || l.includes(team.level));
  });
}

/** The repair in one go; honours opts.onProgress and opts.shouldStop like propose(). */
export function proposeRepair(snapshot: PlanSnapshot, opts: RepairOptions): RepairProposal {
  const run = startRepair(snapshot, opts);
  while (!run.step(5)) {
    opts.onProgress?.(run.progress());
    if (opts.shouldStop?.()) run.stop();
  }
  return run.result();
}

/** The repair in time slices; the same contract as startPropose (propose.ts). */
export function startRepair(snapshot: PlanSnapshot, opts: RepairOptions): RepairRun {
  return stoppableRun<RepairProposal, ProposeProgress>({ fraction: 0, objective: 0, bound: 0 },
    (stopped, report) => repairSteps(snapshot, opts, () => stopped() || (opts.shouldStop?.() ?? false), report));
}

function* repairSteps(
  snapshot: PlanSnapshot, opts: RepairOptions, stopped: () => boolean, report: (p: ProposeProgress) => void,
): Work<RepairProposal> {
  const started = Date.now();
  const affected = affectedAssignments(snapshot);
  const affectedIds = new Set(affected.map((a) => a.id));
  const build = { weights: opts.weights, today: opts.today, mergeTeams: false };
  const scope = repairScope(snapshot, affected);
  const scopeIds = new Set(scope.map((a) => a.id));
  const base: PlanSnapshot = { ...snapshot, assignments: snapshot.assignments.filter((a) => !affectedIds.has(a.id) && !scopeIds.has(a.id)) };
  const idx = indexSnapshot(base);
  const model = [...affected, ...scope];
  const si = yield* buildSteps(idx, model.map((a) => a.requestId), build);
  const stay = addStays(idx, si, scope, opts);
  const weighted = weightsFor(si, model, new Set(affected.map((a) => a.requestId)), stay);
  const result = yield* solveSteps(weighted, { ...opts, shouldStop: stopped }, report);
  const cancelled = !result.optimal && stopped();

  // The new picture: base work plus every model assignment in its chosen place.
  const chosenOf = new Map(result.chosen.map((c) => [si.requestIds[si.instance.req[c]!]!, c]));
  const slotOf = (c: number): RepairSlot => {
    const cand = candidateAt(si, c);
    return { teamId: si.classes[cand.classIndex]!.teamIds[0]!, startWeek: cand.startWeek, endWeek: cand.endWeek };
  };
  const after: PlanAssignment[] = model.flatMap((a) => {
    const c = chosenOf.get(a.requestId);
    return c === undefined ? [] : [{ ...a, ...slotOf(c), needsReplan: false }];
  });
  const finalIdx = indexSnapshot({ ...base, assignments: [...base.assignments, ...after] });
  const moves: RepairMove[] = [];
  const placed: Suggestion[] = [];
  let objective = 0;
  let moved = 0;
  for (const a of model) {
    const c = chosenOf.get(a.requestId);
    const flagged = affectedIds.has(a.id);
    const from = { teamId: a.teamId, startWeek: a.startWeek, endWeek: a.endWeek };
    if (c === undefined) {
      if (!flagged) throw new Error('suggest: repair dropped a movable assignment');
      moves.push({ assignmentId: a.id, requestId: a.requestId, from, to: null, flagged, score: null, warnings: [] });
      continue;
    }
    const to = slotOf(c);
    const found = checkPlacement(finalIdx, { requestId: a.requestId, ...to }, new Set([a.id]));
    const hard = found.find((v) => v.hard);
    if (hard) throw new Error(`suggest: repair breaks ${hard.rule} for request ${a.requestId}`);
    const score = si.instance.score[c]!;
    objective += score;
    const same = to.teamId === from.teamId && to.startWeek === from.startWeek && to.endWeek === from.endWeek;
    if (!flagged && same) continue;
    if (!flagged) moved++;
    const warnings = found.map((v) => v.rule);
    moves.push({ assignmentId: a.id, requestId: a.requestId, from, to, flagged, score, warnings });
    if (flagged) placed.push({ requestId: a.requestId, ...to, score, parts: partsOfCandidate(idx, si, c, opts), warnings });
  }
  const assignmentOf = new Map(affected.map((a) => [a.requestId, a.id]));
  const teamOf = (c: number) => slotOf(c).teamId;
  const unplaced = explainUnplanned(idx, si, result.chosen, teamOf, opts.language)
    .filter((u) => assignmentOf.has(u.requestId))
    .map((u) => ({ ...u, assignmentId: assignmentOf.get(u.requestId)! }));
  return {
    moves, placed, unplaced, affected: affected.length, moved, objective, optimal: result.optimal, ...(cancelled ? { cancelled } : {}),
    stats: { affected: affected.length, movable: scope.length, candidates: si.instance.req.length, nodes: result.nodes, milliseconds: Date.now() - started },
  };
}

/**
 * A movable assignment may always stay where it is, even when its bar started before `today` (the build only
 * offers future starts). Adds that candidate where the build left it out; returns which candidates are stays.
 */
function addStays(idx: PlanIndex, si: SuggestInstance, scope: PlanAssignment[], opts: RepairOptions): Set<number> {
  const stays = new Set<number>();
  const classOf = new Map(si.classes.map((k, i) => [k.teamIds[0]!, i]));
  const reqIndex = new Map(si.requestIds.map((id, i) => [id, i]));
  const extra: { classIndex: number; start: number; spec: CandidateSpec }[] = [];
  const count = si.instance.req.length;
  for (const a of scope) {
    const ci = classOf.get(a.teamId);
    if (ci === undefined) continue;
    let existing = -1;
    for (let c = 0; c < count && existing < 0; c++) {
      if (si.classOf[c] !== ci || si.requestIds[si.instance.req[c]!] !== a.requestId) continue;
      const cand = candidateAt(si, c);
      if (cand.startWeek === a.startWeek && cand.endWeek === a.endWeek) existing = c;
    }
    if (existing >= 0) {
      stays.add(existing);
      continue;
    }
    const slot = { requestId: a.requestId, teamId: a.teamId, startWeek: a.startWeek, endWeek: a.endWeek };
    if (checkPlacement(idx, slot).some((v) => v.hard)) continue;
    const cls = si.classes[ci]!;
    const weeks = cls.term.weeks;
    const s = weeks.findIndex((w) => w.week === a.startWeek);
    const e = weeks.findIndex((w) => w.week === a.endWeek);
    const request = idx.request.get(a.requestId)!;
    const parts = { ...requestParts(request, opts), ...teamParts(request, cls.team), ...weekParts(request, cls.term, a.startWeek, a.endWeek) };
    const score = weigh(parts, opts.weights).total;
    const cells = Array.from({ length: e - s + 1 }, (_, k) => si.cellBase[ci]! + s + k);
    stays.add(count + extra.length);
    extra.push({ classIndex: ci, start: s, spec: { request: reqIndex.get(a.requestId)!, score, cells } });
  }
  if (extra.length > 0) {
    const inst = si.instance;
    const specs: CandidateSpec[] = Array.from({ length: count }, (_, c) => ({
      request: inst.req[c]!, score: inst.score[c]!, cells: Array.from(inst.cellList.subarray(inst.cellStart[c]!, inst.cellStart[c + 1]!)),
    }));
    si.classOf = Int32Array.from([...si.classOf, ...extra.map((x) => x.classIndex)]);
    si.startOf = Int32Array.from([...si.startOf, ...extra.map((x) => x.start)]);
    si.instance = makeInstance(inst.requests, Array.from(inst.capacity), [...specs, ...extra.map((x) => x.spec)]);
  }
  return stays;
}

/** The lexicographic levels as one integer weight per candidate (see the top of this file). */
function weightsFor(si: SuggestInstance, model: PlanAssignment[], affectedRequests: Set<number>, stays: Set<number>) {
  const inst = si.instance;
  const best = new Float64Array(inst.requests);
  for (let c = 0; c < inst.req.length; c++) best[inst.req[c]!] = Math.max(best[inst.req[c]!]!, inst.score[c]!);
  const S = best.reduce((a, b) => a + b, 0) + 1;
  const nAffected = affectedRequests.size;
  const nMovable = model.length - nAffected;
  const stay = S;
  const place = (nMovable + 1) * stay + S;
  const keep = (nAffected + 1) * place + (nMovable + 1) * stay + S;
  if ((keep + stay + S) * (model.length + 1) > 2 ** 52) throw new Error('suggest: repair too large for exact weights');
  const score = Float64Array.from(inst.score, (v, c) => {
    const isAffected = affectedRequests.has(si.requestIds[inst.req[c]!]!);
    return v + (isAffected ? place : keep + (stays.has(c) ? stay : 0));
  });
  return { ...inst, score };
}
