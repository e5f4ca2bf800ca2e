import type { Database } from 'better-sqlite3';
import type { RequestRow } from '../../../shared/schemas/rows';
import type { RequestStatus } from '../../../shared/domain/constants';
import { STATUSES_NEEDING_REASON } from '../../../shared/domain/constants';
import { isoDate } from '../../../shared/domain/weeks';
import { AppError } from '../errors';
import { stmt } from './sql';

const SELECT_REQUEST = `
  SELECT r.id, r.sme_id AS smeId, s.name AS smeName, s.size_class AS smeSizeClass, s.municipality AS smeMunicipality,
         r.offering_id AS offeringId, o.name AS offeringName, o.theme, r.question,
         r.digital_maturity AS digitalMaturity, r.priority, r.status, r.status_reason AS statusReason,
         st.name AS ownerName, r.received_on AS receivedOn, r.preferred_start AS preferredStart,
         r.preferred_end AS preferredEnd
  FROM requests r
  JOIN smes s ON s.id = r.sme_id
  LEFT JOIN offerings o ON o.id = r.offering_id
  LEFT JOIN staff st ON st.id = r.owner_staff_id`;

export function listRequests(db: Database): RequestRow[] {
  return stmt(db, `${SELECT_REQUEST} WHERE r.archived_at IS NULL ORDER BY r.received_on DESC, r.id DESC`).all() as RequestRow[];
}

export function getRequest(db: Database, id: number): RequestRow {
  const row = stmt(db, `${SELECT_REQUEST} WHERE r.id = ?`).get(id) as RequestRow | undefined;
  if (!row) throw new AppError('not_found', { entity: 'Aanvraag', id });
  return row;
}

/** Moves a request to another pipeline status and records it in the status history. */
export function setRequestStatus(
  db: Database,
  input: { requestId: number; status: RequestStatus; reason?: string | null; on?: string | undefined },
): RequestRow {
  const current = getRequest(db, input.requestId);
  if (current.status === input.status) return current;
  if (STATUSES_NEEDING_REASON.includes(input.status) && !input.reason) {
    throw new AppError('invalid_input', {}, [{ path: ['reason'], key: 'field.required' }]);
  }
  const on = input.on ?? isoDate(new Date());
  stmt(db, `UPDATE requests SET status = ?, status_reason = ? WHERE id = ?`).run(
    input.status,
    input.reason ?? null,
    input.requestId,
  );
  stmt(db, `INSERT INTO request_status_history (request_id, from_status, to_status, reason, changed_on)
            VALUES (?, ?, ?, ?, ?)`).run(input.requestId, current.status, input.status, input.reason ?? null, on);
  return getRequest(db, input.requestId);
}
