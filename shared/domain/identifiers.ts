// Identifiers as they enter the app: normalise what people type, reject what cannot be right.
// Each returns null when the value is invalid so callers decide how to report it.

/** KvK number: exactly 8 digits; leading zeros are significant, so it is always text. */
export function normalizeKvk(input: string): string | null {
  const compact = input.replace(/[\s.\u00a0-]/g, '');
  return /^\d{8}$/.test(compact) ? compact : null;
}

/** Dutch postcode: 4 digits not starting with 0, two letters (SA, SD and SS are never issued). */
export function normalizePostcode(input: string): string | null {
  const m = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})\s*$/.exec(input.replace(/\u00a0/g, ' '));
  if (!m) return null;
  const letters = m[2]!.toUpperCase();
  if (letters === 'SA' || letters === 'SD' || letters === 'SS') return null;
  return `${m[1]} ${letters}`;
}

/** BRIN: two digits then two letters or digits, upper case. */
export function normalizeBrin(input: string): string | null {
  const compact = input.trim().toUpperCase();
  return /^\d{2}[A-Z0-9]{2}$/.test(compact) ? compact : null;
}

/** SBI activity code: 4 or 5 digits (dots as KvK prints them are dropped). */
export function normalizeSbi(input: string): string | null {
  const compact = input.replace(/[\s.]/g, '');
  return /^\d{4,5}$/.test(compact) ? compact : null;
}
