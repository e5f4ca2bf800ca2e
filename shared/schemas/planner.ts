import { z } from 'zod';
import {
  ASSIGNMENT_STATUSES, HOLIDAY_REGIONS, LEVELS, PRIORITIES, REQUEST_STATUSES, THEMES, WEEK_KINDS,
} from '../domain/constants';
import { HARD_RULES, SOFT_RULES } from '../domain/planning/violations';
import { id, isoDate, optionalText, weekKey } from './fields';

// The planner's snapshot and commands. Shapes mirror shared/domain/planning/model.ts.

const violation = z.object({
  rule: z.enum([...HARD_RULES, ...SOFT_RULES]),
  hard: z.boolean(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const planSnapshot = z.object({
  terms: z.array(z.object({
    id, name: z.string(), schoolId: id, schoolYear: z.string(),
    weeks: z.array(z.object({ week: weekKey, kind: z.enum(WEEK_KINDS) })),
  })),
  teams: z.array(z.object({
    id, label: z.string(), slot: z.number().int(), cohortId: id, programmeId: id, programmeName: z.string(), schoolId: id,
    schoolName: z.string(), termId: id, level: z.enum(LEVELS), themes: z.array(z.enum(THEMES)),
    holidayRegion: z.enum(HOLIDAY_REGIONS), droppedOut: z.boolean(),
  })),
  cohorts: z.array(z.object({
    id, termId: id, teamCount: z.number().int(), studentsPerTeam: z.number().int(),
    minutesPerStudentWeek: z.number().int(), capacityMinutes: z.number().int(),
  })),
  requests: z.array(z.object({
    id, smeId: id, smeName: z.string(), smeSizeClass: z.enum(['micro', 'small', 'other']), smeRegion: z.string().nullable(),
    smeHolidayRegion: z.enum(HOLIDAY_REGIONS).nullable(), offeringId: id.nullable(), offeringName: z.string().nullable(),
    theme: z.enum(THEMES).nullable(), levels: z.array(z.enum(LEVELS)), durationWeeks: z.number().int(),
    effortMinutes: z.number().int(), priority: z.enum(PRIORITIES), status: z.enum(REQUEST_STATUSES), receivedOn: isoDate,
    preferredStart: isoDate.nullable(), preferredEnd: isoDate.nullable(),
  })),
  assignments: z.array(z.object({
    id, requestId: id, teamId: id, termId: id, startWeek: weekKey, endWeek: weekKey,
    status: z.enum(ASSIGNMENT_STATUSES), locked: z.boolean(), needsReplan: z.boolean(),
  })),
});

export const plannerData = planSnapshot.extend({
  /** Requests waiting for a team (ready for matching, not planned). */
  unplannedIds: z.array(id),
  /** Soft-rule warnings of each planned bar, by assignment id. */
  warnings: z.record(z.string(), z.array(violation)),
});
export type PlannerData = z.infer<typeof plannerData>;

export const plannerQuery = z.object({ termIds: z.array(id).min(1).max(50) }).strict();

export const assignInput = z.object({
  items: z.array(z.object({ requestId: id, teamId: id, startWeek: weekKey }).strict()).min(1).max(500),
}).strict();

export const moveInput = z.object({
  moves: z.array(z.object({ assignmentId: id, teamId: id, startWeek: weekKey, endWeek: weekKey.optional() }).strict()).min(1).max(500),
}).strict();

export const unplanInput = z.object({ assignmentIds: z.array(id).min(1).max(500) }).strict();

export const assignmentStatusInput = z.object({
  assignmentId: id,
  status: z.enum(['running', 'delivered', 'cancelled', 'planned']),
  reason: optionalText,
}).strict();

export const evaluationInput = z.object({
  assignmentId: id,
  satisfaction: z.number().int('field.integer').min(1, 'field.range1to10').max(10, 'field.range1to10'),
  wouldRecommend: z.number().int('field.integer').min(1, 'field.range1to10').max(10, 'field.range1to10'),
  deliverableGiven: z.boolean(),
  nextSteps: z.string().trim().max(4000).default(''),
  evaluatedOn: isoDate.optional(),
}).strict();

export const teamDropOutInput = z.object({ teamId: id, droppedOut: z.boolean(), on: isoDate.optional() }).strict();

export const planResult = z.object({
  ids: z.array(id),
  warnings: z.array(violation),
});
export type PlanResult = z.infer<typeof planResult>;
