import { format, parseISO } from 'date-fns';
import { enUS, nl as nlLocale } from 'date-fns/locale';
import type { Language } from '../../../shared/domain/constants';
import { parseWeekKey } from '../../../shared/domain/weeks';

// Formatting of dates, weeks, numbers, money (integer cents) and time (integer minutes) in the UI language.

const numberLocale = (lang: Language) => (lang === 'nl' ? 'nl-NL' : 'en-GB');
const dateLocale = (lang: Language) => (lang === 'nl' ? nlLocale : enUS);

const formatters = new Map<string, Intl.NumberFormat>();
function nf(lang: Language, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${lang}:${key}`;
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.NumberFormat(numberLocale(lang), options);
    formatters.set(id, f);
  }
  return f;
}

/** "1 sep 2026": date-fns' Dutch abbreviations carry a dot ("sep."), which reads fussy in tables. */
export function formatDate(iso: string | null | undefined, lang: Language): string {
  if (!iso) return '—';
  const d = parseISO(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return format(d, 'd MMM yyyy', { locale: dateLocale(lang) }).replace('.', '');
}

/** "sep 2026" for a month key "2026-09". */
export function formatMonth(month: string, lang: Language, withYear = true): string {
  const d = parseISO(`${month}-01`);
  if (Number.isNaN(d.getTime())) return month;
  return format(d, withYear ? 'MMM yyyy' : 'MMM', { locale: dateLocale(lang) }).replace('.', '');
}

/** "wk 36" for "2026-W36"; the year only when asked, for ranges that cross a year. */
export function formatWeek(key: string, withYear = false): string {
  try {
    const { year, week } = parseWeekKey(key);
    return withYear ? `wk ${week} (${year})` : `wk ${week}`;
  } catch {
    return key;
  }
}

export function formatNumber(n: number | null | undefined, lang: Language, maxDecimals = 0): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  return nf(lang, `n${maxDecimals}`, { maximumFractionDigits: maxDecimals }).format(n);
}

/** Money is stored in cents; whole euros unless there are cents to show. */
export function formatMoney(cents: number | null | undefined, lang: Language, showCents = false): string {
  if (cents === null || cents === undefined) return '—';
  const digits = showCents ? 2 : 0;
  return nf(lang, `eur${digits}`, {
    style: 'currency', currency: 'EUR', minimumFractionDigits: digits, maximumFractionDigits: digits,
  }).format(cents / 100);
}

/** Time is stored in minutes; shown as hours with at most one decimal: "12,5 u" / "12.5 h". */
export function formatHours(minutes: number | null | undefined, lang: Language): string {
  if (minutes === null || minutes === undefined) return '—';
  return `${formatNumber(minutes / 60, lang, 1)} ${lang === 'nl' ? 'u' : 'h'}`;
}

export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 10) / 10;
}
