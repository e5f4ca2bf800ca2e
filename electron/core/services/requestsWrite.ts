import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { requestInput } from '../../../shared/schemas/masterInputs';
import type { RequestDetail } from '../../../shared/schemas/masterRows';
import { isoDate } from '../../../shared/domain/weeks';
import { AppError } from '../errors';
import { assertExists } from './archive';
import { jsonList } from './sql';

type RequestValues = z.output<typeof requestInput>;

const params = (v: RequestValues) => ({
  smeId: v.smeId, offeringId: v.offeringId ?? null, question: v.question, maturity: v.digitalMaturity ?? null,
  goals: JSON.stringify(v.goals), obstacles: JSON.stringify(v.obstacles), channel: v.channel ?? null,
  preferredStart: v.preferredStart ?? null, preferredEnd: v.preferredEnd ?? null, priority: v.priority,
  owner: v.ownerStaffId ?? null,
});

function assertLinks(db: Database, v: RequestValues): void {
  assertExists(db, 'smes', v.smeId);
  if (v.offeringId) assertExists(db, 'offerings', v.offeringId);
  if (v.ownerStaffId) assertExists(db, 'staff', v.ownerStaffId);
}

export function createRequest(db: Database, v: RequestValues): { id: number } {
  assertLinks(db, v);
  const receivedOn = v.receivedOn ?? isoDate(new Date());
  const id = db.prepare(`INSERT INTO requests (sme_id, offering_id, question, digital_maturity, goals, obstacles, channel,
      preferred_start, preferred_end, priority, owner_staff_id, status, received_on)
    VALUES (@smeId, @offeringId, @question, @maturity, @goals, @obstacles, @channel, @preferredStart, @preferredEnd,
      @priority, @owner, 'new', @receivedOn) RETURNING id`).pluck().get({ ...params(v), receivedOn }) as number;
  db.prepare(`INSERT INTO request_status_history (request_id, from_status, to_status, changed_on) VALUES (?, NULL, 'new', ?)`)
    .run(id, receivedOn);
  return { id };
}

export function updateRequest(db: Database, id: number, v: RequestValues): { id: number } {
  assertExists(db, 'requests', id);
  assertLinks(db, v);
  db.prepare(`UPDATE requests SET sme_id = @smeId, offering_id = @offeringId, question = @question,
      digital_maturity = @maturity, goals = @goals, obstacles = @obstacles, channel = @channel,
      preferred_start = @preferredStart, preferred_end = @preferredEnd, priority = @priority,
      owner_staff_id = @owner, received_on = coalesce(@receivedOn, received_on) WHERE id = @id`)
    .run({ ...params(v), receivedOn: v.receivedOn ?? null, id });
  return { id };
}

/** Everything the detail panel shows: the editable values, the status history and every logged change. */
export function requestDetail(db: Database, id: number): RequestDetail {
  const r = db.prepare(`SELECT * FROM requests WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!r) throw new AppError('not_found', { entity: 'Aanvraag', id });
  return {
    values: {
      smeId: r.sme_id as number,
      offeringId: r.offering_id as number | null,
      question: r.question as string,
      digitalMaturity: r.digital_maturity as number | null,
      goals: jsonList(r.goals as string),
      obstacles: jsonList(r.obstacles as string),
      channel: r.channel as string | null,
      preferredStart: r.preferred_start as string | null,
      preferredEnd: r.preferred_end as string | null,
      priority: r.priority as RequestDetail['values']['priority'],
      ownerStaffId: r.owner_staff_id as number | null,
      receivedOn: r.received_on as string,
    },
    statusHistory: db.prepare(`SELECT from_status AS fromStatus, to_status AS toStatus, reason, changed_on AS changedOn
      FROM request_status_history WHERE request_id = ? ORDER BY changed_on, id`).all(id) as RequestDetail['statusHistory'],
    changes: db.prepare(`SELECT g.at, g.actor, g.label, c.field, c.action, c.old_value AS oldValue, c.new_value AS newValue
      FROM change_log c JOIN action_groups g ON g.id = c.group_id
      WHERE c.entity = 'requests' AND c.entity_id = ? ORDER BY c.id DESC LIMIT 500`).all(id) as RequestDetail['changes'],
  };
}
