import { z } from 'zod';
import {
  DURATION_UNITS, HOLIDAY_REGIONS, INTERMEDIARY_KINDS, LEVELS, PRIORITIES, SCHOOL_KINDS, THEMES, WEEK_KINDS,
} from '../domain/constants';
import { brin, id, isoDate, nonEmpty, optionalText, weekKey } from './fields';
import { smeInput } from './inputs';

// Inputs of the master-data screens (schools, terms, capacity, menukaart, SMEs, requests). The forms validate
// with these very schemas; the core parses them again at the IPC boundary.

const email = z.email('field.email').nullable().optional().or(z.literal('').transform(() => null));
const minutes = z.number().int('field.integer').min(0, 'field.min0');

export const schoolInput = z.object({
  name: nonEmpty,
  shortName: optionalText,
  kind: z.enum(SCHOOL_KINDS),
  brin,
  holidayRegion: z.enum(HOLIDAY_REGIONS),
  municipality: optionalText,
  contactName: optionalText,
  contactEmail: email,
}).strict();

export const programmeInput = z.object({
  schoolId: id,
  name: nonEmpty,
  level: z.enum(LEVELS),
  crebo: z.string().trim().regex(/^\d{5}$/, 'field.crebo').nullable().optional().or(z.literal('').transform(() => null)),
  isMinor: z.boolean().default(false),
  themes: z.array(z.enum(THEMES)).max(THEMES.length).default([]),
  coaches: z.array(z.string().trim().min(1)).max(20).default([]),
}).strict();

export const termInput = z.object({
  schoolId: id,
  name: nonEmpty,
  startDate: isoDate,
  endDate: isoDate,
}).strict().refine((t) => t.startDate <= t.endDate, { message: 'field.endBeforeStart', path: ['endDate'] })
  .refine((t) => Date.parse(t.endDate) - Date.parse(t.startDate) <= 400 * 86_400_000, {
    message: 'field.termTooLong',
    path: ['endDate'],
  });

export const weekKindInput = z.object({
  termId: id,
  week: weekKey,
  /** null = follow the regional holidays again */
  kind: z.enum(WEEK_KINDS).nullable(),
  note: optionalText,
}).strict();

export const holidayImportInput = z.object({ json: z.string().min(2, 'field.required').max(5_000_000) }).strict();

export const cohortInput = z.object({
  programmeId: id,
  termId: id,
  teamCount: z.number().int('field.integer').min(0, 'field.min0').max(500),
  studentsPerTeam: z.number().int('field.integer').min(1, 'field.min1').max(20),
  minutesPerStudentWeek: minutes.max(3600),
  coachName: optionalText,
}).strict();

export const teamRename = z.object({ teamId: id, name: optionalText }).strict();

export const offeringInput = z.object({
  name: nonEmpty,
  theme: z.enum(THEMES),
  description: z.string().trim().max(2000).default(''),
  durationValue: z.number().int('field.integer').min(1, 'field.min1').max(60),
  durationUnit: z.enum(DURATION_UNITS),
  effortMinutes: minutes.max(100_000),
  teamSize: z.number().int('field.integer').min(1, 'field.min1').max(20),
  levels: z.array(z.enum(LEVELS)).min(1, 'field.pickOne'),
  programmeIds: z.array(id).default([]),
  termIds: z.array(id).default([]),
}).strict();

export const requestInput = z.object({
  smeId: id,
  offeringId: id.nullable().optional(),
  question: z.string().trim().max(5000).default(''),
  digitalMaturity: z.number().int('field.integer').min(1, 'field.range1to10').max(10, 'field.range1to10').nullable().optional(),
  goals: z.array(z.string().trim().min(1)).max(20).default([]),
  obstacles: z.array(z.string().trim().min(1)).max(20).default([]),
  channel: optionalText,
  preferredStart: isoDate.nullable().optional(),
  preferredEnd: isoDate.nullable().optional(),
  priority: z.enum(PRIORITIES).default('normal'),
  ownerStaffId: id.nullable().optional(),
  receivedOn: isoDate.optional(),
}).strict().refine((r) => !r.preferredStart || !r.preferredEnd || r.preferredStart <= r.preferredEnd, {
  message: 'field.endBeforeStart',
  path: ['preferredEnd'],
});

/** An edit: the id plus the full new values (forms always send the whole record). */
export const withId = <T extends z.ZodType>(schema: T) => z.object({ id, values: schema }).strict();
export const archiveInput = z.object({ id, archived: z.boolean() }).strict();
export const byId = z.object({ id }).strict();
export const cohortRef = z.object({ cohortId: id }).strict();
export const empty = z.undefined().or(z.object({}).strict());
export const smeUpdate = withId(smeInput);
export const smeMerge = z.object({ keepId: id, mergeIds: z.array(id).min(1) }).strict()
  .refine((m) => !m.mergeIds.includes(m.keepId), { message: 'field.invalid', path: ['mergeIds'] });
export const rolloverInput = z.object({ fromYear: z.string().regex(/^\d{4}-\d{4}$/, 'field.schoolYear') }).strict();

/** A referring intermediary, added from the SME form. */
export const intermediaryInput = z.object({ name: nonEmpty, kind: z.enum(INTERMEDIARY_KINDS) }).strict();
export const intermediaryUpdate = withId(intermediaryInput);

/** Archived cohorts, optionally of one term (like cohorts:list). */
export const archivedCohortsQuery = z.object({ termId: id.optional() }).strict();
