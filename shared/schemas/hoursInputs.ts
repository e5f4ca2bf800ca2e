import { z } from 'zod';
import { ACTIVITIES, FUNDER_KINDS } from '../domain/constants';
import { id, isoDate, nonEmpty, optionalText, taskId } from './fields';

// Inputs of staff hours, rates, locks, imports, funders and budgets (issue 6). The forms validate with these
// schemas; the core parses them again at the IPC boundary.

const cents = z.number().int('field.integer').min(0, 'field.min0');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'field.invalid');

export const staffInput = z.object({
  name: nonEmpty,
  role: nonEmpty,
  employer: optionalText,
  contractMinutesPerWeek: z.number().int('field.integer').min(0, 'field.min0').max(3600, 'field.invalid'),
}).strict();

export const staffCreate = staffInput.extend({ hourlyRateCents: cents, effectiveFrom: isoDate }).strict();
export const staffUpdate = z.object({ id, values: staffInput }).strict();

/** A rate from `from`, up to and including `to` (null: until the next rate that already exists, or for ever). */
export const rateChange = z.object({
  staffId: id,
  from: isoDate,
  to: isoDate.nullable().default(null),
  hourlyRateCents: cents,
}).strict().refine((r) => r.to === null || r.from <= r.to, { message: 'field.endBeforeStart', path: ['to'] });

export const sharesInput = z.object({
  staffId: id,
  shares: z.array(z.object({ funderId: id, bp: z.number().int().min(0).max(10000) }).strict()).max(50),
}).strict().refine((s) => s.shares.reduce((a, x) => a + x.bp, 0) <= 10000, { message: 'field.invalid', path: ['shares'] });

export const weekQuery = z.object({ staffId: id, weekStart: isoDate }).strict();

/** One timesheet line: an activity (optionally linked) with minutes per day, Monday first. */
export const timesheetLine = z.object({
  activity: z.enum(ACTIVITIES),
  requestId: id.nullable().default(null),
  assignmentId: id.nullable().default(null),
  eventId: id.nullable().default(null),
  note: z.string().max(2000).default(''),
  minutes: z.array(z.number().int('field.integer').min(0, 'field.min0').max(1440, 'field.invalid')).length(7),
}).strict();
export type TimesheetLineInput = z.input<typeof timesheetLine>;

export const timesheetSave = z.object({ staffId: id, weekStart: isoDate, lines: z.array(timesheetLine).max(200) }).strict();

export const monthInput = z.object({ month }).strict();

export const importMapping = z.object({
  staff: z.string().nullable().optional(),
  date: z.string().nullable().optional(),
  duration: z.string().nullable().optional(),
  activity: z.string().nullable().optional(),
  note: z.string().nullable().optional(),
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
}).strict();

export const importInput = z.object({
  csv: z.string().max(20_000_000),
  mapping: importMapping.default({}),
  /** Given by the app for a large file: the core reads it in slices and reports progress; Cancel stops it. */
  taskId: taskId.optional(),
  /** Preview only: return at most this many rows (bad ones first); the counts still cover the whole file. */
  maxRows: z.number().int().min(1).max(100_000).optional(),
}).strict();

export const funderInput = z.object({ id: id.optional(), name: nonEmpty, kind: z.enum(FUNDER_KINDS) }).strict();

export const budgetInput = z.object({
  id: id.optional(),
  funderId: id,
  name: nonEmpty,
  periodStart: isoDate,
  periodEnd: isoDate,
  amountCents: cents,
  hoursMinutes: cents.nullable().default(null),
  cofinancingBp: z.number().int().min(0, 'field.min0').max(10000, 'field.invalid').default(10000),
}).strict().refine((b) => b.periodStart <= b.periodEnd, { message: 'field.endBeforeStart', path: ['periodEnd'] });

export const dashboardQuery = z.object({
  from: isoDate,
  to: isoDate,
  /** "Today" for forecasts; defaults to the real date (tests pass one). */
  asOf: isoDate.optional(),
}).strict();

/** Search for what a timesheet line can be linked to: requests, assignments and events whose names match. */
export const linkSearch = z.object({
  query: z.string().max(200).default(''),
  limit: z.number().int().min(1).max(50).default(20),
}).strict();
