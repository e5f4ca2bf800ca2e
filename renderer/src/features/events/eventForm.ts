import type { EventInput, SpotSmeInput } from '../../../../shared/schemas/events';
import { ApiError } from '../../api/client';

/** What the form holds: the schema's input, except that capacity may be half-typed until it is checked. */
export type EventFormValues = Omit<EventInput, 'capacity' | 'newSmes' | 'attendeeIds' | 'speakers'> & {
  capacity: number | string | null;
  attendeeIds: number[];
  newSmes: SpotSmeInput[];
  speakers: string[];
};

export const emptyEvent = (today: string): EventFormValues => ({
  kind: 'webinar', topic: '', eventDate: today, speakers: [], capacity: null, location: null, attendeeIds: [], newSmes: [],
});

/** Speakers are typed one per line; blank lines are no speakers. */
export const speakersFromText = (text: string) => text.split('\n').map((s) => s.trim()).filter((s) => s.length > 0);

/** How many companies are registered and how far over capacity that is (0 when within it or without a limit). */
export function seats(v: Pick<EventFormValues, 'attendeeIds' | 'newSmes' | 'capacity'>) {
  const count = v.attendeeIds.length + v.newSmes.length;
  const capacity = typeof v.capacity === 'number' ? v.capacity : null;
  return { count, capacity, over: capacity === null ? 0 : Math.max(0, count - capacity) };
}

/**
 * A taken KvK number of a company added on the spot is about that company's field: put the core's message there
 * (the form kit places errors that carry a path) as well as at the top of the panel.
 */
export function kvkTakenOnField(e: unknown): unknown {
  if (e instanceof ApiError && e.code === 'kvk_taken' && Array.isArray(e.details)) {
    return new ApiError(e.code, e.message, (e.details as { path: string[] }[]).map((d) => ({ path: d.path, message: e.message })));
  }
  return e;
}
