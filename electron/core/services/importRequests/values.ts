import type { Priority } from '../../../../shared/domain/constants';

// Cell text → typed values. Each returns null for text it cannot read, so the caller can say which cell is wrong;
// the range and format rules themselves stay in the shared zod schemas.

/** "2,5", "2.5", "12 fte", "3 medewerkers" → number. */
export function numberOf(text: string): number | null {
  const m = /^([+-]?\d+(?:[.,]\d+)?)\s*(?:fte|medewerkers?|werknemers?|employees?|personen)?$/i.exec(text.trim());
  return m ? Number(m[1]!.replace(',', '.')) : null;
}

export type DateOrder = 'dmy' | 'mdy';

const DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:[ T].*)?$/;

/**
 * A date, maybe with a time after it (form exports stamp "27-11-2026 14:03:22"): ISO, or day-month-year with
 * -, / or . and a two- or four-digit year (month first when `order` says so). The time is dropped.
 */
export function dateOf(text: string, order: DateOrder): string | null {
  const t = text.trim();
  let y: number, mo: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(t);
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    const m = DMY.exec(t);
    if (!m) return null;
    const [a, b] = [Number(m[1]), Number(m[2])];
    y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    [mo, d] = order === 'dmy' ? [b, a] : [a, b];
  }
  const out = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const back = new Date(`${out}T00:00:00Z`);
  return Number.isNaN(back.getTime()) || back.toISOString().slice(0, 10) !== out ? null : out;
}

/** Day first, unless some date can only be month first (US-style form exports: 11/27/2026). */
export function guessDateOrder(values: Iterable<string>): DateOrder {
  let dmy = false;
  let mdy = false;
  for (const v of values) {
    const m = DMY.exec(v.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  return mdy && !dmy ? 'mdy' : 'dmy';
}

const PRIORITY_WORDS: Record<string, Priority> = {
  laag: 'low', low: 'low', normaal: 'normal', normal: 'normal', gemiddeld: 'normal', medium: 'normal',
  hoog: 'high', high: 'high', urgent: 'high', spoed: 'high',
};

export function priorityOf(text: string): Priority | null {
  return PRIORITY_WORDS[text.trim().toLowerCase()] ?? null;
}

/** Multiple-choice answers: form exports join them with ";" (and a trailing one); line breaks count too. */
export function listOf(text: string): string[] {
  return text.split(/[;\n]/).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '');
}

/** For one-line fields: line breaks and runs of spaces inside a cell become one space. */
export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** For matching names: case, accents and spacing do not matter. */
export const nameKey = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** For comparing company names: also ignores legal forms ("B.V.", "VOF"), as the duplicate finder does. */
export const companyKey = (s: string) => nameKey(s).replace(/\b(b\.?v\.?|v\.?o\.?f\.?)(?=\s|$)/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
