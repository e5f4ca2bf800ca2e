import type { z } from 'zod';
import { sizeClassOf } from '../../../../shared/domain/sizeClass';
import type { smeInput, SmeInput } from '../../../../shared/schemas/inputs';
import { ApiError } from '../../api/client';

/** What the form holds: the schema's input, except that fte may be empty or half-typed until it is checked. */
export type SmeFormValues = Omit<SmeInput, 'fte'> & { fte: number | string | null };
export type SmeValues = z.output<typeof smeInput>;

export const EMPTY_SME: SmeFormValues = {
  name: '', kvk: '', sbiCode: null, sbiVersion: 'SBI2025', fte: null, postcode: null, municipality: null, region: null,
  holidayRegion: null, contactName: null, contactEmail: null, contactPhone: null, intermediaryId: null,
};

/** Optional identifiers are checked only when filled in, so an emptied field becomes null rather than ''. */
export const orNull = (v: string): string | null => (v.trim() === '' ? null : v);

/** The size class the table will show for this fte, or why there is none yet. */
export function sizeKey(fte: SmeFormValues['fte']): 'micro' | 'small' | 'larger' | 'unknown' {
  if (typeof fte !== 'number') return 'unknown';
  if (fte >= 50 && fte <= 249) return 'larger';
  return sizeClassOf(fte) ?? 'unknown';
}

/** A version without a code would be noise in the table and the export. */
export function withoutStrayVersion(v: SmeValues): SmeValues {
  return v.sbiCode ? v : { ...v, sbiVersion: null };
}

/**
 * A taken KvK number is about one field: put the core's message next to it (the form kit places errors that
 * carry a path) instead of only at the top of the panel.
 */
export function kvkTakenOnField(e: unknown): unknown {
  if (e instanceof ApiError && e.code === 'kvk_taken') return new ApiError(e.code, e.message, [{ path: ['kvk'], message: e.message }]);
  return e;
}
