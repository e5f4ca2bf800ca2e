import { z } from 'zod';
import { ACTIVITIES, EVENT_KINDS, LEVELS, REQUEST_STATUSES } from '../domain/constants';
import { id, isoDate, taskId } from './fields';

// The funder report (issue 7, point 2): one period's figures, as the screen, the exports and the CLI show them.

export const REPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const reportPeriod = z.object({ from: isoDate, to: isoDate }).strict()
  .refine((p) => p.from <= p.to, { message: 'field.endBeforeStart', path: ['to'] });

export const reportExportInput = z.object({
  from: isoDate, to: isoDate, format: z.enum(REPORT_FORMATS), taskId: taskId.optional(),
}).strict().refine((p) => p.from <= p.to, { message: 'field.endBeforeStart', path: ['to'] });

const int = z.number().int();
/** A count per key; `key` null = not known (no SBI code, no region, no intermediary). */
const keyed = z.array(z.object({ key: z.string().nullable(), count: int }));
const amount = { minutes: int, costCents: int };

export const funderReport = z.object({
  from: isoDate,
  to: isoDate,
  smes: z.object({
    /** Companies helped in the period, each KvK number once however many activities it took part in. */
    unique: int,
    /** Of those: through an assignment, through an event, or both. */
    viaAssignment: int,
    viaEvent: int,
    bySize: keyed,
    /** SBI section letter (A–V). */
    bySector: keyed,
    byRegion: keyed,
    byIntermediary: keyed,
  }),
  requests: z.object({ received: int, byStatus: z.array(z.object({ status: z.enum(REQUEST_STATUSES), count: int })) }),
  assignments: z.object({ started: int, delivered: int }),
  students: z.object({
    teams: int,
    students: int,
    byLevel: z.array(z.object({ level: z.enum(LEVELS), teams: int, students: int })),
  }),
  coaches: z.object({ count: int, names: z.array(z.string()) }),
  events: z.object({
    count: int,
    /** Registrations: one per company per event. */
    attendees: int,
    /** Companies that attended at least one event, each KvK number once. */
    uniqueAttendees: int,
    byKind: z.array(z.object({ kind: z.enum(EVENT_KINDS), events: int, attendees: int })),
    list: z.array(z.object({ id, eventDate: isoDate, kind: z.enum(EVENT_KINDS), topic: z.string(), capacity: int.nullable(), attendees: int })),
  }),
  hours: z.object({
    totals: z.object({ ...amount, entries: int }),
    byActivity: z.array(z.object({ activity: z.enum(ACTIVITIES), ...amount })),
    /** Cost carried by each funder; funderId null = not assigned to any funder. */
    byFunder: z.array(z.object({ funderId: id.nullable(), name: z.string(), costCents: int })),
  }),
  satisfaction: z.object({
    evaluations: int,
    avgSatisfaction: z.number().nullable(),
    avgRecommend: z.number().nullable(),
    /** Scores 1–10 with how many evaluations gave each. */
    satisfactionScores: z.array(z.object({ score: int, count: int })),
    recommendScores: z.array(z.object({ score: int, count: int })),
  }),
  maturity: z.object({
    /** Requests received in the period with a digital-maturity score at intake. */
    scored: int,
    average: z.number().nullable(),
    scores: z.array(z.object({ score: int, count: int })),
  }),
});
export type FunderReport = z.infer<typeof funderReport>;
