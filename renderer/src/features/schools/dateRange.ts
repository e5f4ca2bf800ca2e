import type { Language } from '../../../../shared/domain/constants';
import { formatDate } from '../../i18n/format';

/** "10 okt – 18 okt 2026": a date range with the year once, unless the range crosses New Year. */
export function formatRange(start: string, end: string, lang: Language): string {
  const from = formatDate(start, lang);
  const to = formatDate(end, lang);
  return start.slice(0, 4) === end.slice(0, 4) ? `${from.replace(/ \d{4}$/, '')} – ${to}` : `${from} – ${to}`;
}
