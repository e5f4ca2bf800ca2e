import { HOLIDAY_REGIONS, type HolidayRegion } from './constants';

// The government publishes school holidays as open data (JSON: content[].vacations[].regions[]). Real files
// pad names with spaces and newlines, write booleans as strings, and give end times in UTC that fall on the
// last local day (…T21:59Z in summer time, …T22:59Z in winter time). Everything here is about local
// calendar dates in the Netherlands.

export interface HolidayRecord {
  name: string;
  schoolYear: string;
  region: HolidayRegion;
  startDate: string;
  endDate: string;
  compulsory: boolean;
}

export interface HolidayParseResult {
  holidays: HolidayRecord[];
  problems: string[];
}

const AMSTERDAM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Dutch local calendar date of a timestamp or date string; null when it is not a date. */
export function amsterdamDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return AMSTERDAM.format(new Date(t)); // en-CA formats as YYYY-MM-DD
}

const clean = (v: unknown): string => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');

function asBool(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  return clean(v).toLowerCase() === 'true';
}

function regionsOf(raw: string): HolidayRegion[] | null {
  const r = raw.toLowerCase();
  if (r === 'heel nederland' || r === 'nederland' || r === 'landelijk') return [...HOLIDAY_REGIONS];
  return (HOLIDAY_REGIONS as readonly string[]).includes(r) ? [r as HolidayRegion] : null;
}

/** Parses the open-data JSON (as text or already parsed). Unusable entries are reported, not fatal. */
export function parseHolidayJson(input: unknown): HolidayParseResult {
  const problems: string[] = [];
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (e) {
      return { holidays: [], problems: [`JSON: ${(e as Error).message}`] };
    }
  }
  const content = (data as { content?: unknown })?.content;
  if (!Array.isArray(content)) return { holidays: [], problems: ['content[] ontbreekt'] };
  const out: HolidayRecord[] = [];
  content.forEach((block: { schoolyear?: unknown; vacations?: unknown }, bi) => {
    const schoolYear = clean(block?.schoolyear);
    if (!/^\d{4}-\d{4}$/.test(schoolYear)) problems.push(`content[${bi}]: schooljaar "${schoolYear}" onbekend`);
    if (!Array.isArray(block?.vacations)) {
      problems.push(`content[${bi}]: vacations[] ontbreekt`);
      return;
    }
    block.vacations.forEach((v: { type?: unknown; compulsorydates?: unknown; regions?: unknown }, vi) => {
      const name = clean(v?.type);
      if (!name || !Array.isArray(v?.regions)) {
        problems.push(`content[${bi}].vacations[${vi}]: naam of regions[] ontbreekt`);
        return;
      }
      v.regions.forEach((r: { region?: unknown; startdate?: unknown; enddate?: unknown }) => {
        const where = `${name} (${clean(r?.region) || '?'})`;
        const regions = regionsOf(clean(r?.region));
        const startDate = amsterdamDate(r?.startdate);
        const endDate = amsterdamDate(r?.enddate);
        if (!regions) return problems.push(`${where}: regio onbekend`);
        if (!startDate || !endDate) return problems.push(`${where}: datum ontbreekt of is ongeldig`);
        if (startDate > endDate) return problems.push(`${where}: einddatum ligt voor begindatum`);
        for (const region of regions) {
          out.push({ name, schoolYear, region, startDate, endDate, compulsory: asBool(v.compulsorydates) });
        }
      });
    });
  });
  return { holidays: out, problems };
}

/**
 * Whether a holiday takes the school week of `monday`: it must cover most (3 of 5) school days. A holiday from
 * Saturday to the next Sunday thus covers the week in between, and a lone Friday off does not.
 */
export function holidayCoversWeek(monday: string, startDate: string, endDate: string): boolean {
  const [y, m, d] = monday.split('-').map(Number) as [number, number, number];
  let covered = 0;
  for (let i = 0; i < 5; i++) {
    const day = new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10);
    if (day >= startDate && day <= endDate) covered++;
  }
  return covered >= 3;
}
