import type { Language } from '../../../../shared/domain/constants';
import type { FunderReport } from '../../../../shared/schemas/report';
import { reportTexts, sectorLabel } from './texts';

// The report as sections of figures and tables, built once and written by both the XLSX and the PDF export,
// so the two files always hold the same numbers.

export type CellType = 'text' | 'int' | 'decimal' | 'date' | 'money' | 'hours';
export type Cell = string | number | null;
/** `weight`: share of the printed table's width (default: 3 for text, 1.4 for the rest). */
export interface Column { header: string; type: CellType; weight?: number }
/** `foot` is a totals row, written after the rows (and never drawn as a bar). */
export interface Table { title: string; columns: Column[]; rows: Cell[][]; foot?: Cell[] }
export interface Section { key: string; title: string; figures: [label: string, value: Cell, type: CellType][]; tables: Table[] }

export function reportSections(r: FunderReport, lang: Language): Section[] {
  const tx = reportTexts(lang);
  const c = tx.col;
  const text = (header: string): Column => ({ header, type: 'text' });
  const int = (header: string): Column => ({ header, type: 'int' });
  const keyed = (title: string, header: string, rows: FunderReport['smes']['bySize'], label: (k: string | null) => string): Table =>
    ({ title, columns: [text(header), int(c.count)], rows: rows.map((x) => [label(x.key), x.count]) });
  const scoreTable = (title: string, scores: { score: number; count: number }[]): Table =>
    ({ title, columns: [int(c.score), int(c.count)], rows: scores.map((s) => [s.score, s.count]) });

  return [
    {
      key: 'smes', title: tx.sections.smes,
      figures: [[tx.kpi.unique, r.smes.unique, 'int'], [tx.kpi.viaAssignment, r.smes.viaAssignment, 'int'], [tx.kpi.viaEvent, r.smes.viaEvent, 'int']],
      tables: [
        keyed(c.sizeClass, c.sizeClass, r.smes.bySize, (k) => (k === null ? tx.unknown : tx.size[k] ?? k)),
        keyed(c.sector, c.sector, r.smes.bySector, (k) => sectorLabel(tx, k)),
        keyed(c.region, c.region, r.smes.byRegion, (k) => k ?? tx.unknown),
        keyed(c.intermediary, c.intermediary, r.smes.byIntermediary, (k) => k ?? tx.none),
      ],
    },
    {
      key: 'requests', title: tx.sections.requests,
      figures: [[tx.kpi.received, r.requests.received, 'int'], [tx.kpi.started, r.assignments.started, 'int'], [tx.kpi.delivered, r.assignments.delivered, 'int']],
      tables: [{ title: c.status, columns: [text(c.status), int(c.count)], rows: r.requests.byStatus.map((s) => [tx.status[s.status], s.count]) }],
    },
    {
      key: 'students', title: tx.sections.students,
      figures: [[tx.kpi.teams, r.students.teams, 'int'], [tx.kpi.students, r.students.students, 'int'], [tx.kpi.coaches, r.coaches.count, 'int']],
      tables: [
        { title: c.level, columns: [text(c.level), int(c.students), int(c.teams)], rows: r.students.byLevel.map((l) => [tx.level[l.level], l.students, l.teams]) },
        { title: c.coach, columns: [text(c.coach)], rows: r.coaches.names.map((n) => [n]) },
      ],
    },
    {
      key: 'events', title: tx.sections.events,
      figures: [[tx.kpi.events, r.events.count, 'int'], [tx.kpi.attendees, r.events.attendees, 'int'], [tx.kpi.uniqueAttendees, r.events.uniqueAttendees, 'int']],
      tables: [
        { title: c.kind, columns: [text(c.kind), int(c.events), int(c.attendees)], rows: r.events.byKind.map((k) => [tx.kind[k.kind], k.events, k.attendees]) },
        {
          title: tx.sections.events,
          columns: [{ header: c.date, type: 'date', weight: 1.3 }, { ...text(c.kind), weight: 1.4 }, { ...text(c.topic), weight: 5 }, int(c.capacity), int(c.attendees)],
          rows: r.events.list.map((e) => [e.eventDate, tx.kind[e.kind], e.topic, e.capacity, e.attendees]),
        },
      ],
    },
    {
      key: 'hours', title: tx.sections.hours,
      figures: [[tx.kpi.hours, r.hours.totals.minutes, 'hours'], [tx.kpi.cost, r.hours.totals.costCents, 'money']],
      tables: [
        {
          title: c.activity, columns: [text(c.activity), { header: c.hours, type: 'hours' }, { header: c.cost, type: 'money' }],
          rows: r.hours.byActivity.map((a) => [tx.activity[a.activity], a.minutes, a.costCents]), foot: [tx.total, r.hours.totals.minutes, r.hours.totals.costCents],
        },
        {
          title: c.funder, columns: [text(c.funder), { header: c.cost, type: 'money' }],
          rows: r.hours.byFunder.map((f) => [f.name, f.costCents]), foot: [tx.total, r.hours.totals.costCents],
        },
      ],
    },
    {
      key: 'satisfaction', title: tx.sections.satisfaction,
      figures: [[tx.kpi.evaluations, r.satisfaction.evaluations, 'int'], [tx.kpi.satisfaction, r.satisfaction.avgSatisfaction, 'decimal'],
        [tx.kpi.recommend, r.satisfaction.avgRecommend, 'decimal']],
      tables: [scoreTable(c.satisfaction, r.satisfaction.satisfactionScores), scoreTable(c.recommend, r.satisfaction.recommendScores)],
    },
    {
      key: 'maturity', title: tx.sections.maturity,
      figures: [[tx.kpi.maturityScored, r.maturity.scored, 'int'], [tx.kpi.maturity, r.maturity.average, 'decimal']],
      tables: [scoreTable(tx.sections.maturity, r.maturity.scores)],
    },
  ];
}
