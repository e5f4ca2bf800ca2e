import type { PlanRequest, PlanTeam, PlanTerm } from '../planning/model';
import { checkPlacement, type PlanIndex } from '../planning/placement';
import type { Rule } from '../planning/violations';
import { makeInstance, type CandidateSpec, type Instance } from './instance';
import { weekKeyOf } from '../weeks';
import { requestParts, requestWindow, weekOrdinal, teamParts, termCalendar, weekPartsAt, weigh, type ScoreContext, type TermCalendar } from './score';
import type { Weights } from './weights';

// From a planning snapshot to the solver's model (instance.ts).
//
// Team classes: free teams (no active assignment, not dropped out) with the same term weeks, level, themes and
// region are interchangeable. They form one class whose cells (class × week) have capacity = number of teams. That is exact: intervals whose overlap never exceeds k can always be spread over
// k teams (interval graphs are perfect; propose.ts does it by start week). A team that already has work is a
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
  candidates: Candidate[];
  requestIds: number[];
  classes: TeamClass[];
  /** Cell names for a dump: "team 3+2 @ 2026-W40" (class label and week). */
  cellNames: string[];
  /** Why a request without candidates has none: the hard rules met, most frequent first. */
  refusals: Map<number, { rule: Rule; params: Record<string, string | number>; count: number }[]>;
}

export interface BuildOptions extends ScoreContext {
  weights: Weights;
  /** Merge free teams of a cohort into one class (default). Off gives one class per team: the same optimum. */
  mergeTeams?: boolean;
}

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

export function buildCandidates(idx: PlanIndex, requestIds: readonly number[], opts: BuildOptions): SuggestInstance {
  const classes = teamClasses(idx, opts.mergeTeams ?? true);
  const cellBase: number[] = [];
  const capacity: number[] = [];
  const cellNames: string[] = [];
  const calendars = new Map<number, TermCalendar>();
  const firstWeek = weekOrdinal(weekKeyOf(opts.today));
  for (const cls of classes) {
    cellBase.push(capacity.length);
    if (!calendars.has(cls.term.id)) calendars.set(cls.term.id, termCalendar(cls.term));
    const label = cls.teamIds.length > 1 ? `${cls.team.label}+${cls.teamIds.length - 1}` : cls.team.label;
    for (const w of cls.term.weeks) {
      capacity.push(cls.teamIds.length);
      cellNames.push(`${cls.team.programmeName} ${label} #${cls.team.id} @ ${w.week}`);
    }
  }
  const candidates: Candidate[] = [];
  const specs: CandidateSpec[] = [];
  const refusals: SuggestInstance['refusals'] = new Map();
  const requests = requestIds.map((id) => idx.request.get(id)).filter((r): r is PlanRequest => r !== undefined);
  requests.forEach((r, ri) => {
    const seen = new Map<Rule, { rule: Rule; params: Record<string, string | number>; count: number }>();
    const refuse = (v: { rule: Rule; params: Record<string, string | number> }) => {
      const s = seen.get(v.rule);
      if (s) s.count++;
      else seen.set(v.rule, { rule: v.rule, params: v.params, count: 1 });
    };
    const fixed = requestParts(r, opts);
    const win = requestWindow(r);
    const length = Math.max(1, r.durationWeeks);
    let found = 0;
    classes.forEach((cls, ci) => {
      const { team, term } = cls;
      const weeks = term.weeks;
      // Cheap pre-check of a rule checkPlacement refuses anyway, so huge instances skip hopeless pairs fast.
      if (r.levels.length > 0 && !r.levels.includes(team.level)) {
        refuse({ rule: 'level', params: { level: team.level, offering: r.offeringName ?? '?' } });
        return;
      }
      // The pair's rules (level, dropped out, already planned, ...) from checkPlacement itself, on the first bar.
      const first = checkPlacement(idx, { requestId: r.id, teamId: team.id, startWeek: weeks[0]!.week, endWeek: weeks[Math.min(length, weeks.length) - 1]!.week });
      const pairRule = first.find((v) => v.hard && !PER_START.includes(v.rule));
      if (pairRule) {
        refuse(pairRule);
        return;
      }
      // Per start week only the term's end and the team's own timeline can refuse (team_busy / cohort_full):
      // those two are checked here directly; propose() runs the finished plan through checkPlacement again.
      const cal = calendars.get(term.id)!;
      const busy = idx.byTeam.get(team.id) ?? [];
      const tp = teamParts(r, team);
      let fits = 0;
      for (let s = 0; s + length <= weeks.length; s++) {
        const e = s + length - 1;
        if (cal.ordinal[s]! < firstWeek) continue; // no suggestion starts in the past
        if (cal.ordinal[e] !== cal.ordinal[s]! + length - 1) continue; // a gap in the term's weeks
        const startWeek = weeks[s]!.week;
        const endWeek = weeks[e]!.week;
        fits++;
        if (busy.some((a) => a.startWeek <= endWeek && startWeek <= a.endWeek)) {
          if (!seen.has('team_busy')) {
            const v = checkPlacement(idx, { requestId: r.id, teamId: team.id, startWeek, endWeek }).find((x) => x.hard);
            if (v) refuse(v);
          } else refuse({ rule: 'team_busy', params: {} });
          continue;
        }
        const { total } = weigh({ ...fixed, ...tp, ...weekPartsAt(win, cal, s, e) }, opts.weights);
        if (total <= 0) continue;
        const cells: number[] = [];
        for (let k = s; k <= e; k++) cells.push(cellBase[ci]! + k);
        candidates.push({ requestId: r.id, classIndex: ci, startWeek, endWeek, score: total });
        specs.push({ request: ri, score: total, cells });
        found++;
      }
      if (fits === 0) refuse({ rule: 'outside_term', params: { term: term.name, first: weeks[0]!.week, last: weeks[weeks.length - 1]!.week } });
    });
    if (found === 0) refusals.set(r.id, [...seen.values()].sort((a, b) => b.count - a.count));
  });
  return {
    instance: makeInstance(requests.length, capacity, specs), candidates, requestIds: requests.map((r) => r.id), classes, cellNames, refusals,
  };
}
