import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../helpers/coreHarness';

// `holidays import` and `weeks` in a child process, as `npm run cli` runs them, on a workspace built through
// the app's own channels: a school in the north that fixed one week itself, and one in the south.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = path.join(ROOT, 'electron/cli/index.ts');
const HOLIDAYS = path.join(ROOT, 'test/fixtures/holidays/schoolvakanties-2026-2027.json');

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

interface WeeksJson {
  school: { holidayRegion: string };
  weeks: { week: string; kind: string; setBySchool: boolean; regions: Record<string, string> }[];
}

let core: Core;
let file: string;
let noordTerm: number;
let zuidTerm: number;
beforeAll(() => {
  core = openCore();
  const noord = core.call('schools:create', { name: 'Hogeschool Noorderpoort', kind: 'hbo', brin: '21NP', holidayRegion: 'noord' }).id;
  const zuid = core.call('schools:create', { name: 'Hogeschool Zuiderkempen', kind: 'hbo', brin: '30ZK', holidayRegion: 'zuid' }).id;
  noordTerm = core.call('terms:create', { schoolId: noord, name: 'Semester 1', startDate: '2026-08-31', endDate: '2027-01-31' }).id;
  zuidTerm = core.call('terms:create', { schoolId: zuid, name: 'Semester 1', startDate: '2026-08-31', endDate: '2027-01-31' }).id;
  core.call('terms:setWeekKind', { termId: noordTerm, week: '2026-W42', kind: 'exam', note: 'toetsweek' });
  file = core.host.current.file;
  // The CLI opens the file itself; the app-side connection must not hold it meanwhile.
  core.host.close();
});
afterAll(() => core.close());

const byWeek = (json: WeeksJson) => Object.fromEntries(json.weeks.map((w) => [w.week, w]));

describe('holidays import and weeks', () => {
  it('imports the open-data JSON and shows each week of a term per school and per region, week 53 included', async () => {
    const before = await cli('weeks', '--db', file, '--term', String(zuidTerm), '--json');
    expect(before.code).toBe(0);
    expect(Object.values(byWeek(JSON.parse(before.stdout) as WeeksJson)).every((w) => w.kind !== 'holiday')).toBe(true);

    const imported = await cli('holidays', 'import', HOLIDAYS, '--db', file);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/vakanties geïmporteerd \(schooljaren 2026-2027; regio's midden, noord, zuid\)/);

    const [n, z, text] = await Promise.all([
      cli('weeks', '--db', file, '--term', String(noordTerm), '--json'),
      cli('weeks', '--db', file, '--term', String(zuidTerm), '--json'),
      cli('weeks', '--db', file, '--term', String(noordTerm)),
    ]);
    const north = byWeek(JSON.parse(n.stdout) as WeeksJson);
    const south = byWeek(JSON.parse(z.stdout) as WeeksJson);
    expect(Object.keys(north)).toHaveLength(22);
    // Herfstvakantie: noord 10–18 Oct (week 42, but the school made it an exam week), zuid 17–25 Oct (week 43).
    expect(north['2026-W42']).toMatchObject({ kind: 'exam', setBySchool: true, regions: { noord: 'holiday', midden: 'teaching', zuid: 'teaching' } });
    expect(south['2026-W42']!.kind).toBe('teaching');
    expect(south['2026-W43']).toMatchObject({ kind: 'holiday', regions: { noord: 'teaching', midden: 'holiday', zuid: 'holiday' } });
    // Kerstvakantie, given in UTC ending 2027-01-03T22:59Z (= Sunday 3 January, local time): weeks 52 and 53 only.
    for (const w of [north, south]) {
      expect([w['2026-W51']!.kind, w['2026-W52']!.kind, w['2026-W53']!.kind, w['2027-W01']!.kind]).toEqual(['teaching', 'holiday', 'holiday', 'teaching']);
    }
    expect(text.stdout).toMatch(/2026-W42\s+2026-10-12\s+toetsen \*\s+vakantie/);
  });

  it('refuses a broken holiday file, an unknown term and a missing option with a message and a non-zero status', async () => {
    const [broken, unknown, missing] = await Promise.all([
      cli('holidays', 'import', path.join(ROOT, 'package.json'), '--db', file),
      cli('weeks', '--db', file, '--term', '999'),
      cli('weeks', '--db', file),
    ]);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toMatch(/vakantie|schoolvakanties|bestand/i);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/Onderwijsperiode 999 bestaat niet/);
    expect(missing.code).toBe(2);
  });
});
