import { z } from 'zod';
import type { Language } from '../../../../shared/domain/constants';
import { fieldMessage } from '../../../../shared/i18n/fieldMessages';
import { offeringInput } from '../../../../shared/schemas/masterInputs';
import type { OfferingRow } from '../../../../shared/schemas/rows';
import { ApiError } from '../../api/client';

// People think of effort in hours; the core stores minutes. The form validates hours with the same rules
// (whole minutes, at most the core's 100,000) and converts only when saving.

const MAX_HOURS = Math.floor(100_000 / 60);

export const offeringForm = offeringInput.omit({ effortMinutes: true }).extend({
  effortHours: z.number().min(0, 'field.min0').max(MAX_HOURS, 'field.invalid'),
});

type FormInput = z.input<typeof offeringForm>;
/** The form's values: numbers may be empty or half-typed, a theme not yet chosen; the schema reports those. */
export type OfferingFormValues = Omit<FormInput, 'theme' | 'durationValue' | 'teamSize' | 'effortHours'> & {
  theme: FormInput['theme'] | null;
  durationValue: number | string | null;
  teamSize: number | string | null;
  effortHours: number | string | null;
};

export const EMPTY_OFFERING: OfferingFormValues = {
  name: '', theme: null, description: '', durationValue: null, durationUnit: 'weeks', effortHours: null, teamSize: 3,
  levels: [], programmeIds: [], termIds: [],
};

export function valuesOf(row: OfferingRow, links: { programmeIds: number[]; termIds: number[] }): OfferingFormValues {
  return {
    name: row.name, theme: row.theme, description: row.description, durationValue: row.durationValue,
    durationUnit: row.durationUnit, effortHours: Math.round((row.effortMinutes / 60) * 100) / 100, teamSize: row.teamSize,
    levels: [...row.levels], programmeIds: links.programmeIds, termIds: links.termIds,
  };
}

export function toInput({ effortHours, ...rest }: z.output<typeof offeringForm>): z.input<typeof offeringInput> {
  return { ...rest, effortMinutes: Math.round(effortHours * 60) };
}

/** An empty number field says "fill this in" rather than the generic "not valid". */
export function numberError(error: string | undefined, value: unknown, lang: Language): string | undefined {
  if (!error) return undefined;
  return value === null || value === undefined ? fieldMessage('field.required', lang) : error;
}

/** The core names effortMinutes; the form shows that message next to the hours field. */
export function effortOnHoursField(e: unknown): unknown {
  if (!(e instanceof ApiError) || !Array.isArray(e.details)) return e;
  const details = (e.details as { path?: string[] }[]).map((d) =>
    d.path?.[d.path.length - 1] === 'effortMinutes' ? { ...d, path: ['effortHours'] } : d);
  return new ApiError(e.code, e.message, details);
}
