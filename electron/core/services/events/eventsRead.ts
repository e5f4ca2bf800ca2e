import type { Database } from 'better-sqlite3';
import { costCentsSql } from '../../../../shared/domain/cost';
import type { EventAttendee, EventDetail, EventListRow } from '../../../../shared/schemas/events';
import { AppError } from '../../errors';
import { RATE_OF_ENTRY } from '../costs';
import { jsonList, stmt } from '../sql';

const SELECT_EVENT = `
  SELECT e.id, e.kind, e.topic, e.event_date AS eventDate, e.speakers, e.capacity, e.location,
         (SELECT count(*) FROM event_attendees a WHERE a.event_id = e.id) AS attendeeCount,
         coalesce((SELECT sum(t.minutes) FROM time_entries t WHERE t.event_id = e.id), 0) AS minutes,
         e.archived_at AS archivedAt
  FROM events e`;

type Raw = Omit<EventListRow, 'speakers' | 'archived'> & { speakers: string; archivedAt: string | null };
const toRow = ({ archivedAt, speakers, ...r }: Raw): EventListRow => ({ ...r, speakers: jsonList(speakers), archived: archivedAt !== null });

/** Every event, archived ones included (the screen filters), newest first. */
export function listEventTable(db: Database): EventListRow[] {
  return (stmt(db, `${SELECT_EVENT} ORDER BY e.event_date DESC, e.id DESC`).all() as Raw[]).map(toRow);
}

export function getEventRow(db: Database, id: number): EventListRow {
  const raw = stmt(db, `${SELECT_EVENT} WHERE e.id = ?`).get(id) as Raw | undefined;
  if (!raw) throw new AppError('not_found', { entity: 'Evenement', id });
  return toRow(raw);
}

/** One event with its attendees, the staff cost booked on it and the values its edit form starts from. */
export function getEventDetail(db: Database, id: number): EventDetail {
  const row = getEventRow(db, id);
  const attendees = (stmt(db, `
    SELECT s.id, s.name, s.kvk, s.size_class AS sizeClass, s.municipality, s.archived_at IS NOT NULL AS archived
    FROM event_attendees a JOIN smes s ON s.id = a.sme_id WHERE a.event_id = ? ORDER BY s.name COLLATE NOCASE, s.id`)
    .all(id) as (Omit<EventAttendee, 'archived'> & { archived: number })[]).map((a) => ({ ...a, archived: a.archived === 1 }));
  // The same formula as the cost dashboard, so an event's cost is what the dashboard counts for it.
  const costCents = stmt(db, `SELECT coalesce(sum(${costCentsSql('e.minutes', `coalesce(${RATE_OF_ENTRY}, 0)`)}), 0)
    FROM time_entries e WHERE e.event_id = ?`).pluck().get(id) as number;
  return {
    ...row,
    attendees,
    costCents,
    values: {
      kind: row.kind, topic: row.topic, eventDate: row.eventDate, speakers: row.speakers, capacity: row.capacity,
      location: row.location, attendeeIds: attendees.map((a) => a.id), newSmes: [],
    },
  };
}
