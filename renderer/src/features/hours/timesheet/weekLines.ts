import { ACTIVITIES, type Activity } from '../../../../../shared/domain/constants';
import { formatTimeText, parseTimeText } from '../../../../../shared/domain/hours/timeText';
import type { TimesheetWeek } from '../../../../../shared/schemas/hoursRows';
import type { TimesheetLineInput } from '../../../../../shared/schemas/hoursInputs';

/** One editable line of the week grid: the typed text per day, Monday first. */
export interface EditLine {
  key: string;
  activity: Activity;
  requestId: number | null;
  assignmentId: number | null;
  eventId: number | null;
  linkLabel: string | null;
  note: string;
  texts: string[];
}

const keyOf = (l: { activity: string; requestId: number | null; assignmentId: number | null; eventId: number | null }) =>
  `${l.activity}|${l.requestId ?? ''}|${l.assignmentId ?? ''}|${l.eventId ?? ''}`;

/**
 * Every activity gets a line of its own, so hours can be typed straight in without adding rows; lines linked to
 * a request, assignment or event follow their activity's line.
 */
export function linesOf(week: Pick<TimesheetWeek, 'lines'>): EditLine[] {
  const out: EditLine[] = [];
  for (const activity of ACTIVITIES) {
    const plain = week.lines.find((l) => l.activity === activity && !l.requestId && !l.assignmentId && !l.eventId);
    out.push({ key: keyOf({ activity, requestId: null, assignmentId: null, eventId: null }), activity, requestId: null, assignmentId: null,
      eventId: null, linkLabel: null, note: plain?.note ?? '', texts: (plain?.minutes ?? Array(7).fill(0)).map(formatTimeText) });
    for (const l of week.lines) {
      if (l.activity !== activity || (!l.requestId && !l.assignmentId && !l.eventId)) continue;
      out.push({ key: keyOf(l), activity, requestId: l.requestId, assignmentId: l.assignmentId, eventId: l.eventId,
        linkLabel: l.linkLabel, note: l.note, texts: l.minutes.map(formatTimeText) });
    }
  }
  return out;
}

/** Minutes of a cell; invalid text counts as nothing (the cell shows its own error). */
export const cellMinutes = (text: string) => parseTimeText(text) ?? 0;

export function dayTotals(lines: readonly EditLine[]): number[] {
  return Array.from({ length: 7 }, (_, d) => lines.reduce((s, l) => s + cellMinutes(l.texts[d]!), 0));
}

export const lineTotal = (l: EditLine) => l.texts.reduce((s, t) => s + cellMinutes(t), 0);

export function hasInvalid(lines: readonly EditLine[]): boolean {
  return lines.some((l) => l.texts.some((t) => parseTimeText(t) === null));
}

/** What timesheet:save gets: lines with hours (an all-empty line clears its entries). */
export function toSave(lines: readonly EditLine[]): TimesheetLineInput[] {
  return lines.filter((l) => lineTotal(l) > 0).map((l) => ({
    activity: l.activity, requestId: l.requestId, assignmentId: l.assignmentId, eventId: l.eventId, note: l.note.trim(),
    minutes: l.texts.map(cellMinutes),
  }));
}

/** Same minutes and notes as stored (texts may differ, "1,5" vs "1:30"). */
export function sameAs(lines: readonly EditLine[], stored: readonly EditLine[]): boolean {
  return JSON.stringify(toSave(lines)) === JSON.stringify(toSave(stored));
}
