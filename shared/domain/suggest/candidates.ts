import type { PlanRequest, PlanTeam, PlanTerm } from '../planning/model';
import { checkPlacement, type PlanIndex } from '../planning/placement';
import type { Rule } from '../planning/violations';
import type { Instance } from './instance';
import { bestOf, grown, newScratch } from './arrays';
import { runAll, type Work } from './stepper';
import { weekKeyOf } from '../weeks';
import { requestParts, requestWindow, weekOrdinal, teamParts, termCalendar, weekPartsAt, type ScoreContext, type TermCalendar } from './score';
import type { Weights } from './weights';

// From a planning snapshot to the solver's model (instance.ts).
//
// Team classes: free teams (no active assignment, not dropped out) with the same term weeks, level, themes and
// region are interchangeable. They form one class whose cells (class × week) have capacity = number of teams.
// That is exact: intervals whose overlap never exceeds k can always be spread over k teams (interval graphs are
// perfect; propose.ts does it by start week). A team that already has work is a
// class of its own with capacity 1, and its busy weeks simply have no candidates (checkPlacement refuses them).
// Candidates: every start week of the term whose bar (the offering's duration) stays in the term and breaks no
// hard rule of checkPlacement, the one source of truth for the planner's rules, and does not start before the
// week of `today` (a proposal for weeks gone by helps nobody).

export interface TeamClass { teamIds: number[]; team: PlanTeam; term: PlanTerm }

export interface Candidate {
  requestId: number;
  classIndex: number;
  startWeek: string;
  endWeek: string;
  score: number;
}

export interface SuggestInstance {
  instance: Instance;
  /**
   * Per candidate (instance numbering): its class, and its first week as an index into the class's term. The
   * rest is in `instance`; candidateAt() makes the object when one is needed (a huge snapshot has a million).
   */
  classOf: Int32Array;
  startOf: Int32Array;
  requestIds: number[];
  classes: TeamClass[];
  /** Class k's cells are cellBase[k] + index of the week in its term. */
  cellBase: number[];
  /** A cell's name for a dump: "Programme team 3+2 #12 @ 2026-W40" (class label, first team id, week). */
  cellName: (cell: number) => string;
  /** Why a request without candidates has none: the hard rules met, most frequent first. */
  refusals: Map<number, Refusal[]>;
  /** Per request (instance numbering): the best score among candidates a cap left out, or -Infinity. */
  droppedBest: Float64Array;
  /** How many bars the cells any request could reach hold in all (for the room bound of a capped build). */
  room: number;
}

/** One candidate in words: its request, class, weeks and score. */
export function candidateAt(si: SuggestInstance, c: number): Candidate {
  const inst = si.instance;
  const weeks = si.classes[si.classOf[c]!]!.term.weeks;
  const s = si.startOf[c]!;
  return {
    requestId: si.requestIds[inst.req[c]!]!, classIndex: si.classOf[c]!, startWeek: weeks[s]!.week,
    endWeek: weeks[s + inst.cellStart[c + 1]! - inst.cellStart[c]! - 1]!.week, score: inst.score[c]!,
  };
}

export interface BuildOptions extends ScoreContext {
  weights: Weights;
  /** Merge free teams of a cohort into one class (default). Off gives one class per team: the same optimum. */
  mergeTeams?: boolean;
  /**
   * Keep at most this many candidates per request. Default: unlimited, except for very large snapshots (see
   * AUTO_CAP). Requests of one shape (same candidates up to a constant) share out their shape's best slots: the
   * one worth most takes the best `cap`, the next the `cap` after those, and so on, so together they can fill
   * as many slots as they need. The best score a request lost to the cap is kept (`droppedBest`), so the solver
   * can tell whether the cap could have cost anything.
   */
  maxPerRequest?: number;
}

/**
 * Above this many request × team-class pairs the build caps each request's candidates. Why shared out and not
 * each request's own best: at the huge benchmark scale 30,000 requests fall into ~7,000 shapes, and with "own
 * best 32" every request of a shape fights for the same 32 slots; sharing them out gives a 22% better plan from
 * the same number of candidates (test/bench, suggest).
 */
const AUTO_CAP_PAIRS = 4_000_000;
const AUTO_CAP = 32;

/**
 * What makes two free teams interchangeable for every request: the rules and the score see a team only through
 * its term's weeks (and their kinds), level, themes and holiday region. Teams of different cohorts with the same
 * signature share one class: fewer, larger classes, the same optimum.
 */
function signature(team: PlanTeam, term: PlanTerm): string {
  return `${team.level}|${[...team.themes].sort().join(',')}|${team.holidayRegion}|${term.weeks.map((w) => w.week + w.kind[0]).join('')}`;
}

function teamClasses(idx: PlanIndex, merge: boolean): TeamClass[] {
  const out: TeamClass[] = [];
  const bySignature = new Map<string, TeamClass>();
  for (const team of idx.snapshot.teams) {
    const term = idx.term.get(team.termId);
    if (!term || team.droppedOut || term.weeks.length === 0) continue;
    const free = merge && !idx.byTeam.has(team.id);
    const key = free ? signature(team, term) : '';
    const existing = free ? bySignature.get(key) : undefined;
    if (existing) {
      existing.teamIds.push(team.id);
      continue;
    }
    const cls: TeamClass = { teamIds: [team.id], team, term };
    out.push(cls);
    if (free) bySignature.set(key, cls);
  }
  return out;
}

const PER_START: readonly Rule[] = ['outside_term', 'team_busy', 'cohort_full'];

/**
 * Where a request may go whatever its window: the (class, start week) pairs the rules allow, with the team parts
 * of the score (level, theme, region). Waiting requests with the same levels, theme, region, duration and
 * offering share one Fit, so at huge scale the rules run once per Fit rather than once per request.
 */
interface Fit {
  /** The classes it may go to, each with the team parts of its score and its allowed start weeks (shared lists). */
  classes: number[];
  pair: number[];
  starts: Int32Array[];
  /** Σ starts: how many (class, start week) pairs. */
  count: number;
  length: number;
  /** Why pairs were refused, most frequent first (worked out on first call). */
  refusals: () => Refusal[];
}

export type Refusal = { rule: Rule; params: Record<string, string | number>; count: number };

/**
 * A Fit with a preferred window: its candidates' scores apart from the request-only parts (priority, waiting,
 * policy). Entry j is (cls[j], start[j], score[j]).
 */
interface Shape {
  /** In class and week order; capped: only the pool's best (see buildShape). */
  cls: Int32Array;
  start: Int32Array;
  score: Float64Array;
  /** Capped only: entry indices best first (ties: class and week order). */
  byRank: Int32Array | null;
  length: number;
  refusals: () => Refusal[];
}

export function buildCandidates(idx: PlanIndex, requestIds: readonly number[], opts: BuildOptions): SuggestInstance {
  return runAll(buildSteps(idx, requestIds, opts));
}

/** The build in pieces (see stepper.ts): one request at a time; `onRequest(done, total)` follows it. */
export function* buildSteps(
  idx: PlanIndex, requestIds: readonly number[], opts: BuildOptions, onRequest?: (done: number, total: number) => void,
): Work<SuggestInstance> {
  const classes = teamClasses(idx, opts.mergeTeams ?? true);
  const cellBase: number[] = [];
  const capacity: number[] = [];
  const calendars = new Map<number, TermCalendar>();
  const firstWeek = weekOrdinal(weekKeyOf(opts.today));
  // Per class: its busy weeks as a running count (a bar is free when the count does not change over it).
  const busyBefore: Int32Array[] = [];
  for (const cls of classes) {
    cellBase.push(capacity.length);
    if (!calendars.has(cls.term.id)) calendars.set(cls.term.id, termCalendar(cls.term));
    const weeks = cls.term.weeks;
    for (let k = 0; k < weeks.length; k++) capacity.push(cls.teamIds.length);
    const busy = idx.byTeam.get(cls.team.id) ?? [];
    const before = new Int32Array(weeks.length + 1);
    weeks.forEach((w, k) => (before[k + 1] = before[k]! + (busy.some((a) => a.startWeek <= w.week && w.week <= a.endWeek) ? 1 : 0)));
    busyBefore.push(before);
  }
  const cellName = (cell: number) => {
    let k = classes.length - 1;
    while (cellBase[k]! > cell) k--;
    const cls = classes[k]!;
    const label = cls.teamIds.length > 1 ? `${cls.team.label}+${cls.teamIds.length - 1}` : cls.team.label;
    return `${cls.team.programmeName} ${label} #${cls.team.id} @ ${cls.term.weeks[cell - cellBase[k]!]!.week}`;
  };
  const refusals: SuggestInstance['refusals'] = new Map();
  const requests = requestIds.map((id) => idx.request.get(id)).filter((r): r is PlanRequest => r !== undefined);
  const wt = opts.weights;
  const cap = opts.maxPerRequest ?? (requests.length * classes.length > AUTO_CAP_PAIRS ? AUTO_CAP : Infinity);
  // Typed, and grown by doubling: at huge scale these hold millions of numbers (a capped build knows its most).
  const most = Number.isFinite(cap) ? cap * requests.length : 1024;
  let reqOf = new Int32Array(most);
  let classOf = new Int32Array(most);
  let startOf = new Int32Array(most);
  let scoreOf = new Float64Array(most);
  let cellStart = new Int32Array(most + 1);
  let cellList = new Int32Array(Number.isFinite(cap) ? requests.reduce((n, r) => n + cap * Math.max(1, r.durationWeeks), 0) : 4096);
  let nCand = 0;
  let nCells = 0;
  const droppedBest = new Float64Array(requests.length).fill(-Infinity);
  let scratch = newScratch(4096);
  // Two levels of sharing: the classes, start weeks and team parts depend on levels, theme, region, duration and
  // offering (a Fit); the preferred window only adds its week part on top (a Shape).
  const fits = new Map<string, Fit>();
  const shapes = new Map<string, Shape>();
  const fitOf = (r: PlanRequest): { key: string; fit: Fit } => {
    const planned = idx.byRequest.has(r.id);
    const key = planned ? `#${r.id}` : `${r.levels.join(',')}|${r.theme ?? ''}|${r.smeHolidayRegion ?? ''}|${r.durationWeeks}|${r.offeringName ?? ''}`;
    let fit = fits.get(key);
    if (!fit) fits.set(key, (fit = buildFit(r, planned)));
    return { key, fit };
  };
  // A window only counts where a bar can be: one that opens before today or closes after every term is open on
  // that side, so most windows of a huge snapshot fall into a few shapes.
  let lastWeek = -Infinity;
  for (const cal of calendars.values()) lastWeek = Math.max(lastWeek, cal.ordinal[cal.ordinal.length - 1] ?? -Infinity);
  const shapeKeyOf = (r: PlanRequest) => {
    const { key, fit } = fitOf(r);
    const win = requestWindow(r);
    const from = win.from !== null && win.from > firstWeek ? win.from : '';
    const to = win.to !== null && win.to < lastWeek ? win.to : '';
    return { fit, key: `${key}|${from}|${to}` };
  };
  /**
   * Every class and start week through the rules, counting why pairs are refused: what the explanation of a
   * request without candidates names (only asked for such requests).
   */
  const refusalsOf = (r: PlanRequest, planned: boolean): Refusal[] => {
    const seen = new Map<Rule, Refusal>();
    const refuse = (v: { rule: Rule; params: Record<string, string | number> }) => {
      const s = seen.get(v.rule);
      if (s) s.count++;
      else seen.set(v.rule, { rule: v.rule, params: v.params, count: 1 });
    };
    const length = Math.max(1, r.durationWeeks);
    for (let ci = 0; ci < classes.length; ci++) {
      const { team, term } = classes[ci]!;
      const weeks = term.weeks;
      // The level rule, as checkPlacement has it.
      if (r.levels.length > 0 && !r.levels.includes(team.level)) {
        refuse({ rule: 'level', params: { level: team.level, offering: r.offeringName ?? '?' } });
        continue;
      }
      if (planned) {
        // The pair's rules from checkPlacement itself, on the first bar (dropped-out teams have no class).
        const first = checkPlacement(idx, { requestId: r.id, teamId: team.id, startWeek: weeks[0]!.week, endWeek: weeks[Math.min(length, weeks.length) - 1]!.week });
        const pairRule = first.find((v) => v.hard && !PER_START.includes(v.rule));
        if (pairRule) {
          refuse(pairRule);
          continue;
        }
      }
      const cal = calendars.get(term.id)!;
      const busy = busyBefore[ci]!;
      let fitting = 0;
      for (let s = 0; s + length <= weeks.length; s++) {
        const e = s + length - 1;
        if (cal.ordinal[s]! < firstWeek) continue; // no suggestion starts in the past
        if (cal.ordinal[e] !== cal.ordinal[s]! + length - 1) continue; // a gap in the term's weeks
        fitting++;
        if (busy[e + 1] !== busy[s]) {
          if (!seen.has('team_busy')) {
            const v = checkPlacement(idx, { requestId: r.id, teamId: team.id, startWeek: weeks[s]!.week, endWeek: weeks[e]!.week }).find((x) => x.hard);
            if (v) refuse(v);
          } else refuse({ rule: 'team_busy', params: {} });
        }
      }
      if (fitting === 0) refuse({ rule: 'outside_term', params: { term: term.name, first: weeks[0]!.week, last: weeks[weeks.length - 1]!.week } });
    }
    return [...seen.values()].sort((a, b) => b.count - a.count);
  };
  // Per class and bar length, the start indices its term and its own timeline allow; per team type (level,
  // themes, region) the team parts of the score. A waiting request's fit is then a walk over cached lists; why
  // pairs are refused is only worked out for a request that ends up without candidates.
  const startsByLength = classes.map(() => new Map<number, Int32Array>());
  const reached = new Uint8Array(capacity.length);
  const startsOf = (ci: number, length: number): Int32Array => {
    const known = startsByLength[ci]!.get(length);
    if (known) return known;
    const { term } = classes[ci]!;
    const cal = calendars.get(term.id)!;
    const busy = busyBefore[ci]!;
    const out: number[] = [];
    for (let s = 0; s + length <= term.weeks.length; s++) {
      const e = s + length - 1;
      if (cal.ordinal[s]! >= firstWeek && cal.ordinal[e] === cal.ordinal[s]! + length - 1 && busy[e + 1] === busy[s]) out.push(s);
    }
    const starts = Int32Array.from(out);
    startsByLength[ci]!.set(length, starts);
    for (const s of starts) for (let k = s; k < s + length; k++) reached[cellBase[ci]! + k] = 1;
    return starts;
  };
  const typeKeys = new Map<string, number>();
  const typeOf = Int32Array.from(classes, ({ team }) => {
    const key = `${team.level}|${[...team.themes].sort().join(',')}|${team.holidayRegion}`;
    if (!typeKeys.has(key)) typeKeys.set(key, typeKeys.size);
    return typeKeys.get(key)!;
  });
  const buildFit = (r: PlanRequest, planned: boolean): Fit => {
    const length = Math.max(1, r.durationWeeks);
    const allowed = r.levels.length > 0 ? new Set<string>(r.levels) : null;
    const pairOfType = new Float64Array(typeKeys.size).fill(NaN);
    const fit: Fit = { classes: [], pair: [], starts: [], count: 0, length, refusals: () => [] };
    for (let ci = 0; ci < classes.length; ci++) {
      const { team, term } = classes[ci]!;
      if (allowed && !allowed.has(team.level)) continue;
      if (planned) {
        // Re-planning a request already on the plan: checkPlacement's pair rules, on the first bar.
        const weeks = term.weeks;
        const first = checkPlacement(idx, { requestId: r.id, teamId: team.id, startWeek: weeks[0]!.week, endWeek: weeks[Math.min(length, weeks.length) - 1]!.week });
        if (first.some((v) => v.hard && !PER_START.includes(v.rule))) continue;
      }
      const starts = startsOf(ci, length);
      if (starts.length === 0) continue;
      let pair = pairOfType[typeOf[ci]!]!;
      if (Number.isNaN(pair)) {
        const tp = teamParts(r, team);
        pair = pairOfType[typeOf[ci]!] = tp.level * wt.level + tp.theme * wt.theme + tp.region * wt.region;
      }
      fit.classes.push(ci);
      fit.pair.push(pair);
      fit.starts.push(starts);
      fit.count += starts.length;
    }
    let refusals: Refusal[] | null = null;
    fit.refusals = () => (refusals ??= refusalsOf(r, planned));
    return fit;
  };
  /** `pool`: how many of its best entries the shape's requests share out under a cap. */
  const buildShape = (r: PlanRequest, fit: Fit, pool: number): Shape => {
    const win = requestWindow(r);
    const n = fit.count;
    // The weighted week parts of a bar depend only on the term's calendar: computed once per term.
    const weekScores = new Map<number, Float64Array>();
    if (scratch.score.length < n) scratch = newScratch(n);
    let i = 0;
    for (let j = 0; j < fit.classes.length; j++) {
      const ci = fit.classes[j]!;
      const term = classes[ci]!.term;
      let ws = weekScores.get(term.id);
      if (!ws) {
        const cal = calendars.get(term.id)!;
        ws = new Float64Array(Math.max(0, term.weeks.length - fit.length + 1));
        for (let s = 0; s < ws.length; s++) {
          const wp = weekPartsAt(win, cal, s, s + fit.length - 1);
          ws[s] = wp.window * wt.window + wp.calendar * wt.calendar;
        }
        weekScores.set(term.id, ws);
      }
      const pair = fit.pair[j]!;
      for (const s of fit.starts[j]!) {
        scratch.cls[i] = ci;
        scratch.start[i] = s;
        scratch.score[i++] = pair + ws[s]!;
      }
    }
    // A capped build keeps only the pool (and one more: it tells what the cap left out), in class and week order.
    const best = n > cap ? bestOf(scratch.score, n, Math.min(n, pool + 1)) : null;
    if (!best) {
      return { cls: scratch.cls.slice(0, n), start: scratch.start.slice(0, n), score: scratch.score.slice(0, n), byRank: null, length: fit.length, refusals: fit.refusals };
    }
    // (Plain loops: typed-array from() with a mapping function is slow, and this runs for thousands of shapes.)
    const keep = best.slice().sort();
    const cls = new Int32Array(keep.length);
    const start = new Int32Array(keep.length);
    const score = new Float64Array(keep.length);
    for (let j = 0; j < keep.length; j++) {
      cls[j] = scratch.cls[keep[j]!]!;
      start[j] = scratch.start[keep[j]!]!;
      score[j] = scratch.score[keep[j]!]!;
    }
    const byRank = new Int32Array(best.length);
    for (let k = 0; k < best.length; k++) {
      let lo = 0;
      for (let hi = keep.length - 1; lo < hi;) {
        const mid = (lo + hi) >> 1;
        if (keep[mid]! < best[k]!) lo = mid + 1;
        else hi = mid;
      }
      byRank[k] = lo;
    }
    return { cls, start, score, byRank, length: fit.length, refusals: fit.refusals };
  };
  const emit = (ri: number, shape: Shape, i: number, total: number) => {
    const ci = shape.cls[i]!;
    const s = shape.start[i]!;
    const e = s + shape.length - 1;
    const base = cellBase[ci]!;
    if (nCand === reqOf.length) {
      reqOf = grown(reqOf);
      classOf = grown(classOf);
      startOf = grown(startOf);
      scoreOf = grown(scoreOf);
      cellStart = grown(cellStart);
    }
    while (nCells + shape.length > cellList.length) cellList = grown(cellList);
    for (let k = s; k <= e; k++) cellList[nCells++] = base + k;
    reqOf[nCand] = ri;
    classOf[nCand] = ci;
    startOf[nCand] = s;
    scoreOf[nCand++] = total;
    cellStart[nCand] = nCells;
  };
  // Requests by shape, and each one's place in its shape by its request-only score (best first).
  const fixedOf = requests.map((r) => {
    const p = requestParts(r, opts);
    return p.base * wt.base + p.priority * wt.priority + p.waiting * wt.waiting + p.policy * wt.policy;
  });
  const keyed = requests.map(shapeKeyOf);
  const shapeSize = new Map<string, number>();
  const place = new Int32Array(requests.length);
  for (const i of requests.map((_, i) => i).sort((a, b) => fixedOf[b]! - fixedOf[a]! || a - b)) {
    const k = shapeSize.get(keyed[i]!.key) ?? 0;
    place[i] = k;
    shapeSize.set(keyed[i]!.key, k + 1);
  }
  for (const [ri, r] of requests.entries()) {
    yield;
    onRequest?.(ri, requests.length);
    const { key, fit } = keyed[ri]!;
    let shape = shapes.get(key);
    if (!shape) shapes.set(key, (shape = buildShape(r, fit, cap * shapeSize.get(key)!)));
    const fixed = fixedOf[ri]!;
    const { score } = shape;
    let kept = 0;
    if (shape.byRank) {
      // Only a candidate worth something counts (best first, those are a prefix); this request's share of the
      // pool is the cap-sized block at its place (round again when the shape has more requests than blocks).
      const { byRank } = shape;
      let positive = 0;
      for (let hi = byRank.length; positive < hi;) {
        const mid = (positive + hi) >> 1;
        if (fixed + score[byRank[mid]!]! > 0) positive = mid + 1;
        else hi = mid;
      }
      const from = (place[ri]! % Math.max(1, Math.ceil(positive / cap))) * cap;
      const to = Math.min(positive, from + cap);
      if (to > from) for (const j of byRank.slice(from, to).sort()) emit(ri, shape, j, fixed + score[j]!);
      kept = Math.max(0, to - from);
      // The best it was not given: the pool's best when its block is further down, else the one after it.
      const lost = from > 0 ? 0 : to;
      if (lost < positive && (from > 0 || kept === cap)) droppedBest[ri] = fixed + score[byRank[lost]!]!;
    } else {
      for (let j = 0; j < score.length; j++) {
        const total = fixed + score[j]!;
        if (total <= 0) continue;
        emit(ri, shape, j, total);
        kept++;
      }
    }
    if (kept === 0) refusals.set(r.id, shape.refusals());
  }
  const instance: Instance = {
    requests: requests.length, cells: capacity.length, capacity: Int32Array.from(capacity), req: reqOf.slice(0, nCand),
    score: scoreOf.slice(0, nCand), cellStart: cellStart.slice(0, nCand + 1), cellList: cellList.slice(0, nCells),
  };
  let room = 0;
  for (let w = 0; w < capacity.length; w++) if (reached[w]) room += capacity[w]!;
  return {
    instance, classOf: classOf.slice(0, nCand), startOf: startOf.slice(0, nCand), requestIds: requests.map((r) => r.id),
    classes, cellBase, cellName, refusals, droppedBest, room,
  };
}
