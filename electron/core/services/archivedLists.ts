import type { Database } from 'better-sqlite3';
import type { ArchivedCohortRow, ArchivedRequestRow } from '../../../shared/schemas/masterRows';
import { getRequest } from './requests';
import { cohortRows } from './terms';
import { stmt } from './sql';

// The "show archived" views of records whose normal list leaves archived ones out (requests, cohorts). The other
// record types (schools, programmes, terms, offerings, SMEs) list archived rows with a flag instead.

/** Archived requests, most recently archived first, in the same shape as requests:list plus the archive date. */
export function listArchivedRequests(db: Database): ArchivedRequestRow[] {
  const ids = stmt(db, `SELECT id, archived_at AS archivedAt FROM requests WHERE archived_at IS NOT NULL
    ORDER BY archived_at DESC, id DESC`).all() as { id: number; archivedAt: string }[];
  // One cached lookup per row keeps the row's columns defined in one place (requests.ts); archives stay small.
  return ids.map(({ id, archivedAt }) => ({ ...getRequest(db, id), archivedAt }));
}

/** Archived cohorts (programme × term capacity), optionally of one term, like cohorts:list. */
export function listArchivedCohorts(db: Database, termId?: number): ArchivedCohortRow[] {
  return cohortRows(db, termId, true) as ArchivedCohortRow[];
}
