import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../helpers/coreHarness';
import { hoursWorld } from './world';

// `import hours` and `costs` as a user runs them, in a child process on the workspace file.

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const FIX = path.join(ROOT, 'test/fixtures/hours');
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli/index.ts'), ...args], { cwd: ROOT },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }));
  });
}

let core: Core;
beforeEach(() => {
  core = openCore();
  hoursWorld(core);
});
afterEach(() => core.close());

describe('hours on the command line', () => {
  it('a malformed file imports nothing and names each bad row; a good one imports all, and costs prints the totals', async () => {
    const db = core.host.current.file;
    const bad = await cli('import', 'hours', path.join(FIX, 'broken.csv'), '--db', db);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toEqual([
      'regel 3: ongeldige datum “31-02-2026”',
      'regel 4: ongeldige duur “anderhalf”',
      'regel 5: onbekende medewerker “Piet Onbekend”',
      'regel 6: geen activiteit herkend in “Koffie”',
      'regel 7: meer dan 24 uur op één dag: “25,00”',
      '5 van 6 regels zijn niet in orde; er is niets geïmporteerd.',
    ]);
    expect(core.count(`SELECT count(*) FROM time_entries`)).toBe(0);

    const good = await cli('import', 'hours', path.join(FIX, 'clockify.csv'), '--db', db);
    expect(good.stderr).toBe('');
    expect(good.stdout).toContain('Formaat: Clockify; scheidingsteken “,”');
    expect(good.stdout).toContain('3 regels geïmporteerd (7,75 uur).');
    expect(core.count(`SELECT count(*) FROM time_entries`)).toBe(3);

    const costs = await cli('costs', '--db', db, '--from', '2026-03-01', '--to', '2026-03-31');
    expect(costs.code).toBe(0);
    // Anna: 90 + 135 min at € 63,33; Bram: 240 min at € 45,75 → 9500 + 14249 + 18300 cents.
    const total = 9500 + 14249 + 18300;
    expect(costs.stdout).toContain('totaal');
    expect(costs.stdout).toContain(`€ ${(total / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2 })}`);
    const d = core.call('costs:dashboard', { from: '2026-03-01', to: '2026-03-31' });
    expect(d.totals.costCents).toBe(total);
  });
});
