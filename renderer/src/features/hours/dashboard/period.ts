import { endOfMonth, endOfYear, format, startOfMonth, startOfYear, subMonths } from 'date-fns';

export type Preset = 'year' | 'last12' | 'schoolYear';
const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** Date ranges for the quick period buttons; the school year runs 1 September – 31 August. */
export function presetRange(preset: Preset, today = new Date()): { from: string; to: string } {
  if (preset === 'year') return { from: iso(startOfYear(today)), to: iso(endOfYear(today)) };
  if (preset === 'last12') return { from: iso(startOfMonth(subMonths(today, 11))), to: iso(endOfMonth(today)) };
  const y = today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
  return { from: `${y}-09-01`, to: `${y + 1}-08-31` };
}

/** Every month key (YYYY-MM) from `from` to `to`, so charts have no gaps. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  while ((y < ty || (y === ty && m <= tm)) && out.length < 240) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}
