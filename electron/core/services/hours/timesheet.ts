import type { Database } from 'better-sqlite3';
import type { Activity, Language } from '../../../../shared/domain/constants';
import { nextDay } from '../../../../shared/domain/hours/rates';
import type { z } from 'zod';
import type { timesheetSave } from '../../../../shared/schemas/hoursInputs';
import type { TimesheetWeek } from '../../../../shared/schemas/hoursRows';
import { AppError } from '../../errors';
import { stmt } from '../sql';
import { linkLabel, normaliseLinks } from './links';
import { assertUnlocked, lockedAmong, monthOf } from './locks';

interface EntryRow {
  id: number; date: string; minutes: number; activity: Activity;
  requestId: number | null; assignmentId: number | null; eventId: number | null; note: string;
}

/** The Monday of the week a date falls in (ISO weeks start on Monday). */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function weekDays(weekStart: string): string[] {
  const days = [mondayOf(weekStart)];
  while (days.length < 7) days.push(nextDay(days[days.length - 1]!));
  return days;
}

/** A timesheet line is one activity with one (optional) link; entries with the same key share a line. */
const keyOf = (e: { activity: string; requestId: number | null; assignmentId: number | null; eventId: number | null }) =>
  `${e.activity}|${e.requestId ?? ''}|${e.assignmentId ?? ''}|${e.eventId ?? ''}`;

function entriesOfWeek(db: Database, staffId: number, days: string[]): EntryRow[] {
  return stmt(db, `SELECT id, entry_date AS date, minutes, activity, request_id AS requestId, assignment_id AS assignmentId,
      event_id AS eventId, note FROM time_entries WHERE staff_id = ? AND entry_date BETWEEN ? AND ? ORDER BY id`)
    .all(staffId, days[0], days[6]) as EntryRow[];
}

export function timesheetWeek(db: Database, staffId: number, weekStart: string): TimesheetWeek {
  const contract = stmt(db, `SELECT contract_minutes_per_week FROM staff WHERE id = ?`).pluck().get(staffId) as number | undefined;
  if (contract === undefined) throw new AppError('not_found', { entity: 'Medewerker', id: staffId });
  const days = weekDays(weekStart);
  const lines = new Map<string, TimesheetWeek['lines'][number]>();
  for (const e of entriesOfWeek(db, staffId, days)) {
    const k = keyOf(e);
    let line = lines.get(k);
    if (!line) {
      line = { activity: e.activity, requestId: e.requestId, assignmentId: e.assignmentId, eventId: e.eventId,
        linkLabel: linkLabel(db, e), note: e.note, minutes: [0, 0, 0, 0, 0, 0, 0] };
      lines.set(k, line);
    }
    if (!line.note && e.note) line.note = e.note;
    line.minutes[days.indexOf(e.date)]! += e.minutes;
  }
  return {
    staffId, weekStart: days[0]!, days, lines: [...lines.values()],
    lockedMonths: lockedAmong(db, days.map(monthOf)), contractMinutesPerWeek: contract,
  };
}

/**
 * Saves a whole week: for each line and day the stored entries are made to add up to the minutes given (one
 * entry per cell after a change; untouched cells keep their entries as they are). Lines left out are cleared.
 * Anything that would change inside a closed month refuses the whole save.
 */
export function saveTimesheet(db: Database, input: z.output<typeof timesheetSave>, lang: Language) {
  const days = weekDays(input.weekStart);
  if (stmt(db, `SELECT 1 FROM staff WHERE id = ?`).get(input.staffId) === undefined) throw new AppError('not_found', { entity: 'Medewerker', id: input.staffId });
  const target = new Map<string, { line: (typeof input.lines)[number]; minutes: number[] }>();
  for (const line of input.lines.map((l) => normaliseLinks(db, l))) {
    const k = keyOf(line);
    const t = target.get(k);
    if (t) line.minutes.forEach((m, i) => (t.minutes[i]! += m));
    else target.set(k, { line, minutes: [...line.minutes] });
  }
  const existing = entriesOfWeek(db, input.staffId, days);
  const cells = new Map<string, EntryRow[]>();
  for (const e of existing) {
    const k = `${keyOf(e)}#${e.date}`;
    cells.set(k, [...(cells.get(k) ?? []), e]);
  }
  const del: number[] = [];
  const ins: { date: string; minutes: number; line: (typeof input.lines)[number] }[] = [];
  const notes: { id: number; note: string; date: string }[] = [];
  const touched = new Set<string>();
  const keys = new Set([...target.keys(), ...existing.map(keyOf)]);
  for (const k of keys) {
    const t = target.get(k);
    days.forEach((date, i) => {
      const have = cells.get(`${k}#${date}`) ?? [];
      const want = t ? t.minutes[i]! : 0;
      const sum = have.reduce((s, e) => s + e.minutes, 0);
      if (sum !== want) {
        if (want > 1440) throw new AppError('invalid_input', {}, [{ path: ['lines'], key: 'field.invalid' }]);
        del.push(...have.map((e) => e.id));
        if (want > 0 && t) ins.push({ date, minutes: want, line: t.line });
        touched.add(monthOf(date));
      } else if (t) {
        for (const e of have) if (e.note !== t.line.note) notes.push({ id: e.id, note: t.line.note, date });
      }
    });
  }
  for (const n of notes) touched.add(monthOf(n.date));
  assertUnlocked(db, touched, lang);
  const remove = stmt(db, `DELETE FROM time_entries WHERE id = ?`);
  for (const id of del) remove.run(id);
  const insert = stmt(db, `INSERT INTO time_entries (staff_id, entry_date, minutes, activity, request_id, assignment_id, event_id, note)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const x of ins) insert.run(input.staffId, x.date, x.minutes, x.line.activity, x.line.requestId, x.line.assignmentId, x.line.eventId, x.line.note);
  const setNote = stmt(db, `UPDATE time_entries SET note = ? WHERE id = ?`);
  for (const n of notes) setNote.run(n.note, n.id);
  return { inserted: ins.length, deleted: del.length, updated: notes.length };
}
