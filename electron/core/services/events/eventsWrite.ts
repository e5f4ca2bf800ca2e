import type { Database } from 'better-sqlite3';
import type { EventValues } from '../../../../shared/schemas/events';
import { AppError } from '../../errors';
import { setArchived } from '../archive';
import { createSme } from '../smes';
import { stmt } from '../sql';

/**
 * Companies registered for an event: the picked ones (a merged record stands for the one it was merged into)
 * plus the ones added on the spot, which become real records in the register. Runs inside the caller's action,
 * so the event and its new companies are saved, and undone, together.
 */
function attendeeIds(db: Database, v: EventValues): { ids: number[]; created: number[] } {
  const ids = new Set<number>();
  const find = stmt(db, `SELECT id, merged_into_id AS mergedInto FROM smes WHERE id = ?`);
  for (const id of v.attendeeIds) {
    const row = find.get(id) as { id: number; mergedInto: number | null } | undefined;
    if (!row) throw new AppError('not_found', { entity: 'MKB-bedrijf', id });
    ids.add(row.mergedInto ?? row.id);
  }
  const taken = stmt(db, `SELECT name FROM smes WHERE kvk = ? AND merged_into_id IS NULL`);
  const seen = new Map<string, string>();
  v.newSmes.forEach((s, i) => {
    const other = (taken.get(s.kvk) as { name: string } | undefined)?.name ?? seen.get(s.kvk);
    if (other !== undefined) throw new AppError('kvk_taken', { kvk: s.kvk, name: other }, [{ path: ['newSmes', String(i), 'kvk'] }]);
    seen.set(s.kvk, s.name);
  });
  const created = v.newSmes.map((s) => createSme(db, {
    name: s.name, kvk: s.kvk, fte: s.fte, postcode: s.postcode ?? null, municipality: null, region: null, contactName: null, contactPhone: null,
  }).id);
  created.forEach((id) => ids.add(id));
  return { ids: [...ids], created };
}

const fields = (v: EventValues) => ({
  kind: v.kind, topic: v.topic, eventDate: v.eventDate, speakers: JSON.stringify(v.speakers), capacity: v.capacity,
  location: v.location ?? null,
});

function setAttendees(db: Database, eventId: number, ids: readonly number[]): void {
  const current = new Set((stmt(db, `SELECT sme_id FROM event_attendees WHERE event_id = ?`).pluck().all(eventId) as number[]));
  const wanted = new Set(ids);
  // Only the difference is written, so the change log (and undo) holds what really changed.
  const remove = stmt(db, `DELETE FROM event_attendees WHERE event_id = ? AND sme_id = ?`);
  for (const id of current) if (!wanted.has(id)) remove.run(eventId, id);
  const add = stmt(db, `INSERT INTO event_attendees (event_id, sme_id) VALUES (?, ?)`);
  for (const id of wanted) if (!current.has(id)) add.run(eventId, id);
}

export function createEvent(db: Database, v: EventValues): { id: number; createdSmeIds: number[] } {
  const { ids, created } = attendeeIds(db, v);
  const id = stmt(db, `INSERT INTO events (kind, topic, event_date, speakers, capacity, location)
    VALUES (@kind, @topic, @eventDate, @speakers, @capacity, @location) RETURNING id`).pluck().get(fields(v)) as number;
  setAttendees(db, id, ids);
  return { id, createdSmeIds: created };
}

export function updateEvent(db: Database, id: number, v: EventValues): { id: number; createdSmeIds: number[] } {
  const res = stmt(db, `UPDATE events SET kind = @kind, topic = @topic, event_date = @eventDate, speakers = @speakers,
    capacity = @capacity, location = @location WHERE id = @id`).run({ ...fields(v), id });
  if (res.changes === 0) throw new AppError('not_found', { entity: 'Evenement', id });
  const { ids, created } = attendeeIds(db, v);
  setAttendees(db, id, ids);
  return { id, createdSmeIds: created };
}

export const archiveEvent = (db: Database, id: number, archived: boolean) => setArchived(db, 'events', id, archived);
