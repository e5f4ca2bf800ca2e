import { mondayOfDay, type Day } from './calendar';
import type { Cohort, Offering, Team, Term } from './model';
import type { Rng } from './random';

export interface Placement {
  team: Team;
  term: Term;
  startIdx: number;
  endIdx: number;
}

/** How far ahead a coordinator looks for a team, and how many cohorts she weighs per request. */
const LOOK_AHEAD_DAYS = 180;
const LONGEST_TERM_DAYS = 200;
const CANDIDATES = 16;

/**
 * Puts requests on teams the way a coordinator would: the earliest free slot among eligible cohorts whose term
 * runs now or soon. A team works on one assignment at a time, so each team keeps a cursor (the first free week)
 * and an assignment always starts at or after it: assignments on one team can never overlap.
 */
export class Planner {
  constructor(private readonly rng: Rng) {}

  place(offering: Offering, earliest: Day): Placement | null {
    const list = offering.cohorts;
    const lo = lowerBound(list, earliest - LONGEST_TERM_DAYS);
    const hi = lowerBound(list, earliest + LOOK_AHEAD_DAYS + 1);
    if (hi <= lo) return null;
    const picks = hi - lo <= CANDIDATES
      ? Array.from({ length: hi - lo }, (_, i) => lo + i)
      : Array.from({ length: CANDIDATES }, () => this.rng.int(lo, hi - 1));
    let best: Placement | null = null;
    let bestMonday = Infinity;
    for (const idx of picks) {
      const cohort = list[idx]!;
      const found = this.fit(cohort, offering.teachingWeeks, earliest);
      if (found && found.term.weeks[found.startIdx]!.monday < bestMonday) {
        best = found;
        bestMonday = found.term.weeks[found.startIdx]!.monday;
      }
    }
    if (best) best.team.cursor = best.endIdx + 1;
    return best;
  }

  /** Earliest fit on one of the cohort's teams: start on a teaching week, count `weeks` working weeks. */
  private fit(cohort: Cohort, weeks: number, earliest: Day): Placement | null {
    const term = cohort.term;
    if (term.end < earliest) return null;
    const first = Math.max(0, Math.ceil((earliest - mondayOfDay(term.start)) / 7));
    let best: Placement | null = null;
    for (const team of cohort.teams) {
      if (team.droppedOutOn !== null) continue;
      const from = Math.max(team.cursor, first);
      if (from >= term.weeks.length) continue;
      let k = term.workBefore[from]!;
      while (k < term.work.length && term.weeks[term.work[k]!]!.kind !== 'teaching') k++;
      if (k + weeks - 1 >= term.work.length) continue;
      const startIdx = term.work[k]!;
      if (!best || startIdx < best.startIdx) best = { team, term, startIdx, endIdx: term.work[k + weeks - 1]! };
    }
    return best;
  }
}

/** First index whose term starts on or after `day` (cohorts are sorted by term start). */
function lowerBound(list: readonly Cohort[], day: Day): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.term.start < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
