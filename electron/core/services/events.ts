import type { Database } from 'better-sqlite3';
import type { EventRow } from '../../../shared/schemas/rows';
import { jsonList, stmt } from './sql';

export function listEvents(db: Database): EventRow[] {
  const rows = stmt(db, `
    SELECT e.id, e.kind, e.topic, e.event_date AS eventDate, e.speakers, e.capacity,
           (SELECT count(*) FROM event_attendees a WHERE a.event_id = e.id) AS attendeeCount
    FROM events e WHERE e.archived_at IS NULL ORDER BY e.event_date DESC`).all() as (Omit<EventRow, 'speakers'> & {
    speakers: string;
  })[];
  return rows.map((r) => ({ ...r, speakers: jsonList(r.speakers) }));
}
