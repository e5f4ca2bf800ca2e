import type { Priority, Theme } from '../../../shared/domain/constants';
import { dayOf, isoOf, weekdayOf, type Day } from './calendar';
import type { Offering, Staff } from './model';
import { advance, lastStatus, type RequestPlan } from './pipeline';
import type { Rng } from './random';
import type { SmeFactory } from './smes';
import { TEXTS } from './words';

/** Requests arrive from June 2025 on, so the first school year starts with a pipeline already filling. */
export const WINDOW_START = dayOf('2025-06-02');

const THEME_DEMAND: Record<Theme, number> = {
  online_marketing_sales: 3,
  website_webshop: 3,
  data_dashboards: 1.5,
  automation_processes: 1.5,
  cyber_hygiene: 1.5,
  other: 2,
};

/** Fewer requests in the summer, around Christmas and at weekends. */
function seasonWeight(day: Day): number {
  const iso = isoOf(day);
  const month = iso.slice(5, 7);
  const dom = Number(iso.slice(8));
  let w = weekdayOf(day) >= 6 ? 0.15 : 1;
  if (month === '07' || month === '08') w *= 0.5;
  if ((month === '12' && dom >= 20) || (month === '01' && dom <= 4)) w *= 0.2;
  return w;
}

/** `count` days by season, plus `arrivingToday` requests that came in today (so "new" is never empty). */
export function receivedDays(rng: Rng, count: number, today: Day, arrivingToday: number): Day[] {
  const days: Day[] = Array.from({ length: arrivingToday }, () => today);
  while (days.length < count) {
    const day = rng.int(WINDOW_START, today);
    if (rng.next() < seasonWeight(day)) days.push(day);
  }
  return days.sort((a, b) => a - b);
}

/**
 * The intake half of each request's life: received → intake planned → intake done → ready for matching, or an
 * early rejection or withdrawal. Returns the requests and, for those ready, the day a coordinator matches them.
 */
export function intakeRequests(rng: Rng, opts: {
  days: readonly Day[]; today: Day; offerings: readonly Offering[]; staff: readonly Staff[]; smes: SmeFactory;
}): { requests: RequestPlan[]; toMatch: { request: RequestPlan; on: Day }[] } {
  const { today } = opts;
  const intakers = opts.staff.filter((s) => s.takesIntakes);
  const owners = intakers.length > 0 ? intakers : opts.staff;
  // Companies ask for what the werkplaats advertises: offerings no team can deliver, and long projects that
  // few terms can hold, are asked for less.
  const demand = (o: Offering) =>
    THEME_DEMAND[o.tpl.theme] * (o.cohorts.length > 0 ? 1 : 0.1) * (o.teachingWeeks >= 15 ? 0.5 : 1);
  const requests: RequestPlan[] = [];
  const toMatch: { request: RequestPlan; on: Day }[] = [];

  opts.days.forEach((received, i) => {
    const fate = rng.next();
    const offering = rng.weighted(opts.offerings, demand);
    const rejectReason = rng.pick(TEXTS.rejectReasons);
    const rejects = fate < 0.02 || (fate >= 0.07 && fate < 0.13);
    const tooBig = rejects && rejectReason.includes('50 fte');
    const earlier = requests.length > 20 && rng.chance(0.12) ? rng.pick(requests).sme : null;
    const sme = earlier && !tooBig && earlier.fte < 50 ? earlier : opts.smes.make({ large: tooBig });
    const r: RequestPlan = {
      id: i + 1,
      sme,
      offering,
      received,
      owner: null,
      priority: rng.weighted(['low', 'normal', 'high'] as Priority[], (p) => (p === 'normal' ? 70 : 15)),
      question: rng.pick(TEXTS.questions[offering.tpl.theme]),
      maturity: null,
      goals: rng.sample(TEXTS.goals, rng.int(1, 3)),
      obstacles: rng.sample(TEXTS.obstacles, rng.int(0, 2)),
      channel: sme.intermediaryId !== null && rng.chance(0.6) ? 'intermediair' : rng.pick(TEXTS.channels),
      prefStart: null,
      prefEnd: null,
      history: [],
      stopped: false,
    };
    if (rng.chance(0.6)) {
      r.prefStart = received + rng.int(14, 60);
      r.prefEnd = r.prefStart + rng.int(42, 180);
    }
    const intakePlanned = received + rng.int(1, 7);
    const intakeDone = intakePlanned + rng.int(3, 21);
    const ready = intakeDone + rng.int(2, 21);
    const matchOn = ready + rng.int(2, 14);
    advance(r, today, 'new', received);
    if (fate < 0.02) {
      advance(r, today, 'rejected', received + rng.int(1, 4), rejectReason);
    } else if (fate < 0.07) {
      const on = received + rng.int(1, ready - received);
      if (intakePlanned < on) advance(r, today, 'intake_planned', intakePlanned);
      if (intakeDone < on) advance(r, today, 'intake_done', intakeDone);
      advance(r, today, 'withdrawn', on, rng.pick(TEXTS.withdrawReasons));
    } else {
      advance(r, today, 'intake_planned', intakePlanned);
      advance(r, today, 'intake_done', intakeDone);
      if (fate < 0.13) advance(r, today, 'rejected', intakeDone + rng.int(0, 3), rejectReason);
      else if (advance(r, today, 'ready_for_matching', ready) && matchOn <= today) toMatch.push({ request: r, on: matchOn });
    }

    const reached = new Set(r.history.map((h) => h.to));
    if (reached.has('intake_planned') || rng.chance(0.4)) r.owner = rng.pick(owners);
    if (reached.has('intake_done')) r.maturity = Math.min(10, Math.max(1, Math.round(2 + rng.next() * 4 + rng.next() * 3)));
    // Before the intake the coordinator often does not know yet which offering fits.
    else if (rng.chance(0.5) || lastStatus(r).reason?.includes('menukaart')) r.offering = null;
    requests.push(r);
  });
  return { requests, toMatch };
}
