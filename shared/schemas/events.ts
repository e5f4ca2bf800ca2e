import { z } from 'zod';
import { EVENT_KINDS } from '../domain/constants';
import { id, isoDate, kvk, nonEmpty, optionalText, postcode } from './fields';

// Webinars and masterclasses (issue 7, point 3). The form validates with these schemas; the core parses them again.

/** A company added on the spot while registering attendance: just enough for the register and the funder report. */
export const spotSmeInput = z.object({
  name: nonEmpty,
  kvk,
  fte: z.number().min(0, 'field.min0').max(249),
  postcode: postcode.nullable().optional().or(z.literal('').transform(() => null)),
}).strict();
export type SpotSmeInput = z.input<typeof spotSmeInput>;

export const eventInput = z.object({
  kind: z.enum(EVENT_KINDS),
  topic: nonEmpty,
  eventDate: isoDate,
  speakers: z.array(z.string().trim().min(1)).max(20).default([]),
  capacity: z.number().int('field.integer').min(0, 'field.min0').max(100_000).nullable().default(null),
  location: optionalText,
  /** Companies from the register. */
  attendeeIds: z.array(id).max(5000).default([]),
  /** Companies new to the register, created with the event in the same action. */
  newSmes: z.array(spotSmeInput).max(200).default([]),
}).strict();
export type EventInput = z.input<typeof eventInput>;
export type EventValues = z.output<typeof eventInput>;

export const eventUpdate = z.object({ id, values: eventInput }).strict();

export const eventListRow = z.object({
  id,
  kind: z.enum(EVENT_KINDS),
  topic: z.string(),
  eventDate: isoDate,
  speakers: z.array(z.string()),
  capacity: z.number().int().nullable(),
  location: z.string().nullable(),
  attendeeCount: z.number().int(),
  /** Staff minutes booked on the event in the timesheet. */
  minutes: z.number().int(),
  archived: z.boolean(),
});
export type EventListRow = z.infer<typeof eventListRow>;

export const eventAttendee = z.object({
  id,
  name: z.string(),
  kvk: z.string(),
  sizeClass: z.string(),
  municipality: z.string().nullable(),
  archived: z.boolean(),
});
export type EventAttendee = z.infer<typeof eventAttendee>;

export const eventDetail = eventListRow.extend({
  attendees: z.array(eventAttendee),
  costCents: z.number().int(),
  values: z.object({
    kind: z.enum(EVENT_KINDS), topic: z.string(), eventDate: isoDate, speakers: z.array(z.string()),
    capacity: z.number().int().nullable(), location: z.string().nullable(), attendeeIds: z.array(id),
    newSmes: z.array(z.never()),
  }),
});
export type EventDetail = z.infer<typeof eventDetail>;

export const eventSaveResult = z.object({ id, createdSmeIds: z.array(id) });
