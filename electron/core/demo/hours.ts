import type { Activity } from '../../../shared/domain/constants';
import { dayOf, isoOf, mondayOfDay, weekdayOf, type Day } from './calendar';
import { isPublicHoliday } from './holidays';
import type { Staff } from './model';
import type { WorkItem } from './pipeline';
import type { Rng } from './random';
import { TEXTS } from './words';
import type { Writer } from './writer';

/** Hours are logged from the start of the 2025-2026 school year up to yesterday. */
export const HOURS_FROM = dayOf('2025-09-01');

const FILLER: Record<string, Partial<Record<Activity, number>>> = {
  'coördinator': { admin: 3, acquisition: 2, reporting: 1, matching: 1 },
  projectleider: { reporting: 2, admin: 2, acquisition: 1, matching: 1 },
  'accountmanager mkb': { acquisition: 4, admin: 1, intake: 1 },
  'docent-coach': { coaching: 4, admin: 1 },
  communicatieadviseur: { event: 2, acquisition: 2, admin: 1, reporting: 1 },
  'administratief medewerker': { admin: 4, reporting: 2 },
};

/** Days off: a week at Christmas, three weeks in summer, sometimes a week in autumn or spring. */
function daysOff(rng: Rng): Set<Day> {
  const weeks: Day[] = [
    mondayOfDay(dayOf(rng.pick(['2025-12-22', '2025-12-29']))),
    mondayOfDay(dayOf(rng.pick(['2026-12-21', '2026-12-28']))),
  ];
  const summer = mondayOfDay(dayOf('2026-07-06')) + rng.int(0, 4) * 7;
  weeks.push(summer, summer + 7, summer + 14);
  if (rng.chance(0.5)) weeks.push(mondayOfDay(dayOf('2025-10-13')) + rng.int(0, 2) * 7);
  if (rng.chance(0.5)) weeks.push(mondayOfDay(dayOf('2026-02-16')) + rng.int(0, 2) * 7);
  if (rng.chance(0.5)) weeks.push(mondayOfDay(dayOf('2026-10-12')) + rng.int(0, 2) * 7);
  const off = new Set<Day>();
  for (const monday of weeks) for (let d = 0; d < 5; d++) off.add(monday + d);
  return off;
}

/**
 * Time entries per person and working day: first the work linked to requests, assignments and events, then
 * the rest of the day's hours as acquisition, admin and the like. Part-timers work fixed weekdays.
 */
export function writeTimeEntries(w: Writer, rng: Rng, staff: readonly Staff[], items: readonly WorkItem[], today: Day): void {
  const insert = w.table('time_entries', [
    'staff_id', 'entry_date', 'minutes', 'activity', 'request_id', 'assignment_id', 'event_id', 'note',
  ]);
  const last = today - 1;
  const byStaff = new Map<number, WorkItem[]>();
  for (const item of items) {
    const list = byStaff.get(item.staff.id);
    if (list) list.push(item);
    else byStaff.set(item.staff.id, [item]);
  }
  const note = (activity: Activity) => (rng.chance(0.5) ? rng.pick(TEXTS.entryNotes[activity] ?? ['']) : '');

  for (const s of staff) {
    const dayCount = Math.min(5, Math.max(2, Math.ceil(s.minutesPerWeek / 480)));
    const firstWeekday = rng.int(1, 6 - dayCount);
    const off = daysOff(rng);
    const works = (day: Day) => {
      const wd = weekdayOf(day);
      return wd >= firstWeekday && wd < firstWeekday + dayCount && !off.has(day) && !isPublicHoliday(day);
    };
    // Linked work lands on the person's next working day when it fell on a day off.
    const linked = new Map<Day, WorkItem[]>();
    for (const item of byStaff.get(s.id) ?? []) {
      let day = Math.max(item.day, HOURS_FROM);
      while (day <= last && !works(day)) day++;
      if (day > last) continue;
      const list = linked.get(day);
      if (list) list.push(item);
      else linked.set(day, [item]);
    }
    const perDay = s.minutesPerWeek / dayCount;
    const weights = FILLER[s.role] ?? { admin: 1 };
    const activities = Object.keys(weights) as Activity[];
    for (let day = HOURS_FROM; day <= last; day++) {
      if (!works(day)) continue;
      const date = isoOf(day);
      let logged = 0;
      for (const item of linked.get(day) ?? []) {
        insert(s.id, date, item.minutes, item.activity, item.requestId, item.assignmentId, item.eventId, note(item.activity));
        logged += item.minutes;
      }
      let rest = Math.round((perDay * (0.75 + rng.next() * 0.35) - logged) / 15) * 15;
      for (let pieces = rng.int(1, 3); rest >= 30 && pieces > 0; pieces--) {
        const minutes = pieces === 1 ? rest : Math.max(30, Math.round((rest * rng.next()) / 15) * 15);
        const activity = rng.weighted(activities, (a) => weights[a] ?? 0);
        insert(s.id, date, Math.min(minutes, rest), activity, null, null, null, note(activity));
        rest -= Math.min(minutes, rest);
      }
    }
  }
}

/** Months the manager has closed: everything before last month, each locked on the 10th of the month after. */
export function writeLockedMonths(w: Writer, today: Day): void {
  const insert = w.table('locked_months', ['month', 'locked_at']);
  const current = isoOf(today).slice(0, 7);
  for (let month = isoOf(HOURS_FROM).slice(0, 7); nextMonth(month) < current; month = nextMonth(month)) {
    insert(month, `${nextMonth(month)}-10T16:00:00.000Z`);
  }
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
