import { LEVELS, THEMES, type HolidayRegion, type Level, type Theme } from '../../../shared/domain/constants';
import type { PlanAssignment, PlanRequest, PlanSnapshot, PlanTeam, PlanTerm } from '../../../shared/domain/planning/model';
import { addWeeksToKey } from '../../../shared/domain/weeks';

// Synthetic planning snapshots of any size, without a database: the benchmark's huge scale (30,000 requests,
// 6,000 teams) and property tests. Shaped like the demo: schools in three holiday regions, 20-week terms with
// a holiday week and two exam weeks, programmes with a level and a theme profile, teams of 4–12 per cohort,
// offerings of 1–10 weeks, a fifth of the requests with a preferred window, some teams already busy.

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

export interface SyntheticOptions { requests: number; teams: number; seed?: number; busyShare?: number; termStarts?: string[] }

const REGIONS: HolidayRegion[] = ['noord', 'midden', 'zuid'];
const PROFILES: Theme[][] = [THEMES.slice(0, 2), THEMES.slice(1, 4), THEMES.slice(3, 5), THEMES.slice(0, 5), [THEMES[2]!]];
const DURATIONS = [1, 2, 4, 4, 6, 8, 10];

export function syntheticSnapshot(o: SyntheticOptions): PlanSnapshot & { unplannedIds: number[] } {
  const r = rng(o.seed ?? 1);
  const starts = o.termStarts ?? ['2026-W36', '2027-W06'];
  const terms: PlanTerm[] = [];
  REGIONS.forEach((region, ri) => starts.forEach((start, si) => {
    const first = addWeeksToKey(start, ri); // regions start a week apart
    terms.push({
      id: terms.length + 1, name: `Periode ${si + 1} ${region}`, schoolId: ri + 1, schoolYear: '2026-2027',
      weeks: Array.from({ length: 20 }, (_, i) => ({ week: addWeeksToKey(first, i), kind: i === 7 ? 'holiday' : i >= 18 ? 'exam' : 'teaching' })),
    });
  }));
  const teams: PlanTeam[] = [];
  const cohorts: PlanSnapshot['cohorts'] = [];
  while (teams.length < o.teams) {
    const term = r.pick(terms);
    const region = REGIONS[term.schoolId - 1]!;
    const level = r.pick(LEVELS);
    const themes = r.pick(PROFILES);
    const cohortId = cohorts.length + 1;
    const count = Math.min(r.int(4, 12), o.teams - teams.length);
    cohorts.push({ id: cohortId, termId: term.id, teamCount: count, studentsPerTeam: 4, minutesPerStudentWeek: 600, capacityMinutes: 0 });
    for (let slot = 1; slot <= count; slot++) {
      teams.push({
        id: teams.length + 1, label: `team ${slot}`, slot, cohortId, programmeId: cohortId, programmeName: `Opleiding ${cohortId}`,
        schoolId: term.schoolId, schoolName: `School ${term.schoolId}`, termId: term.id, level, themes, holidayRegion: region, droppedOut: false,
      });
    }
  }
  const request = (id: number, status: PlanRequest['status']): PlanRequest => {
    const lo = r.int(0, LEVELS.length - 1);
    const levels = LEVELS.slice(lo, Math.min(LEVELS.length, lo + r.int(1, 3))) as Level[];
    const windowed = r.next() < 0.2;
    const month = r.int(9, 12);
    return {
      id, smeId: id, smeName: `Bedrijf ${id}`, smeSizeClass: r.pick(['micro', 'micro', 'small', 'other'] as const),
      smeRegion: null, smeHolidayRegion: r.pick(REGIONS), offeringId: 1, offeringName: 'Aanbod', theme: r.pick(THEMES), levels,
      durationWeeks: r.pick(DURATIONS), effortMinutes: 0, priority: r.pick(['low', 'normal', 'normal', 'high'] as const), status,
      receivedOn: `2026-0${r.int(1, 8)}-1${r.int(0, 9)}`,
      preferredStart: windowed ? `2026-${month}-01` : null, preferredEnd: windowed ? `2027-0${r.int(1, 6)}-28` : null,
    };
  };
  const requests: PlanRequest[] = [];
  const assignments: PlanAssignment[] = [];
  for (const team of teams) {
    if (r.next() >= (o.busyShare ?? 0.1)) continue;
    const req = request(requests.length + 1, 'matched');
    req.levels = [team.level];
    requests.push(req);
    const term = terms[team.termId - 1]!;
    const s = r.int(0, term.weeks.length - req.durationWeeks);
    assignments.push({
      id: assignments.length + 1, requestId: req.id, teamId: team.id, termId: term.id, startWeek: term.weeks[s]!.week,
      endWeek: term.weeks[s + req.durationWeeks - 1]!.week, status: 'planned', locked: r.next() < 0.5, needsReplan: false,
    });
  }
  const unplannedIds: number[] = [];
  for (let i = 0; i < o.requests; i++) {
    const req = request(requests.length + 1, 'ready_for_matching');
    requests.push(req);
    unplannedIds.push(req.id);
  }
  return { terms, teams, cohorts, requests, assignments, unplannedIds };
}
