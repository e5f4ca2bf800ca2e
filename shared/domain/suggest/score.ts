import { LEVELS } from '../constants';
import type { PlanRequest, PlanTeam, PlanTerm } from '../planning/model';
import { SCORE_PARTS, type ScoreParts, type Weights } from './weights';

// The score of one request on one team starting in one week, built from named parts of 0–100 points each.
// Hard rules are not scored: checkPlacement (shared/domain/planning/placement.ts) decides eligibility; the
// score only ranks eligible placements. The soft rules there (theme, window, region, holidays/exams) show up
// here as lost points, so a suggestion that breaks one is possible but worth less.

const PRIORITY_POINTS = { high: 100, normal: 50, low: 0 } as const;
const POLICY_POINTS = { micro: 100, small: 50, other: 0 } as const;
/** Points lost per level above the lowest level the offering allows: keep senior students for senior work. */
const LEVEL_STEP = 25;
/** Points lost per week outside the preferred window, and per holiday or exam week in the span. */
const WINDOW_STEP = 20;
const CALENDAR_STEP = 25;
/** Waiting time counts 4 points a week, full after 25 weeks. */
const WAITING_PER_WEEK = 4;

export interface ScoreContext {
  /** The day the plan is made (YYYY-MM-DD): waiting time is counted up to it. */
  today: string;
}

const DAY = 86_400_000;

/** The request-only parts: the same for every team and week, so they are computed once per request. */
export function requestParts(r: PlanRequest, ctx: ScoreContext): Pick<ScoreParts, 'base' | 'priority' | 'waiting' | 'policy'> {
  const days = Math.max(0, Math.floor((Date.parse(ctx.today) - Date.parse(r.receivedOn)) / DAY));
  return {
    base: 100,
    priority: PRIORITY_POINTS[r.priority],
    waiting: Math.min(100, Math.floor(days / 7) * WAITING_PER_WEEK),
    policy: POLICY_POINTS[r.smeSizeClass],
  };
}

/** The team-only parts: level, theme and region depend on the team, not on the week. */
const LEVEL_RANK = new Map<string, number>(LEVELS.map((l, i) => [l, i]));
const rankOf = (level: string) => LEVEL_RANK.get(level) ?? -1;

export function teamParts(r: PlanRequest, t: PlanTeam): Pick<ScoreParts, 'level' | 'theme' | 'region'> {
  let level = 100;
  if (r.levels.length > 0) {
    const ranks = r.levels.map(rankOf);
    const lowest = Math.min(...ranks);
    const team = rankOf(t.level);
    const allowed = ranks.filter((i) => i >= lowest && i <= team).length;
    level = Math.max(0, 100 - LEVEL_STEP * Math.max(0, allowed - 1));
  }
  const theme = !r.theme || r.theme === 'other' ? 50 : t.themes.includes(r.theme) ? 100 : 0;
  const region = r.smeHolidayRegion === null ? 50 : r.smeHolidayRegion === t.holidayRegion ? 100 : 0;
  return { level, theme, region };
}

/** A week as a number (weeks since a fixed Monday), computed without date-fns: the solver needs millions. */
export function weekOrdinal(key: string): number {
  const [y, w] = key.split('-W').map(Number) as [number, number];
  const jan4 = Date.UTC(y, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (w - 1) * 7 * DAY;
  return Math.round((monday - MONDAY0) / (7 * DAY));
}
const MONDAY0 = Date.UTC(1969, 11, 29);
function dateOrdinal(date: string): number {
  const t = Date.parse(date);
  return Math.round((t - ((new Date(t).getUTCDay() + 6) % 7) * DAY - MONDAY0) / (7 * DAY));
}

/** A term's weeks as ordinals, and how many non-teaching weeks come before each (for holiday/exam counts). */
export interface TermCalendar { ordinal: number[]; lostBefore: number[] }
// Per term object: explaining 30,000 suggestions asks for the same few calendars over and over.
const calendars = new WeakMap<PlanTerm, TermCalendar>();
export function termCalendar(term: PlanTerm): TermCalendar {
  const known = calendars.get(term);
  if (known) return known;
  const lostBefore = [0];
  term.weeks.forEach((w, i) => lostBefore.push(lostBefore[i]! + (w.kind === 'teaching' ? 0 : 1)));
  const calendar = { ordinal: term.weeks.map((w) => weekOrdinal(w.week)), lostBefore };
  calendars.set(term, calendar);
  return calendar;
}

/** The request's preferred window as week ordinals (null: open on that side). */
export function requestWindow(r: PlanRequest): { from: number | null; to: number | null } {
  return { from: r.preferredStart ? dateOrdinal(r.preferredStart) : null, to: r.preferredEnd ? dateOrdinal(r.preferredEnd) : null };
}

/** The week parts for a bar from term week index s to e: preferred window and holiday/exam weeks in the span. */
export function weekPartsAt(win: { from: number | null; to: number | null }, cal: TermCalendar, s: number, e: number): Pick<ScoreParts, 'window' | 'calendar'> {
  const start = cal.ordinal[s]!;
  const end = cal.ordinal[e]!;
  const outside = (win.from !== null && start < win.from ? win.from - start : 0) + (win.to !== null && end > win.to ? end - win.to : 0);
  const lost = cal.lostBefore[e + 1]! - cal.lostBefore[s]!;
  return { window: Math.max(0, 100 - WINDOW_STEP * outside), calendar: Math.max(0, 100 - CALENDAR_STEP * lost) };
}

/** The same by week keys (bars inside the term). */
export function weekParts(r: PlanRequest, term: PlanTerm, startWeek: string, endWeek: string): Pick<ScoreParts, 'window' | 'calendar'> {
  const s = term.weeks.findIndex((w) => w.week === startWeek);
  const e = term.weeks.findIndex((w) => w.week === endWeek);
  return weekPartsAt(requestWindow(r), termCalendar(term), s, e);
}

export function scoreParts(r: PlanRequest, t: PlanTeam, term: PlanTerm, startWeek: string, endWeek: string, ctx: ScoreContext): ScoreParts {
  return { ...requestParts(r, ctx), ...teamParts(r, t), ...weekParts(r, term, startWeek, endWeek) };
}

/** The weighted parts (what the explanation shows) and their sum (what the solver maximises). */
export function weigh(parts: ScoreParts, weights: Weights): { total: number; weighted: ScoreParts } {
  const weighted = {} as ScoreParts;
  let total = 0;
  for (const p of SCORE_PARTS) {
    weighted[p] = parts[p] * weights[p];
    total += weighted[p];
  }
  return { total, weighted };
}
