import { z } from 'zod';
import { HOLIDAY_REGIONS, REQUEST_STATUSES } from '../domain/constants';
import { id, isoDate } from './fields';
import { cohortRow, requestRow, smeRow } from './rows';

// Outputs of the master-data channels (see masterInputs.ts for what goes in).

export const idResult = z.object({ id });

export const capacityRow = z.object({
  schoolId: id,
  schoolName: z.string(),
  termId: id,
  termName: z.string(),
  schoolYear: z.string(),
  startDate: isoDate,
  cohorts: z.number().int(),
  teams: z.number().int(),
  students: z.number().int(),
  studentMinutesPerWeek: z.number().int(),
  teamsWithWork: z.number().int(),
});
export type CapacityRow = z.infer<typeof capacityRow>;

export const teamRow = z.object({
  id,
  cohortId: id,
  slot: z.number().int(),
  name: z.string().nullable(),
  droppedOutAt: isoDate.nullable(),
  assignmentCount: z.number().int(),
});
export type TeamRow = z.infer<typeof teamRow>;

export const holidayImportResult = z.object({
  holidays: z.number().int(),
  regions: z.array(z.string()),
  schoolYears: z.array(z.string()),
  weeksChanged: z.number().int(),
  problems: z.array(z.string()),
});

export const duplicateGroup = z.object({
  reason: z.enum(['kvk', 'name_postcode']),
  smes: z.array(smeRow),
});
export type DuplicateGroup = z.infer<typeof duplicateGroup>;

export const requestDetail = z.object({
  statusHistory: z.array(z.object({
    fromStatus: z.enum(REQUEST_STATUSES).nullable(),
    toStatus: z.enum(REQUEST_STATUSES),
    reason: z.string().nullable(),
    changedOn: isoDate,
  })),
  changes: z.array(z.object({
    at: z.string(),
    actor: z.string(),
    label: z.string(),
    field: z.string().nullable(),
    action: z.enum(['insert', 'update', 'delete']),
    oldValue: z.unknown(),
    newValue: z.unknown(),
  })),
  values: z.object({
    smeId: id,
    offeringId: id.nullable(),
    question: z.string(),
    digitalMaturity: z.number().int().nullable(),
    goals: z.array(z.string()),
    obstacles: z.array(z.string()),
    channel: z.string().nullable(),
    preferredStart: isoDate.nullable(),
    preferredEnd: isoDate.nullable(),
    priority: z.enum(['low', 'normal', 'high']),
    ownerStaffId: id.nullable(),
    receivedOn: isoDate,
  }),
});
export type RequestDetail = z.infer<typeof requestDetail>;

export const rolloverPreview = z.object({
  fromYear: z.string(),
  toYear: z.string(),
  terms: z.array(z.object({
    fromTermId: id,
    schoolName: z.string(),
    name: z.string(),
    startDate: isoDate,
    endDate: isoDate,
    newStartDate: isoDate,
    newEndDate: isoDate,
    weekCount: z.number().int(),
    cohorts: z.number().int(),
    teams: z.number().int(),
    exists: z.boolean(),
  })),
  offerings: z.number().int(),
});
export type RolloverPreview = z.infer<typeof rolloverPreview>;

export const holidayRow = z.object({
  id,
  name: z.string(),
  schoolYear: z.string(),
  region: z.enum(HOLIDAY_REGIONS),
  startDate: isoDate,
  endDate: isoDate,
  compulsory: z.boolean(),
});
export type HolidayRow = z.infer<typeof holidayRow>;

export const offeringLinks = z.object({ programmeIds: z.array(id), termIds: z.array(id) });

/** An archived record as the "show archived" views list it: the usual row plus the day it was archived. */
export const archivedRequestRow = requestRow.extend({ archivedAt: isoDate });
export type ArchivedRequestRow = z.infer<typeof archivedRequestRow>;
export const archivedCohortRow = cohortRow.extend({ archivedAt: isoDate });
export type ArchivedCohortRow = z.infer<typeof archivedCohortRow>;
