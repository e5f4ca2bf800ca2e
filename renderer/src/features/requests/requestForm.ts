import { z } from 'zod';
import { requestInput } from '../../../../shared/schemas/masterInputs';
import type { RequestDetail } from '../../../../shared/schemas/masterRows';

/**
 * The shared request schema, with one difference for the form: a company that is not chosen yet says "required"
 * instead of zod's generic type message. The core parses the same values with requestInput again.
 */
export const requestFormSchema = requestInput.safeExtend({ smeId: z.number('field.required').int().positive() });
export type RequestFormValues = z.input<typeof requestFormSchema>;

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A new request: nothing chosen yet, received today, normal priority. */
export function blankRequest(): RequestFormValues {
  return {
    // Not chosen yet: the schema reports it next to the field.
    smeId: undefined as unknown as number,
    offeringId: null,
    question: '',
    digitalMaturity: null,
    goals: [],
    obstacles: [],
    channel: null,
    preferredStart: null,
    preferredEnd: null,
    priority: 'normal',
    ownerStaffId: null,
    receivedOn: todayIso(),
  };
}

export const valuesOf = (v: RequestDetail['values']): RequestFormValues => ({ ...v });

/** Empty date fields are "not given" (null), not an invalid date. */
export const dateOrNull = (s: string): string | null => (s.trim() === '' ? null : s);
