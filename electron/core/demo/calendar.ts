// Plain day arithmetic for the generator. A day is an integer (days since 1970-01-01) so that the hot loops
// (hundreds of thousands of time entries) do no Date parsing; UTC everywhere, so no time zone can shift a day.

const MS_PER_DAY = 86_400_000;

export type Day = number;

export function dayOf(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

const isoCache = new Map<Day, string>();

export function isoOf(day: Day): string {
  let s = isoCache.get(day);
  if (s === undefined) {
    s = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, s);
  }
  return s;
}

/** 1 = Monday … 7 = Sunday, as ISO 8601 counts. */
export function weekdayOf(day: Day): number {
  // 1970-01-01 was a Thursday.
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function mondayOfDay(day: Day): Day {
  return day - (weekdayOf(day) - 1);
}

const weekCache = new Map<Day, string>();

/** ISO week key ("2026-W53") of the week containing `day`. */
export function weekKeyOfDay(day: Day): string {
  const monday = mondayOfDay(day);
  let key = weekCache.get(monday);
  if (key === undefined) {
    // The ISO year is the year of the week's Thursday; week 1 holds that year's first Thursday.
    const thursday = monday + 3;
    const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
    const week = Math.floor((thursday - dayOf(`${year}-01-01`)) / 7) + 1;
    key = `${year}-W${String(week).padStart(2, '0')}`;
    weekCache.set(monday, key);
  }
  return key;
}

export function isWeekday(day: Day): boolean {
  return weekdayOf(day) <= 5;
}

export function clampDay(day: Day, min: Day, max: Day): Day {
  return Math.min(max, Math.max(min, day));
}
