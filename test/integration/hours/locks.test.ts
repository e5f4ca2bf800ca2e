import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../helpers/coreHarness';
import { fillWeeks, hoursWorld } from './world';

let core: Core;
let w: ReturnType<typeof hoursWorld>;
beforeEach(() => {
  core = openCore();
  w = hoursWorld(core);
  fillWeeks(core, w.anna, w.bram);
});
afterEach(() => core.close());

const dump = () => core.db().prepare(`SELECT * FROM time_entries ORDER BY id`).all();
const marchWeek = (minutes: number) => ({ staffId: w.anna, weekStart: '2026-03-09', lines: [
  { activity: 'intake' as const, minutes: [minutes, 0, 37, 0, 0, 0, 0], note: 'intake bakkerij' },
  { activity: 'admin' as const, minutes: [0, 61, 0, 125, 0, 0, 0] },
] });

describe('locked months', () => {
  it('a closed month refuses edits with a reason and loses nothing; reopening is logged and allows edits', () => {
    core.call('months:lock', { month: '2026-03' });
    expect(core.call('months:list')).toEqual([{ month: '2026-03', lockedAt: expect.any(String) }]);
    expect(core.call('timesheet:week', { staffId: w.anna, weekStart: '2026-03-11' }).lockedMonths).toEqual(['2026-03']);
    const before = dump();

    const err = core.fail('timesheet:save', marchWeek(120));
    expect(err.code).toBe('month_locked');
    expect(err.message).toContain('2026-03 is afgesloten; heropen die maand eerst');
    expect(dump()).toEqual(before);
    // Clearing the week is an edit too.
    core.fail('timesheet:save', { staffId: w.anna, weekStart: '2026-03-09', lines: [] });
    // A re-rating that would change March's cost is refused as well; a CSV row in March is an error row.
    expect(core.fail('staff:setRate', { staffId: w.anna, from: '2026-03-01', to: null, hourlyRateCents: 9000 }).message).toContain('afgesloten');
    const preview = core.call('hours:importPreview', { csv: 'Datum;Duur;Gebruiker;Activiteit\n10-03-2026;1,00;Bram Jansen;Coaching\n' });
    expect(preview.rows[0]!.problems.map((p) => p.message)).toEqual(['maand 2026-03 is afgesloten']);
    expect(core.fail('hours:import', { csv: 'Datum;Duur;Gebruiker;Activiteit\n10-03-2026;1,00;Bram Jansen;Coaching\n' }).code).toBe('import_invalid');
    expect(dump()).toEqual(before);

    // Saving the same minutes again changes nothing, so it is allowed.
    expect(core.call('timesheet:save', marchWeek(95))).toEqual({ inserted: 0, deleted: 0, updated: 0 });

    core.call('months:unlock', { month: '2026-03' });
    const log = core.db().prepare(`SELECT c.entity, c.action, c.old_value AS old, g.label FROM change_log c
      JOIN action_groups g ON g.id = c.group_id WHERE c.entity = 'locked_months' ORDER BY c.id`).all() as { action: string; old: string | null; label: string }[];
    expect(log.map((l) => [l.action, l.label])).toEqual([['insert', 'months:lock'], ['delete', 'months:unlock']]);
    expect(JSON.parse(log[1]!.old!)).toMatchObject({ month: '2026-03' });

    core.call('timesheet:save', marchWeek(120));
    expect(core.call('timesheet:week', { staffId: w.anna, weekStart: '2026-03-09' }).lines[0]!.minutes[0]).toBe(120);
  });

  it('a week across a closed month can still change its open days', () => {
    core.call('months:lock', { month: '2026-03' });
    // Week of 23 February: Monday to Saturday are February, Sunday 1 March.
    const saved = core.call('timesheet:save', { staffId: w.bram, weekStart: '2026-02-23', lines: [
      { activity: 'reporting', minutes: [30, 0, 0, 0, 45, 0, 0] },
    ] });
    expect(saved.inserted).toBe(2);
    expect(core.fail('timesheet:save', { staffId: w.bram, weekStart: '2026-02-23', lines: [
      { activity: 'reporting', minutes: [30, 0, 0, 0, 45, 0, 10] },
    ] }).message).toContain('afgesloten');
  });
});
