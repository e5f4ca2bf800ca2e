import { dayOf, isoOf, weekdayOf, type Day } from './calendar';
import { isPublicHoliday } from './holidays';
import type { EventInfo, School, Sme, Staff } from './model';
import { person } from './people';
import type { Rng } from './random';
import { TEXTS } from './words';
import type { Writer } from './writer';

const FIRST = dayOf('2025-09-08');

/** Event days fall on Tuesday to Thursday outside the summer and Christmas weeks. */
function eventDay(rng: Rng, from: Day, to: Day): Day {
  for (;;) {
    const day = rng.int(from, to);
    const iso = isoOf(day);
    const month = iso.slice(5, 7);
    const wd = weekdayOf(day);
    if (wd < 2 || wd > 4 || month === '07' || month === '08' || isPublicHoliday(day)) continue;
    if (month === '12' && Number(iso.slice(8)) > 18) continue;
    return day;
  }
}

/** k distinct indices below n, without copying a large list per event. */
function distinctIndices(rng: Rng, n: number, k: number): number[] {
  const picked = new Set<number>();
  const want = Math.min(n, k);
  while (picked.size < want) picked.add(rng.int(0, n - 1));
  return [...picked].sort((a, b) => a - b);
}

/** Webinars and masterclasses since the start of the school year and a few months ahead, with attendees. */
export function writeEvents(w: Writer, rng: Rng, opts: {
  perYear: number; today: Day; staff: readonly Staff[]; schools: readonly School[]; smes: readonly Sme[];
}): EventInfo[] {
  const insert = w.table('events', ['id', 'kind', 'topic', 'event_date', 'speakers', 'capacity', 'location']);
  const insertAttendee = w.table('event_attendees', ['event_id', 'sme_id']);
  const last = opts.today + 90;
  const count = Math.round((opts.perYear * (last - FIRST)) / 365);
  const organisers = opts.staff.filter((s) => s.role === 'communicatieadviseur' || s.takesIntakes);
  const days = Array.from({ length: count }, () => eventDay(rng, FIRST, last)).sort((a, b) => a - b);
  return days.map((day, i) => {
    const kind = rng.chance(0.7) ? 'webinar' : 'masterclass';
    const capacity = kind === 'webinar' ? (rng.chance(0.5) ? 100 : null) : rng.int(4, 8) * 5;
    const speakers = Array.from({ length: rng.int(1, 3) }, () => `${person(rng).full} (${rng.pick(TEXTS.speakerTitles)})`);
    const location = kind === 'webinar' ? 'Online'
      : rng.chance(0.5) ? `Campus ${rng.pick(opts.schools).name}` : `Ondernemershuis ${rng.pick(opts.schools).municipality.name}`;
    const event: EventInfo = { id: i + 1, day, organiser: rng.pick(organisers.length > 0 ? organisers : opts.staff), kind };
    insert(event.id, kind, rng.pick(TEXTS.eventTopics[kind]), isoOf(day), JSON.stringify(speakers), capacity, location);
    // Future events show the registrations so far.
    const full = kind === 'webinar' ? rng.int(12, 60) : rng.int(8, capacity ?? 30);
    const attendees = day < opts.today ? full : Math.round(full * rng.next() * 0.7);
    for (const idx of distinctIndices(rng, opts.smes.length, Math.min(attendees, capacity ?? attendees))) {
      insertAttendee(event.id, opts.smes[idx]!.id);
    }
    return event;
  });
}
