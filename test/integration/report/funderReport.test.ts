import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../electron/core/demo';
import type { FunderReport } from '../../../shared/schemas/report';
import { openCore, type Core } from '../../helpers/coreHarness';
import { independentFigures } from './independent';

const TODAY = '2026-11-27';
// A school year (1 Aug – 31 Jul), a calendar year, and a short custom stretch.
const PERIODS = [
  { from: '2025-08-01', to: '2026-07-31' },
  { from: '2026-01-01', to: '2026-12-31' },
  { from: '2026-03-09', to: '2026-04-19' },
];

let core: Core;
beforeAll(() => {
  core = openCore();
  generateDemo(core.db(), { scale: 'small', seed: 11, today: TODAY });
});
afterAll(() => core.close());

const total = (xs: { count: number }[]) => xs.reduce((n, x) => n + x.count, 0);
const countOf = (xs: { key: string | null; count: number }[], key: string | null) => xs.find((x) => x.key === key)?.count ?? 0;

describe('funder report on the demo, against SQL counted independently', () => {
  for (const p of PERIODS) {
    it(`${p.from} – ${p.to}: companies, requests, students, events and scores`, () => {
      const r = core.call('report:funder', p);
      const x = independentFigures(core.db(), p.from, p.to);
      expect(r.smes.unique).toBe(x.unique);
      expect(r.smes.unique).toBeGreaterThan(0);
      // Each split counts every company once: it adds up to the unique total.
      for (const split of [r.smes.bySize, r.smes.bySector, r.smes.byRegion, r.smes.byIntermediary]) expect(total(split)).toBe(x.unique);
      expect(Object.fromEntries(r.smes.bySize.map((s) => [s.key, s.count]))).toEqual(x.bySize);
      expect(Object.fromEntries(r.smes.byRegion.map((s) => [s.key ?? '?', s.count]))).toEqual(x.byRegion);
      expect(countOf(r.smes.bySector, null)).toBe(x.withoutSbi);
      expect(countOf(r.smes.bySector, 'G')).toBe(x.retail);
      expect(countOf(r.smes.byIntermediary, null)).toBe(x.noIntermediary);
      expect(r.smes.viaAssignment + r.smes.viaEvent).toBeGreaterThanOrEqual(r.smes.unique);

      expect(r.requests.received).toBe(x.received);
      expect(total(r.requests.byStatus)).toBe(x.received);
      expect(r.assignments.started).toBe(x.started);
      expect(r.students.teams).toBe(x.teams);
      expect(Object.fromEntries(r.students.byLevel.map((l) => [l.level, l.students]))).toEqual(x.students);
      expect(r.events.count).toBe(x.events);
      expect(r.events.attendees).toBe(x.visits);
      expect(r.events.uniqueAttendees).toBeLessThanOrEqual(r.events.attendees);

      expect(r.satisfaction.evaluations).toBe(x.evaluations);
      expect(r.satisfaction.avgSatisfaction).toBeCloseTo(x.avgSatisfaction ?? 0, 2);
      expect(r.satisfaction.avgRecommend).toBeCloseTo(x.avgRecommend ?? 0, 2);
      expect(total(r.satisfaction.satisfactionScores)).toBe(x.evaluations);
      expect(r.maturity.scored).toBe(x.maturityCount);
      expect(r.maturity.average).toBeCloseTo(x.avgMaturity ?? 0, 2);
      expect(total(r.maturity.scores)).toBe(x.maturityCount);
    });

    it(`${p.from} – ${p.to}: staff hours and cost reconcile to the cent with the cost dashboard`, () => {
      const r = core.call('report:funder', p);
      const d = core.call('costs:dashboard', { ...p, asOf: TODAY });
      const x = independentFigures(core.db(), p.from, p.to);
      expect(r.hours.totals).toEqual(d.totals);
      expect(r.hours.totals.costCents).toBe(x.costCents);
      expect(r.hours.totals.minutes).toBe(x.minutes);
      expect(r.hours.byActivity).toEqual(d.byActivity);
      expect(r.hours.byFunder).toEqual(d.byFunder.map(({ funderId, name, costCents }) => ({ funderId, name, costCents })));
      expect(r.hours.byActivity.reduce((n, a) => n + a.costCents, 0)).toBe(x.costCents);
      expect(r.hours.byFunder.reduce((n, f) => n + f.costCents, 0)).toBe(x.costCents);
      // The dashboard's "SMEs helped" (cost per SME) is the report's unique count.
      expect(d.perSme.smesHelped).toBe(r.smes.unique);
    });
  }
});

describe('unique by KvK number', () => {
  it('a second record with the same KvK number attending an event does not count twice; a new company does', () => {
    const p = PERIODS[0]!;
    const before: FunderReport = core.call('report:funder', p);
    const helped = core.db().prepare(`SELECT s.id, s.kvk, s.name FROM event_attendees a JOIN events e ON e.id = a.event_id
      JOIN smes s ON s.id = a.sme_id WHERE e.archived_at IS NULL AND e.event_date BETWEEN ? AND ? LIMIT 1`).get(p.from, p.to) as { id: number; kvk: string; name: string };
    // A duplicate the register has not merged yet (the app refuses a second KvK; an import or old data may not have).
    const twin = core.db().prepare(`INSERT INTO smes (name, kvk, fte) VALUES (?, ?, 3) RETURNING id`).pluck().get(`${helped.name} (dubbel)`, helped.kvk) as number;
    const spare = (n: number) => String(n).padStart(8, '0');
    let kvk = 0;
    while (core.count(`SELECT count(*) FROM smes WHERE kvk = ?`, spare(kvk)) > 0) kvk++;
    const created = core.call('events:create', {
      kind: 'webinar', topic: 'Telt uniek', eventDate: '2026-03-10', capacity: 10,
      attendeeIds: [twin, helped.id], newSmes: [{ name: 'Nieuw Bedrijf BV', kvk: spare(kvk), fte: 4 }],
    });
    expect(created.createdSmeIds).toHaveLength(1);
    const after = core.call('report:funder', p);
    expect(after.smes.unique).toBe(before.smes.unique + 1);
    expect(after.events.count).toBe(before.events.count + 1);
    expect(after.events.attendees).toBe(before.events.attendees + 3);
    expect(independentFigures(core.db(), p.from, p.to).unique).toBe(after.smes.unique);

    // Archived, the event no longer counts anywhere.
    core.call('events:archive', { id: created.id, archived: true });
    const archived = core.call('report:funder', p);
    expect(archived.events.count).toBe(before.events.count);
    expect(archived.smes.unique).toBe(before.smes.unique);
    core.call('events:archive', { id: created.id, archived: false });
  });

  it('refuses a period that ends before it starts', () => {
    expect(core.fail('report:funder', { from: '2026-02-01', to: '2026-01-01' }).code).toBe('invalid_input');
  });
});
