import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryCostCents } from '../../../shared/domain/cost';
import { openCore, type Core } from '../../helpers/coreHarness';

// Events on the real core: the event and the companies added on the spot are one action (one undo step), a
// KvK number already in the register is refused next to its field, attendance changes are written as a diff.

let core: Core;
beforeEach(() => { core = openCore(); });
afterEach(() => core.close());

const sme = (name: string, kvk: string, fte = 2) => core.call('smes:create', { name, kvk, fte });
const base = { kind: 'webinar' as const, topic: 'Veilig online betalen', eventDate: '2026-03-10', capacity: 2 };

describe('events', () => {
  it('creates an event with a registered company and a new one in one action, which one undo takes back whole', () => {
    const known = sme('Fietsenmaker Spaak', '01234567');
    const smesBefore = core.count(`SELECT count(*) FROM smes`);
    const res = core.call('events:create', { ...base, speakers: ['Ada', 'Bram'], attendeeIds: [known.id], newSmes: [{ name: 'Bloemist Roos', kvk: '07654321', fte: 1.5, postcode: '3511ab' }] });
    expect(res.createdSmeIds).toHaveLength(1);
    expect(core.db().prepare(`SELECT name, kvk, fte, postcode FROM smes WHERE id = ?`).get(res.createdSmeIds[0])).toEqual(
      { name: 'Bloemist Roos', kvk: '07654321', fte: 1.5, postcode: '3511 AB' });
    const detail = core.call('events:get', { id: res.id });
    expect(detail).toMatchObject({ topic: 'Veilig online betalen', speakers: ['Ada', 'Bram'], capacity: 2, attendeeCount: 2, archived: false });
    expect(detail.attendees.map((a) => a.name)).toEqual(['Bloemist Roos', 'Fietsenmaker Spaak']);
    expect(core.changed.at(-1)).toEqual(expect.arrayContaining(['events', 'event_attendees', 'smes']));

    expect(core.call('history:undo').done).toBe('events:create');
    expect(core.count(`SELECT count(*) FROM events`)).toBe(0);
    expect(core.count(`SELECT count(*) FROM event_attendees`)).toBe(0);
    expect(core.count(`SELECT count(*) FROM smes`)).toBe(smesBefore);
    core.call('history:redo');
    expect(core.count(`SELECT count(*) FROM event_attendees WHERE event_id = ?`, res.id)).toBe(2);
  });

  it('refuses a new company whose KvK number the register has, pointing at that field, and saves nothing', () => {
    sme('Bakkerij Kruimel', '11223344');
    const err = core.fail('events:create', { ...base, newSmes: [{ name: 'Nog een bakker', kvk: '99887766', fte: 1 }, { name: 'Bakker Kruimel', kvk: '11223344', fte: 1 }] });
    expect(err.code).toBe('kvk_taken');
    expect(err.message).toBe('Er is al een bedrijf met KvK-nummer 11223344: Bakkerij Kruimel.');
    expect(err.details).toEqual([{ path: ['newSmes', '1', 'kvk'] }]);
    const twice = core.fail('events:create', { ...base, newSmes: [{ name: 'A', kvk: '55555555', fte: 1 }, { name: 'B', kvk: '55555555', fte: 1 }] });
    expect(twice.code).toBe('kvk_taken');
    expect(core.count(`SELECT count(*) FROM events`)).toBe(0);
    expect(core.count(`SELECT count(*) FROM smes WHERE kvk IN ('99887766', '55555555')`)).toBe(0);
    expect(core.fail('events:create', { ...base, topic: '  ' }).code).toBe('invalid_input');
    expect(core.fail('events:create', { ...base, capacity: -1 }).code).toBe('invalid_input');
    expect(core.fail('events:create', { ...base, attendeeIds: [999] }).code).toBe('not_found');
  });

  it('updates attendance as a difference, counts a merged company as the one it was merged into, and archives and restores', () => {
    const a = sme('A', '10000001');
    const b = sme('B', '10000002');
    const c = sme('C', '10000003');
    const { id } = core.call('events:create', { ...base, attendeeIds: [a.id, b.id] });
    core.call('smes:merge', { keepId: c.id, mergeIds: [b.id] });
    const group = core.count(`SELECT max(id) FROM action_groups`);
    core.call('events:update', { id, values: { ...base, capacity: null, attendeeIds: [a.id, b.id] } });
    const attendeeChanges = (after: number) => core.db().prepare(`SELECT action FROM change_log WHERE group_id > ? AND entity = 'event_attendees'`)
      .pluck().all(after);
    // The merge moved B's registration to C; B picked again stands for C, so attendance did not change at all.
    expect(core.call('events:get', { id }).attendees.map((x) => x.name).sort()).toEqual(['A', 'C']);
    expect(attendeeChanges(group)).toEqual([]);
    const group2 = core.count(`SELECT max(id) FROM action_groups`);
    core.call('events:update', { id, values: { ...base, attendeeIds: [a.id] } });
    expect(attendeeChanges(group2)).toEqual(['delete']);

    core.call('events:archive', { id, archived: true });
    expect(core.call('events:table').find((e) => e.id === id)?.archived).toBe(true);
    expect(core.call('events:list').some((e) => e.id === id)).toBe(false);
    core.call('events:archive', { id, archived: false });
    expect(core.call('events:list').some((e) => e.id === id)).toBe(true);
  });

  it('shows the hours booked on the event and their cost, by the cost rule of the dashboard', () => {
    const { id } = core.call('events:create', { ...base });
    const staff = core.call('staff:create', { name: 'Anna', role: 'coördinator', contractMinutesPerWeek: 2160, hourlyRateCents: 6333, effectiveFrom: '2026-01-01' });
    core.call('timesheet:save', { staffId: staff.id, weekStart: '2026-03-09', lines: [
      { activity: 'event', eventId: id, minutes: [0, 95, 30, 0, 0, 0, 0] },
      { activity: 'admin', minutes: [60, 0, 0, 0, 0, 0, 0] },
    ] });
    const d = core.call('events:get', { id });
    expect(d.minutes).toBe(125);
    expect(d.costCents).toBe(entryCostCents(95, 6333) + entryCostCents(30, 6333));
    expect(core.call('events:table').find((e) => e.id === id)?.minutes).toBe(125);
  });
});
