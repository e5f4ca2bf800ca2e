import { z } from 'zod';
import { HOLIDAY_REGIONS, LANGUAGES, REQUEST_STATUSES, SBI_VERSIONS } from '../domain/constants';
import { id, isoDate, kvk, nonEmpty, optionalText, postcode, sbi } from './fields';

// What the renderer sends. The forms validate with these same schemas, so a message next to a field is the
// message the core would give.

export const empty = z.undefined().or(z.object({}).strict());

export const settingsPatch = z.object({ language: z.enum(LANGUAGES) }).partial().strict();

export const smeInput = z
  .object({
    name: nonEmpty,
    kvk,
    sbiCode: sbi.nullable().optional(),
    sbiVersion: z.enum(SBI_VERSIONS).nullable().optional(),
    fte: z.number().min(0).max(249),
    postcode: postcode.nullable().optional(),
    municipality: optionalText,
    region: optionalText,
    holidayRegion: z.enum(HOLIDAY_REGIONS).nullable().optional(),
    contactName: optionalText,
    contactEmail: z.email('field.invalid').nullable().optional().or(z.literal('').transform(() => null)),
    contactPhone: optionalText,
    intermediaryId: id.nullable().optional(),
  })
  .strict();
export type SmeInput = z.input<typeof smeInput>;

export const requestStatusChange = z
  .object({
    requestId: id,
    status: z.enum(REQUEST_STATUSES),
    reason: optionalText,
    on: isoDate.optional(),
  })
  .strict();

export const termFilter = z.object({ termId: id.optional() }).strict();
export const termWeeksQuery = z.object({ termId: id }).strict();
export const period = z.object({ from: isoDate, to: isoDate }).strict();
