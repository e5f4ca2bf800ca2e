/**
 * What someone types in a timesheet cell → minutes: "" (nothing), "1,5" / "1.5" (decimal hours), "1:30"
 * (hours:minutes), "90m" (minutes), "2u" / "2h". Null when it cannot be read or exceeds a day.
 */
export function parseTimeText(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  if (t === '' || t === '-') return 0;
  let m = /^(\d{1,2}):([0-5]\d)$/.exec(t);
  let minutes: number | null = null;
  if (m) minutes = Number(m[1]) * 60 + Number(m[2]);
  else if ((m = /^(\d{1,4})m(in)?$/.exec(t))) minutes = Number(m[1]);
  else if ((m = /^(\d{1,2})?(?:[.,](\d{1,3}))?[uh]?$/.exec(t)) && (m[1] !== undefined || m[2] !== undefined)) {
    minutes = Math.round(Number(`${m[1] ?? '0'}.${m[2] ?? '0'}`) * 60);
  }
  return minutes !== null && minutes <= 1440 ? minutes : null;
}

/** Minutes → "1:30" (exact; empty for zero), the form a cell shows after typing. */
export function formatTimeText(minutes: number): string {
  if (minutes === 0) return '';
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
