import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryCostCents } from '../../../shared/domain/cost';
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

const sum = (xs: { costCents: number }[]) => xs.reduce((a, x) => a + x.costCents, 0);
const sumMin = (xs: { minutes: number }[]) => xs.reduce((a, x) => a + x.minutes, 0);
const PERIOD = { from: '2026-01-01', to: '2026-03-31', asOf: '2026-03-31' };

function costsCli(file: string): Promise<string> {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', path.join(root, 'electron/cli/index.ts'), 'costs', '--db', file, '--from', PERIOD.from, '--to', PERIOD.to, '--json'],
      { cwd: root }, (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout)));
  });
}

describe('costs reconcile', () => {
  it('every view and the CLI give the same total, to the cent, equal to the per-entry rule', async () => {
    const entries = core.db().prepare(`SELECT staff_id AS s, entry_date AS d, minutes AS m FROM time_entries`).all() as { s: number; d: string; m: number }[];
    const rate = (s: number, d: string) => (s === w.bram ? 4575 : d >= '2026-01-01' ? 6333 : 6000);
    const expected = entries.reduce((a, e) => a + entryCostCents(e.m, rate(e.s, e.d)), 0);
    const minutes = entries.reduce((a, e) => a + e.m, 0);

    const d = core.call('costs:dashboard', PERIOD);
    expect(d.totals).toEqual({ minutes, costCents: expected, entries: entries.length });
    for (const view of [d.byMonth, d.byActivity, d.byPerson]) {
      expect(sum(view)).toBe(expected);
      expect(sumMin(view)).toBe(minutes);
    }
    expect(sum(d.byFunder)).toBe(expected);
    expect(sum(core.call('costs:monthly', { from: PERIOD.from, to: PERIOD.to }))).toBe(expected);
    expect(core.call('reports:summary', { from: PERIOD.from, to: PERIOD.to }).staffCostCents).toBe(expected);
    // Anna is RVO's entirely; Bram is split 75/25 by the budgets, so nothing is left unassigned.
    expect(d.byFunder.find((f) => f.funderId === null)).toBeUndefined();
    const burnSpent = d.burn.reduce((a, b) => a + b.spentCents, 0);
    expect(burnSpent).toBe(expected);

    const cli = JSON.parse(await costsCli(core.host.current.file)) as { totals: { costCents: number }; byActivity: { costCents: number }[]; byPerson: { costCents: number }[]; byFunder: { costCents: number }[] };
    expect(cli.totals.costCents).toBe(expected);
    expect(sum(cli.byActivity)).toBe(expected);
    expect(sum(cli.byPerson)).toBe(expected);
    expect(sum(cli.byFunder)).toBe(expected);
    expect(cli.byFunder).toEqual(d.byFunder.map(({ funderId, name, costCents }) => ({ funderId, name, costCents })));
  });

  it('re-rating changes cost only inside its date range, by the previewed amount', () => {
    const byMonth = () => {
      const m = new Map<string, number>();
      for (const r of core.call('costs:dashboard', PERIOD).byMonth) m.set(r.month, (m.get(r.month) ?? 0) + r.costCents);
      return m;
    };
    const before = byMonth();
    const change = { staffId: w.anna, from: '2026-02-01', to: '2026-02-28', hourlyRateCents: 7111 };
    const preview = core.call('staff:ratePreview', change);
    expect(preview.entries).toBe(4);
    expect(preview.diffCents).toBeGreaterThan(0);
    expect(core.count(`SELECT count(*) FROM staff_rates WHERE hourly_rate_cents = 7111`)).toBe(0); // preview writes nothing
    const saved = core.call('staff:setRate', change);
    expect(saved.diffCents).toBe(preview.diffCents);
    const after = byMonth();
    expect(after.get('2026-01')).toBe(before.get('2026-01'));
    expect(after.get('2026-03')).toBe(before.get('2026-03'));
    expect(after.get('2026-02')! - before.get('2026-02')!).toBe(preview.diffCents);
    expect(core.call('staff:detail', { id: w.anna }).rates).toEqual([
      { effectiveFrom: '2025-01-01', hourlyRateCents: 6000 },
      { effectiveFrom: '2026-01-01', hourlyRateCents: 6333 },
      { effectiveFrom: '2026-02-01', hourlyRateCents: 7111 },
      { effectiveFrom: '2026-03-01', hourlyRateCents: 6333 },
    ]);
    // One undo step takes the whole re-rating back.
    core.call('history:undo');
    expect(byMonth()).toEqual(before);
  });
});
