import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';

/**
 * Some refusals of the core are about one field (a BRIN that is taken, a programme that already has capacity in
 * a term). Re-throw them with that field's path so the form kit shows the message next to the field.
 */
export async function onField<T>(work: Promise<T>, fieldOfCode: Record<string, string>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    const field = e instanceof ApiError ? fieldOfCode[e.code] : undefined;
    if (e instanceof ApiError && field) throw new ApiError(e.code, e.message, [{ path: [field], message: e.message }]);
    throw e;
  }
}

/** An empty select says "make a choice" rather than zod's generic "not valid". */
export function pickError(t: TFunction, value: unknown, error: string | undefined): string | undefined {
  if (!error) return undefined;
  return value === null || value === undefined || value === '' ? t('educationEdit.choose') : error;
}

/** Options of a select from a closed vocabulary, labelled through an enum section of the locale. */
export function enumOptions<T extends string>(values: readonly T[], label: (v: T) => string) {
  return values.map((value) => ({ value, label: label(value) }));
}
