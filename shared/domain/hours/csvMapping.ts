import { ACTIVITIES, type Activity } from '../constants';

/** Which column holds which field of a time entry; `note` and `activity` may be absent. */
export interface ImportMapping {
  staff: string;
  date: string;
  duration: string;
  activity: string | null;
  note: string | null;
  /** How dates like 03/04/2026 are read: day first (Europe) or month first (US exports). */
  dateOrder: 'dmy' | 'mdy';
}

export type ImportSource = 'clockify' | 'toggl' | 'kimai' | 'unknown';

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Header names seen in Clockify, Toggl Track and Kimai exports, Dutch and English, best first. */
const SYNONYMS: Record<Exclude<keyof ImportMapping, 'dateOrder'>, string[]> = {
  staff: ['user', 'gebruiker', 'medewerker', 'member', 'lid', 'name', 'naam', 'username'],
  date: ['start date', 'startdatum', 'date', 'datum', 'begin', 'start'],
  duration: ['duration (decimal)', 'duur (decimaal)', 'duration (h)', 'duur (u)', 'duration', 'duur', 'hours', 'uren', 'time (h)'],
  activity: ['activity', 'activiteit', 'task', 'taak', 'project', 'tags', 'tag'],
  note: ['description', 'beschrijving', 'omschrijving', 'note', 'notitie', 'opmerking'],
};

/** Guesses the tracker from its typical headers (only used to tell the user what was recognised). */
export function detectSource(headers: readonly string[]): ImportSource {
  const h = new Set(headers.map(norm));
  if (h.has('duration (decimal)') || h.has('duur (decimaal)') || (h.has('billable rate (eur)'))) return 'clockify';
  if ((h.has('start date') || h.has('startdatum')) && (h.has('email') || h.has('e-mail')) && (h.has('duration') || h.has('duur'))) return 'toggl';
  if ((h.has('datum') || h.has('date')) && (h.has('activiteit') || h.has('activity')) && (h.has('duur') || h.has('duration'))) return 'kimai';
  return 'unknown';
}

/** The first header matching each field's synonyms; null where nothing matches. */
export function guessMapping(headers: readonly string[]): { [K in keyof ImportMapping]: ImportMapping[K] | null } {
  const byNorm = new Map(headers.map((h) => [norm(h), h] as const));
  const pick = (names: string[], taken: Set<string>) => {
    for (const n of names) {
      const h = byNorm.get(n);
      if (h !== undefined && !taken.has(h)) return h;
    }
    return null;
  };
  const taken = new Set<string>();
  const take = (names: string[]) => {
    const h = pick(names, taken);
    if (h) taken.add(h);
    return h;
  };
  const staff = take(SYNONYMS.staff);
  const date = take(SYNONYMS.date);
  const duration = take(SYNONYMS.duration);
  const activity = take(SYNONYMS.activity);
  const note = take(SYNONYMS.note);
  return { staff, date, duration, activity, note, dateOrder: 'dmy' };
}

/** Words that point to an activity, Dutch and English (matched inside the text, first activity wins). */
const ACTIVITY_WORDS: Record<Activity, string[]> = {
  intake: ['intake', 'kennismaking'],
  matching: ['matching', 'match', 'planning', 'plannen', 'koppelen'],
  coaching: ['coaching', 'coach', 'begeleiding', 'begeleiden'],
  event: ['event', 'webinar', 'masterclass', 'bijeenkomst', 'evenement'],
  acquisition: ['acquisitie', 'acquisition', 'netwerk', 'network', 'sales', 'werving'],
  admin: ['administratie', 'administration', 'admin', 'overleg', 'meeting'],
  reporting: ['rapportage', 'reporting', 'verantwoording', 'report', 'rapport'],
};

/** Reads an activity from a tracker's project/task text; null when nothing fits. */
export function activityOf(text: string): Activity | null {
  const t = norm(text);
  if ((ACTIVITIES as readonly string[]).includes(t)) return t as Activity;
  for (const a of ACTIVITIES) if (ACTIVITY_WORDS[a].some((w) => t.includes(w))) return a;
  return null;
}

/**
 * Duration text → whole minutes: "1:30", "01:30:00" (h:mm[:ss], seconds rounded to the nearest minute),
 * "1,5" / "1.50" (decimal hours, Dutch or English). Null when unreadable or not positive.
 */
export function minutesOf(text: string): number | null {
  const t = text.trim();
  let m = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec(t);
  if (m) {
    const total = Number(m[1]) * 60 + Number(m[2]) + Math.round(Number(m[3] ?? 0) / 60);
    return total > 0 ? total : null;
  }
  m = /^(\d{1,3})(?:[.,](\d{1,4}))?$/.exec(t);
  if (m) {
    const hours = Number(`${m[1]}.${m[2] ?? '0'}`);
    const total = Math.round(hours * 60);
    return total > 0 ? total : null;
  }
  return null;
}

/** Date text → YYYY-MM-DD: ISO, or day-month-year with -, / or . (month first when `order` says so). */
export function dateOf(text: string, order: 'dmy' | 'mdy'): string | null {
  const t = text.trim().slice(0, 10);
  let y: number, mo: number, d: number;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
    if (!m) return null;
    const [a, b] = [Number(m[1]), Number(m[2])];
    [y, mo, d] = order === 'dmy' ? [Number(m[3]), b, a] : [Number(m[3]), a, b];
  }
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const back = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(back.getTime()) || back.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** Day-first unless some date can only be month-first (a middle part above 12 and a first part at most 12). */
export function guessDateOrder(values: readonly string[]): 'dmy' | 'mdy' {
  let dmy = false;
  let mdy = false;
  for (const v of values) {
    const m = /^(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}/.exec(v.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  return mdy && !dmy ? 'mdy' : 'dmy';
}
