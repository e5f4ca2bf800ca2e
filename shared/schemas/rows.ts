import { z } from 'zod';
import {
  ACTIVITIES, ASSIGNMENT_STATUSES, DEMO_SCALES, DURATION_UNITS, EVENT_KINDS, FUNDER_KINDS, HOLIDAY_REGIONS,
  INTERMEDIARY_KINDS, LANGUAGES, LEVELS, PRIORITIES, REQUEST_STATUSES, SCHOOL_KINDS, SIZE_CLASSES, THEMES, WEEK_KINDS,
} from '../domain/constants';
import { id, isoDate, weekKey } from './fields';

// Shapes of what the core returns. Column names are camelCase versions of the database columns.

const nullableText = z.string().nullable();

export const appInfo = z.object({
  version: z.string(),
  workspaceFile: z.string(),
  schemaVersion: z.number().int(),
  isDemo: z.boolean(),
  demoScale: z.enum(DEMO_SCALES).nullable(),
  createdAt: z.string(),
});
export type AppInfo = z.infer<typeof appInfo>;

export const settings = z.object({
  language: z.enum(LANGUAGES),
});
export type Settings = z.infer<typeof settings>;

export const schoolRow = z.object({
  id,
  name: z.string(),
  shortName: nullableText,
  kind: z.enum(SCHOOL_KINDS),
  brin: z.string(),
  holidayRegion: z.enum(HOLIDAY_REGIONS),
  municipality: nullableText,
  contactName: nullableText,
  contactEmail: nullableText,
  programmeCount: z.number().int(),
  archived: z.boolean(),
});
export type SchoolRow = z.infer<typeof schoolRow>;

export const programmeRow = z.object({
  id,
  schoolId: id,
  schoolName: z.string(),
  name: z.string(),
  level: z.enum(LEVELS),
  crebo: nullableText,
  isMinor: z.boolean(),
  themes: z.array(z.enum(THEMES)),
  coaches: z.array(z.string()),
  archived: z.boolean(),
});
export type ProgrammeRow = z.infer<typeof programmeRow>;

export const termRow = z.object({
  id,
  schoolId: id,
  schoolName: z.string(),
  name: z.string(),
  schoolYear: z.string(),
  startDate: isoDate,
  endDate: isoDate,
  weekCount: z.number().int(),
  teachingWeeks: z.number().int(),
  holidayWeeks: z.number().int(),
  examWeeks: z.number().int(),
  archived: z.boolean(),
});
export type TermRow = z.infer<typeof termRow>;

export const termWeekRow = z.object({
  week: weekKey,
  monday: isoDate,
  kind: z.enum(WEEK_KINDS),
  note: nullableText,
  /** The school set this week's kind by hand; holiday imports leave it alone. */
  manual: z.boolean(),
});
export type TermWeekRow = z.infer<typeof termWeekRow>;

export const cohortRow = z.object({
  id,
  programmeId: id,
  programmeName: z.string(),
  level: z.enum(LEVELS),
  schoolId: id,
  schoolName: z.string(),
  termId: id,
  termName: z.string(),
  schoolYear: z.string(),
  teamCount: z.number().int(),
  studentsPerTeam: z.number().int(),
  minutesPerStudentWeek: z.number().int(),
  coachName: nullableText,
  assignmentCount: z.number().int(),
});
export type CohortRow = z.infer<typeof cohortRow>;

export const offeringRow = z.object({
  id,
  name: z.string(),
  theme: z.enum(THEMES),
  description: z.string(),
  durationValue: z.number().int(),
  durationUnit: z.enum(DURATION_UNITS),
  effortMinutes: z.number().int(),
  teamSize: z.number().int(),
  levels: z.array(z.enum(LEVELS)),
  programmeCount: z.number().int(),
  requestCount: z.number().int(),
  archived: z.boolean(),
});
export type OfferingRow = z.infer<typeof offeringRow>;

export const smeRow = z.object({
  id,
  name: z.string(),
  kvk: z.string(),
  sbiCode: nullableText,
  sbiVersion: nullableText,
  fte: z.number(),
  sizeClass: z.enum(SIZE_CLASSES).or(z.literal('other')),
  postcode: nullableText,
  municipality: nullableText,
  region: nullableText,
  contactName: nullableText,
  contactEmail: nullableText,
  intermediaryName: nullableText,
  requestCount: z.number().int(),
  archived: z.boolean(),
});
export type SmeRow = z.infer<typeof smeRow>;

export const requestRow = z.object({
  id,
  smeId: id,
  smeName: z.string(),
  smeSizeClass: z.string(),
  smeMunicipality: nullableText,
  offeringId: id.nullable(),
  offeringName: nullableText,
  theme: z.enum(THEMES).nullable(),
  question: z.string(),
  digitalMaturity: z.number().int().nullable(),
  priority: z.enum(PRIORITIES),
  status: z.enum(REQUEST_STATUSES),
  statusReason: nullableText,
  ownerName: nullableText,
  receivedOn: isoDate,
  preferredStart: isoDate.nullable(),
  preferredEnd: isoDate.nullable(),
});
export type RequestRow = z.infer<typeof requestRow>;

export const assignmentRow = z.object({
  id,
  requestId: id,
  smeName: z.string(),
  offeringName: nullableText,
  teamId: id,
  teamLabel: z.string(),
  cohortId: id,
  programmeName: z.string(),
  schoolName: z.string(),
  termId: id,
  termName: z.string(),
  startWeek: weekKey,
  endWeek: weekKey,
  status: z.enum(ASSIGNMENT_STATUSES),
});
export type AssignmentRow = z.infer<typeof assignmentRow>;

export const intermediaryRow = z.object({
  id,
  name: z.string(),
  kind: z.enum(INTERMEDIARY_KINDS),
  smeCount: z.number().int(),
  archived: z.boolean(),
});
export type IntermediaryRow = z.infer<typeof intermediaryRow>;

export const staffRow = z.object({
  id,
  name: z.string(),
  role: z.string(),
  employer: nullableText,
  contractMinutesPerWeek: z.number().int(),
  currentRateCents: z.number().int().nullable(),
  archived: z.boolean(),
});
export type StaffRow = z.infer<typeof staffRow>;

export const monthlyCostRow = z.object({
  month: z.string(),
  activity: z.enum(ACTIVITIES),
  minutes: z.number().int(),
  costCents: z.number().int(),
});
export type MonthlyCostRow = z.infer<typeof monthlyCostRow>;

export const funderRow = z.object({
  id,
  name: z.string(),
  kind: z.enum(FUNDER_KINDS),
  budgetCents: z.number().int(),
  periodStart: isoDate.nullable(),
  periodEnd: isoDate.nullable(),
});
export type FunderRow = z.infer<typeof funderRow>;

export const eventRow = z.object({
  id,
  kind: z.enum(EVENT_KINDS),
  topic: z.string(),
  eventDate: isoDate,
  speakers: z.array(z.string()),
  capacity: z.number().int().nullable(),
  attendeeCount: z.number().int(),
});
export type EventRow = z.infer<typeof eventRow>;

export const reportSummary = z.object({
  from: isoDate,
  to: isoDate,
  uniqueSmes: z.number().int(),
  smesBySizeClass: z.array(z.object({ sizeClass: z.string(), count: z.number().int() })),
  requestsByStatus: z.array(z.object({ status: z.enum(REQUEST_STATUSES), count: z.number().int() })),
  assignmentsDelivered: z.number().int(),
  eventCount: z.number().int(),
  eventAttendees: z.number().int(),
  staffMinutes: z.number().int(),
  staffCostCents: z.number().int(),
  avgSatisfaction: z.number().nullable(),
  avgRecommend: z.number().nullable(),
});
export type ReportSummary = z.infer<typeof reportSummary>;

export const historyState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type HistoryState = z.infer<typeof historyState>;

export const historyStep = z.object({ done: z.string().nullable(), state: historyState });
