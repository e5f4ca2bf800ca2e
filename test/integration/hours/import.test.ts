import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../helpers/coreHarness';
import { hoursWorld } from './world';

const FIX = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/hours');
const read = (name: string) => fs.readFileSync(path.join(FIX, name), 'utf8');

let core: Core;
beforeEach(() => {
  core = openCore();
  hoursWorld(core);
});
afterEach(() => core.close());

const dump = () => core.db().prepare(`SELECT * FROM time_entries ORDER BY id`).all();

describe('importing tracker exports', () => {
  it('imports Clockify, Toggl and Kimai exports, each as one undo step', () => {
    expect(core.call('hours:import', { csv: read('clockify.csv') })).toEqual({ imported: 3, minutes: 90 + 135 + 240 });
    expect(core.call('hours:import', { csv: read('toggl.csv') })).toEqual({ imported: 3, minutes: 120 + 105 + 20 });
    expect(core.call('hours:import', { csv: read('kimai.csv') })).toEqual({ imported: 2, minutes: 210 + 60 });
    expect(core.count(`SELECT count(*) FROM time_entries`)).toBe(8);
    const d = core.call('costs:dashboard', { from: '2026-03-01', to: '2026-03-31', asOf: '2026-03-31' });
    expect(d.totals.minutes).toBe(980);
    expect(d.byActivity.map((a) => a.activity)).toEqual(['intake', 'matching', 'coaching', 'event', 'acquisition', 'admin', 'reporting']);
    core.call('history:undo');
    expect(core.count(`SELECT count(*) FROM time_entries`)).toBe(6);
  });

  it('a malformed file changes nothing and reports each bad row', () => {
    const before = dump();
    const preview = core.call('hours:importPreview', { csv: read('broken.csv') });
    expect(preview.okCount).toBe(1);
    expect(preview.errorCount).toBe(5);
    expect(preview.rows.filter((r) => r.problems.length).map((r) => [r.line, r.problems.map((p) => p.message)])).toEqual([
      [3, ['ongeldige datum “31-02-2026”']],
      [4, ['ongeldige duur “anderhalf”']],
      [5, ['onbekende medewerker “Piet Onbekend”']],
      [6, ['geen activiteit herkend in “Koffie”']],
      [7, ['meer dan 24 uur op één dag: “25,00”']],
    ]);
    const err = core.fail('hours:import', { csv: read('broken.csv') });
    expect(err.message).toContain('5 van 6 regels zijn niet in orde; er is niets geïmporteerd');
    expect((err.details as { line: number }[]).map((d) => d.line)).toEqual([3, 4, 5, 6, 7]);
    expect(core.fail('hours:import', { csv: read('no-columns.csv') }).code).toBe('import_invalid');
    expect(core.fail('hours:import', { csv: '' }).message).toContain('geen regels');
    expect(dump()).toEqual(before);
  });

  it('a column mapping chosen by the user is used', () => {
    const p = core.call('hours:importPreview', { csv: read('toggl.csv'), mapping: { activity: 'Description' } });
    expect(p.mapping.activity).toBe('Description');
    expect(p.rows.map((r) => r.activity)).toEqual(['acquisition', 'event', 'reporting']);
  });
});
