import { z } from 'zod';
import { ACTIVITIES, FUNDER_KINDS } from '../domain/constants';
import { id, isoDate } from './fields';

// Outputs of staff hours, rates, timesheets, imports, budgets and the cost dashboard (issue 6).

const int = z.number().int();

export const staffDetail = z.object({
  id, name: z.string(), role: z.string(), employer: z.string().nullable(), contractMinutesPerWeek: int,
  rates: z.array(z.object({ effectiveFrom: isoDate, hourlyRateCents: int })),
  shares: z.array(z.object({ funderId: id, funderName: z.string(), bp: int })),
});

export const ratePreview = z.object({
  entries: int, minutes: int, beforeCents: int, afterCents: int, diffCents: int,
  /** Rate rows as they are (before) and as they would be (after). */
  before: z.array(z.object({ effectiveFrom: isoDate, hourlyRateCents: int })),
  after: z.array(z.object({ effectiveFrom: isoDate, hourlyRateCents: int })),
});

export const timesheetWeek = z.object({
  staffId: id,
  weekStart: isoDate,
  days: z.array(isoDate).length(7),
  lines: z.array(z.object({
    activity: z.enum(ACTIVITIES),
    requestId: id.nullable(), assignmentId: id.nullable(), eventId: id.nullable(),
    linkLabel: z.string().nullable(),
    note: z.string(),
    minutes: z.array(int).length(7),
  })),
  /** Months (YYYY-MM) of this week that are closed. */
  lockedMonths: z.array(z.string()),
  contractMinutesPerWeek: int,
});
export type TimesheetWeek = z.infer<typeof timesheetWeek>;

export const saveResult = z.object({ inserted: int, deleted: int, updated: int });

export const lockedMonth = z.object({ month: z.string(), lockedAt: z.string() });

const problem = z.object({ key: z.enum(['staff', 'date', 'duration', 'activity', 'locked', 'tooLong']), value: z.string(), message: z.string() });
export const importPreview = z.object({
  source: z.enum(['clockify', 'toggl', 'kimai', 'unknown']),
  delimiter: z.string(),
  headers: z.array(z.string()),
  mapping: z.object({
    staff: z.string().nullable(), date: z.string().nullable(), duration: z.string().nullable(),
    activity: z.string().nullable(), note: z.string().nullable(), dateOrder: z.enum(['dmy', 'mdy']).nullable(),
  }),
  rows: z.array(z.object({
    line: int, staffName: z.string(), date: isoDate.nullable(), minutes: int.nullable(),
    activity: z.enum(ACTIVITIES).nullable(), note: z.string(), problems: z.array(problem),
  })),
  okCount: int,
  errorCount: int,
  totalMinutes: int,
});
export type ImportPreview = z.infer<typeof importPreview>;
export const importResult = z.object({ imported: int, minutes: int });

export const budgetRow = z.object({
  id, funderId: id, funderName: z.string(), funderKind: z.enum(FUNDER_KINDS), name: z.string(),
  periodStart: isoDate, periodEnd: isoDate, amountCents: int, hoursMinutes: int.nullable(), cofinancingBp: int,
});

const amount = { minutes: int, costCents: int };
export const costDashboard = z.object({
  from: isoDate,
  to: isoDate,
  totals: z.object({ ...amount, entries: int }),
  byMonth: z.array(z.object({ month: z.string(), activity: z.enum(ACTIVITIES), ...amount })),
  byActivity: z.array(z.object({ activity: z.enum(ACTIVITIES), ...amount })),
  byPerson: z.array(z.object({ staffId: id, name: z.string(), ...amount, contractMinutes: int })),
  /** Cost carried by each funder in the period; funderId null = not assigned to any funder. */
  byFunder: z.array(z.object({ funderId: id.nullable(), name: z.string(), ...amount })),
  burn: z.array(z.object({
    budgetId: id, funderId: id, funderName: z.string(), budgetName: z.string(), periodStart: isoDate, periodEnd: isoDate,
    amountCents: int, spentCents: int, forecastCents: int,
    /** Cumulative spend at the end of each month of the budget period up to asOf. */
    months: z.array(z.object({ month: z.string(), cumulativeCents: int })),
  })),
  perSme: z.object({ smesHelped: int, linkedCostCents: int, costPerSmeCents: int.nullable(), delivered: int, costPerDeliveredCents: int.nullable() }),
  topRequests: z.array(z.object({ requestId: id, smeName: z.string(), offeringName: z.string().nullable(), ...amount })),
});
export type CostDashboard = z.infer<typeof costDashboard>;

export const LINK_KINDS = ['request', 'assignment', 'event'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
/** One thing a timesheet line can be linked to; the picker words it (status names are the UI's). */
export const linkOption = z.object({
  kind: z.enum(LINK_KINDS), id,
  /** SME and offering, or the event's topic. */
  label: z.string(),
  /** Request or assignment status. */
  status: z.string().nullable(),
  /** The assignment's team: programme and team name or number. */
  team: z.string().nullable(),
  weeks: z.object({ start: z.string(), end: z.string() }).nullable(),
  /** A request's receipt date or an event's date. */
  date: isoDate.nullable(),
  /** Open requests, live assignments and events from a month ago on come first; the rest after. */
  active: z.boolean(),
});
export type LinkOption = z.infer<typeof linkOption>;
