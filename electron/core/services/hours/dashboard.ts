import type { Database } from 'better-sqlite3';
import { ACTIVITIES, type Activity, type Language } from '../../../../shared/domain/constants';
import { costCentsSql } from '../../../../shared/domain/cost';
import { daysBetween, straightLineForecast } from '../../../../shared/domain/hours/forecast';
import type { CostDashboard } from '../../../../shared/schemas/hoursRows';
import { RATE_OF_ENTRY } from '../costs';
import { reportSummary } from '../reports';
import { stmt } from '../sql';
import { funderSplitter } from './funderRules';
import { listBudgets } from './funders';

interface Costed { staffId: number; date: string; minutes: number; activity: Activity; requestId: number | null; linked: number; cost: number }

/** Every entry in a date range with its cost, by the one formula of shared/domain/cost.ts. */
function costedEntries(db: Database, from: string, to: string): Costed[] {
  return stmt(db, `SELECT e.staff_id AS staffId, e.entry_date AS date, e.minutes, e.activity,
      coalesce(e.request_id, (SELECT a.request_id FROM assignments a WHERE a.id = e.assignment_id)) AS requestId,
      (e.request_id IS NOT NULL OR e.assignment_id IS NOT NULL OR e.event_id IS NOT NULL) AS linked,
      ${costCentsSql('e.minutes', `coalesce(${RATE_OF_ENTRY}, 0)`)} AS cost
    FROM time_entries e WHERE e.entry_date BETWEEN ? AND ?`).all(from, to) as Costed[];
}

const add = <K>(m: Map<K, { minutes: number; costCents: number }>, k: K, minutes: number, cost: number) => {
  const v = m.get(k) ?? { minutes: 0, costCents: 0 };
  v.minutes += minutes; v.costCents += cost;
  m.set(k, v);
};

function weekdaysBetween(from: string, to: string): number {
  let n = 0;
  const d = new Date(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  for (; d.getTime() <= end; d.setUTCDate(d.getUTCDate() + 1)) if (d.getUTCDay() % 6 !== 0) n++;
  return n;
}

/**
 * Everything the cost dashboard and the `costs` command show for a period. Each view sums the same costed
 * entries, so totals by month, activity, person and funder all equal the period total to the cent.
 */
export function costDashboard(db: Database, from: string, to: string, asOf: string, lang: Language): CostDashboard {
  const budgets = listBudgets(db).filter((b) => b.periodStart <= to && b.periodEnd >= from);
  const lo = budgets.reduce((m, b) => (b.periodStart < m ? b.periodStart : m), from);
  const hi = budgets.reduce((m, b) => { const end = b.periodEnd < asOf ? b.periodEnd : asOf; return end > m ? end : m; }, to);
  const all = costedEntries(db, lo, hi);
  const split = funderSplitter(db);
  // Each entry is split over its funders once; the period totals and every budget's burn read the same split.
  const splits = all.map((e) => split(e.staffId, e.date, e.cost));
  const inPeriod = all.map((e, i) => ({ e, s: splits[i]! })).filter(({ e }) => e.date >= from && e.date <= to);

  const byMonth = new Map<string, { minutes: number; costCents: number }>();
  const byActivity = new Map<Activity, { minutes: number; costCents: number }>();
  const byPerson = new Map<number, { minutes: number; costCents: number }>();
  const byFunder = new Map<number | null, { minutes: number; costCents: number }>();
  const byRequest = new Map<number, { minutes: number; costCents: number }>();
  let minutes = 0, costCents = 0, linkedCost = 0;
  for (const { e, s: { parts, unassigned } } of inPeriod) {
    minutes += e.minutes; costCents += e.cost;
    add(byMonth, `${e.date.slice(0, 7)}|${e.activity}`, e.minutes, e.cost);
    add(byActivity, e.activity, e.minutes, e.cost);
    add(byPerson, e.staffId, e.minutes, e.cost);
    if (e.requestId !== null) add(byRequest, e.requestId, e.minutes, e.cost);
    if (e.linked) linkedCost += e.cost;
    // Minutes go to a funder in proportion to its share of the cost; the cents are exact.
    for (const [f, c] of parts) add(byFunder, f, 0, c);
    if (unassigned > 0 || parts.size === 0) add(byFunder, null, 0, unassigned);
  }

  const staff = stmt(db, `SELECT id, name, contract_minutes_per_week AS c, archived_at AS a FROM staff ORDER BY name`).all() as { id: number; name: string; c: number; a: string | null }[];
  // Contract hours count up to "today" only, so a year in progress is not compared with a whole year's contract.
  const workdays = weekdaysBetween(from, to < asOf ? to : asOf);
  const funderNames = new Map((stmt(db, `SELECT id, name FROM funders`).all() as { id: number; name: string }[]).map((f) => [f.id, f.name]));
  const report = reportSummary(db, from, to);

  const burn = budgets.map((b) => {
    const end = b.periodEnd < asOf ? b.periodEnd : asOf;
    const cumulative = new Map<string, number>();
    let spent = 0;
    for (let i = 0; i < all.length; i++) {
      const e = all[i]!;
      if (e.date < b.periodStart || e.date > end) continue;
      const part = splits[i]!.parts.get(b.funderId) ?? 0;
      spent += part;
      cumulative.set(e.date.slice(0, 7), (cumulative.get(e.date.slice(0, 7)) ?? 0) + part);
    }
    let running = 0;
    const months = [...cumulative.keys()].sort().map((month) => ({ month, cumulativeCents: (running += cumulative.get(month)!) }));
    return { budgetId: b.id, funderId: b.funderId, funderName: b.funderName, budgetName: b.name, periodStart: b.periodStart, periodEnd: b.periodEnd,
      amountCents: b.amountCents, spentCents: spent, forecastCents: daysBetween(b.periodStart, asOf) < 0 ? 0 : straightLineForecast(spent, b.periodStart, b.periodEnd, asOf), months };
  });

  const top = [...byRequest.entries()].sort((a, b) => b[1].minutes - a[1].minutes || a[0] - b[0]).slice(0, 10);
  const requestInfo = stmt(db, `SELECT s.name AS smeName, o.name AS offeringName FROM requests r JOIN smes s ON s.id = r.sme_id
    LEFT JOIN offerings o ON o.id = r.offering_id WHERE r.id = ?`);

  return {
    from, to,
    totals: { minutes, costCents, entries: inPeriod.length },
    byMonth: [...byMonth.entries()].map(([k, v]) => ({ month: k.slice(0, 7), activity: k.slice(8) as Activity, ...v }))
      .sort((a, b) => a.month.localeCompare(b.month) || ACTIVITIES.indexOf(a.activity) - ACTIVITIES.indexOf(b.activity)),
    byActivity: ACTIVITIES.filter((a) => byActivity.has(a)).map((a) => ({ activity: a, ...byActivity.get(a)! })),
    byPerson: staff.filter((s) => byPerson.has(s.id) || !s.a).map((s) => ({
      staffId: s.id, name: s.name, ...(byPerson.get(s.id) ?? { minutes: 0, costCents: 0 }), contractMinutes: Math.round((s.c * workdays) / 5),
    })),
    byFunder: [...byFunder.entries()]
      .map(([f, v]) => ({ funderId: f, name: f === null ? (lang === 'nl' ? 'niet toegewezen' : 'not assigned') : funderNames.get(f) ?? String(f), ...v }))
      .sort((a, b) => (a.funderId === null ? 1 : b.funderId === null ? -1 : b.costCents - a.costCents)),
    burn,
    perSme: {
      smesHelped: report.uniqueSmes, linkedCostCents: linkedCost,
      costPerSmeCents: report.uniqueSmes > 0 ? Math.round(costCents / report.uniqueSmes) : null,
      delivered: report.assignmentsDelivered,
      costPerDeliveredCents: report.assignmentsDelivered > 0 ? Math.round(costCents / report.assignmentsDelivered) : null,
    },
    topRequests: top.map(([requestId, v]) => ({ requestId, ...(requestInfo.get(requestId) as { smeName: string; offeringName: string | null }), ...v })),
  };
}
