import type { Database } from 'better-sqlite3';
import { stmt } from '../sql';

/**
 * Which activities count in a period, in one place for every figure of the report:
 * - an assignment counts when it is not cancelled and its first week starts in the period (the rule of the
 *   cost dashboard's "SMEs helped", so cost per SME and this report agree);
 * - an event counts when it is not archived and takes place in the period.
 */
export const ASSIGNMENTS_STARTED = `
  SELECT a.id, a.request_id, a.team_id FROM assignments a
  JOIN term_weeks w ON w.term_id = a.term_id AND w.week = a.start_week
  WHERE a.status <> 'cancelled' AND w.monday BETWEEN @from AND @to`;

export const EVENTS_HELD = `SELECT e.id, e.kind, e.topic, e.event_date, e.capacity FROM events e
  WHERE e.archived_at IS NULL AND e.event_date BETWEEN @from AND @to`;

export interface HelpedSme {
  kvk: string;
  sizeClass: string;
  sbiCode: string | null;
  region: string | null;
  intermediary: string | null;
  viaAssignment: boolean;
  viaEvent: boolean;
}

/**
 * Companies helped in the period, one per KvK number. Two records with one KvK number (a duplicate not merged
 * yet) are one company: the oldest record speaks for it, so each split of the report adds up to the total.
 */
export function helpedSmes(db: Database, from: string, to: string): HelpedSme[] {
  const rows = stmt(db, `
    WITH links AS (
      SELECT r.sme_id AS smeId, 1 AS viaA, 0 AS viaE FROM (${ASSIGNMENTS_STARTED}) a JOIN requests r ON r.id = a.request_id
      UNION ALL
      SELECT ea.sme_id, 0, 1 FROM (${EVENTS_HELD}) e JOIN event_attendees ea ON ea.event_id = e.id
    )
    SELECT s.id, s.kvk, s.size_class AS sizeClass, s.sbi_code AS sbiCode, nullif(trim(s.region), '') AS region,
           i.name AS intermediary, max(l.viaA) AS viaA, max(l.viaE) AS viaE
    FROM links l JOIN smes s ON s.id = l.smeId LEFT JOIN intermediaries i ON i.id = s.intermediary_id
    GROUP BY s.id ORDER BY s.id`).all({ from, to }) as (Omit<HelpedSme, 'viaAssignment' | 'viaEvent'> & { id: number; viaA: number; viaE: number })[];
  const byKvk = new Map<string, HelpedSme>();
  for (const r of rows) {
    const seen = byKvk.get(r.kvk);
    if (seen) {
      seen.viaAssignment ||= r.viaA === 1;
      seen.viaEvent ||= r.viaE === 1;
      continue;
    }
    byKvk.set(r.kvk, {
      kvk: r.kvk, sizeClass: r.sizeClass, sbiCode: r.sbiCode, region: r.region, intermediary: r.intermediary,
      viaAssignment: r.viaA === 1, viaEvent: r.viaE === 1,
    });
  }
  return [...byKvk.values()];
}
