import type { Database } from 'better-sqlite3';
import type { ReportSummary } from '../../../shared/schemas/rows';
import { totalCost } from './costs';
import { stmt } from './sql';

/**
 * Headline numbers for a period. An SME counts as helped when one of its assignments ran in the period or it
 * attended an event then; it is counted once, by KvK number, however many activities it took part in.
 */
export function reportSummary(db: Database, from: string, to: string): ReportSummary {
  const helped = `
    WITH helped AS (
      SELECT s.kvk, s.size_class FROM assignments a
        JOIN requests r ON r.id = a.request_id JOIN smes s ON s.id = r.sme_id
        JOIN term_weeks w ON w.term_id = a.term_id AND w.week = a.start_week
        WHERE a.status <> 'cancelled' AND w.monday BETWEEN @from AND @to
      UNION
      SELECT s.kvk, s.size_class FROM event_attendees ea
        JOIN events e ON e.id = ea.event_id JOIN smes s ON s.id = ea.sme_id
        WHERE e.archived_at IS NULL AND e.event_date BETWEEN @from AND @to
    )`;
  const bySize = stmt(db, `${helped}
    SELECT size_class AS sizeClass, count(DISTINCT kvk) AS count FROM helped GROUP BY size_class ORDER BY size_class`)
    .all({ from, to }) as { sizeClass: string; count: number }[];
  const uniqueSmes = stmt(db, `${helped} SELECT count(DISTINCT kvk) FROM helped`).pluck().get({ from, to }) as number;
  const requestsByStatus = stmt(db, `
    SELECT status, count(*) AS count FROM requests
    WHERE archived_at IS NULL AND received_on BETWEEN ? AND ? GROUP BY status`).all(from, to) as ReportSummary['requestsByStatus'];
  const delivered = stmt(db, `
    SELECT count(*) FROM assignments a JOIN term_weeks w ON w.term_id = a.term_id AND w.week = a.end_week
    WHERE a.status IN ('delivered', 'evaluated') AND w.monday BETWEEN ? AND ?`).pluck().get(from, to) as number;
  const events = stmt(db, `
    SELECT count(DISTINCT e.id) AS eventCount, count(a.sme_id) AS attendees
    FROM events e LEFT JOIN event_attendees a ON a.event_id = e.id
    WHERE e.archived_at IS NULL AND e.event_date BETWEEN ? AND ?`).get(from, to) as { eventCount: number; attendees: number };
  const evals = stmt(db, `
    SELECT avg(satisfaction) AS sat, avg(would_recommend) AS rec FROM evaluations
    WHERE evaluated_on BETWEEN ? AND ?`).get(from, to) as { sat: number | null; rec: number | null };
  const cost = totalCost(db, from, to);
  return {
    from,
    to,
    uniqueSmes,
    smesBySizeClass: bySize,
    requestsByStatus,
    assignmentsDelivered: delivered,
    eventCount: events.eventCount,
    eventAttendees: events.attendees,
    staffMinutes: cost.minutes,
    staffCostCents: cost.costCents,
    avgSatisfaction: evals.sat === null ? null : Math.round(evals.sat * 10) / 10,
    avgRecommend: evals.rec === null ? null : Math.round(evals.rec * 10) / 10,
  };
}
