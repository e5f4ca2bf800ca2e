import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../helpers/coreHarness';
import { buildWorld } from '../planner/world';
import { fillWeeks, hoursWorld } from './world';

let core: Core;
beforeEach(() => {
  core = openCore();
});
afterEach(() => core.close());

const Q = { from: '2026-01-01', to: '2026-12-31', asOf: '2026-04-01' };

describe('budgets', () => {
  it('can be edited and deleted; the burn and funder totals follow, and undo brings a deleted budget back', () => {
    const h = hoursWorld(core);
    fillWeeks(core, h.anna, h.bram);
    const before = core.call('costs:dashboard', Q);
    const gemeente = core.call('budgets:list').find((b) => b.funderId === h.gemeente)!;
    const carried = (d: typeof before) => d.byFunder.find((f) => f.funderId === h.gemeente)?.costCents ?? 0;
    expect(carried(before)).toBeGreaterThan(0);

    const { funderName: _n, funderKind: _k, ...values } = gemeente;
    core.call('budgets:save', { ...values, amountCents: 2_000_000, cofinancingBp: 5000 });
    const edited = core.call('costs:dashboard', Q);
    expect(edited.burn.find((b) => b.budgetId === gemeente.id)?.amountCents).toBe(2_000_000);
    expect(carried(edited)).toBeGreaterThan(carried(before));
    expect(edited.totals.costCents).toBe(before.totals.costCents);

    core.call('budgets:delete', { id: gemeente.id });
    const deleted = core.call('costs:dashboard', Q);
    expect(deleted.burn.map((b) => b.budgetId)).not.toContain(gemeente.id);
    expect(carried(deleted)).toBe(0);
    // Funder totals still add up to the total cost: what the municipality carried is now "not assigned".
    expect(deleted.byFunder.reduce((s, f) => s + f.costCents, 0)).toBe(deleted.totals.costCents);

    core.call('history:undo');
    expect(core.call('budgets:list').find((b) => b.id === gemeente.id)?.amountCents).toBe(2_000_000);
  });

  it('refuses to delete a budget that does not exist, with a clear message', () => {
    expect(core.fail('budgets:delete', { id: 999 }).message).toBe('Begroting 999 bestaat niet (meer).');
  });
});

describe('timesheet links', () => {
  it('finds requests, assignments and events by words of their names', () => {
    const w = buildWorld(core);
    core.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2026-W37' }] });
    core.db().prepare(`INSERT INTO events (kind, topic, event_date) VALUES ('webinar', 'Webinar websites voor bakkers', '2026-09-20')`).run();
    const found = core.call('timesheet:links', { query: 'bakker' });
    expect(found.map((o) => [o.kind, o.label])).toEqual([
      ['request', 'Bakkerij Bol – Website vernieuwen'],
      ['assignment', 'Bakkerij Bol – Website vernieuwen'],
      ['event', 'Webinar websites voor bakkers'],
    ]);
    expect(found[1]).toMatchObject({ team: 'Software Developer · team 1', weeks: { start: '2026-W37', end: '2026-W40' }, status: 'planned' });
    expect(core.call('timesheet:links', { query: 'spaak website' }).map((o) => o.kind)).toEqual(['request']);
    expect(core.call('timesheet:links', { query: '100%_' })).toEqual([]);
  });

  it('stores an entry linked to an assignment with its request, and shows the team in the line label', () => {
    const w = buildWorld(core);
    core.call('planner:assign', { items: [{ requestId: w.requests.bakery, teamId: w.team1, startWeek: '2026-W37' }] });
    const assignmentId = core.db().prepare(`SELECT id FROM assignments`).pluck().get() as number;
    const staffId = core.call('staff:create', { name: 'Anna', role: 'coach', employer: null, contractMinutesPerWeek: 1920, hourlyRateCents: 5000, effectiveFrom: '2026-01-01' }).id;
    core.call('timesheet:save', { staffId, weekStart: '2026-09-07', lines: [{ activity: 'coaching', assignmentId, minutes: [90, 0, 0, 0, 0, 0, 0] }] });
    expect(core.db().prepare(`SELECT request_id AS r, assignment_id AS a, minutes FROM time_entries`).all()).toEqual([{ r: w.requests.bakery, a: assignmentId, minutes: 90 }]);
    const week = core.call('timesheet:week', { staffId, weekStart: '2026-09-07' });
    expect(week.lines[0]).toMatchObject({ assignmentId, requestId: w.requests.bakery, linkLabel: 'Bakkerij Bol – Website vernieuwen · Software Developer · team 1' });
    // Saving the week as loaded changes nothing.
    const again = core.call('timesheet:save', { staffId, weekStart: '2026-09-07', lines: week.lines.map(({ linkLabel: _l, ...l }) => l) });
    expect(again).toEqual({ inserted: 0, deleted: 0, updated: 0 });
  });

  it('refuses a link to something that does not exist or to two unrelated things, and stores nothing', () => {
    const w = buildWorld(core);
    const staffId = core.call('staff:create', { name: 'Anna', role: 'coach', employer: null, contractMinutesPerWeek: 1920, hourlyRateCents: 5000, effectiveFrom: '2026-01-01' }).id;
    const save = (link: Record<string, number>) => core.fail('timesheet:save', { staffId, weekStart: '2026-09-07', lines: [{ activity: 'coaching', ...link, minutes: [60, 0, 0, 0, 0, 0, 0] }] });
    expect(save({ assignmentId: 77 }).message).toBe('Opdracht 77 bestaat niet (meer).');
    expect(save({ requestId: 555 }).message).toBe('Aanvraag 555 bestaat niet (meer).');
    core.db().prepare(`INSERT INTO events (id, kind, topic, event_date) VALUES (5, 'webinar', 'Webinar', '2026-09-20')`).run();
    expect(save({ eventId: 5, requestId: w.requests.bikes }).code).toBe('invalid_input');
    expect(core.count(`SELECT count(*) FROM time_entries`)).toBe(0);
  });
});
