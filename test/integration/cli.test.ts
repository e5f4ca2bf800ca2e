import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../electron/core/demo';
import { LATEST_VERSION } from '../../electron/core/db/migrations';
import { Workspace } from '../../electron/core/workspace';
import { makeTempDir } from '../helpers/tempDir';

// The real CLI in a child process, as `npm run cli` runs it. Each spawn costs about a second, so the tests are
// few and run their independent calls side by side.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = path.join(ROOT, 'electron/cli/index.ts');

interface Run { code: number; stdout: string; stderr: string }

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      });
  });
}

const temp = makeTempDir('wp-cli-');
afterAll(() => temp.cleanup());
const file = (name: string) => path.join(temp.dir, name);

describe('npm run cli', () => {
  it('makes a demo that check accepts, lists it as JSON and backs it up', async () => {
    const demo = await cli('demo', '--scale', 'small', '--out', file('demo.db'), '--seed', '3', '--today', '2026-11-27');
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/Demo small \(seed 3, peildatum 2026-11-27\)/);

    const [check, schools, requests, backup] = await Promise.all([
      cli('check', file('demo.db')),
      cli('list', 'schools', '--db', file('demo.db'), '--json'),
      cli('list', 'requests', '--db', file('demo.db'), '--limit', '3'),
      cli('backup', file('demo.db'), file('copy.db')),
    ]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/integrity_check:\s+ok/);
    expect(check.stdout).toMatch(/foreign_key_check:\s+geen problemen/);
    expect(check.stdout).toMatch(new RegExp(`Schemaversie:\\s+${LATEST_VERSION}`));

    expect(schools.code).toBe(0);
    const rows = JSON.parse(schools.stdout) as { name: string; brin: string; kind: string }[];
    expect(rows).toHaveLength(4);
    for (const r of rows) expect(r.brin).toMatch(/^\d{2}[A-Z0-9]{2}$/);

    expect(requests.code).toBe(0);
    expect(requests.stdout.split('\n')[0]).toMatch(/^\s*id\s+ontvangen\s+bedrijf/);
    expect(requests.stdout).toMatch(/3 rij\(en\)/);

    expect(backup.code).toBe(0);
    expect(fs.existsSync(file('copy.db'))).toBe(true);
    const [checkCopy, again] = await Promise.all([
      cli('check', file('copy.db')),
      cli('backup', file('demo.db'), file('copy.db')),
    ]);
    expect(checkCopy.code).toBe(0);
    expect(checkCopy.stdout).toMatch(/Demo:\s+small \(seed 3/);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/bestaat al/);
    // Reading leaves no -wal/-shm files behind next to the checked file.
    expect(fs.readdirSync(temp.dir).filter((f) => f.startsWith('copy.db'))).toEqual(['copy.db']);
  });

  it('check fails with a message for a text file, a damaged file and a file from a newer version', async () => {
    fs.writeFileSync(file('notes.txt'), 'Dit is geen database.\n'.repeat(200));

    const ws = Workspace.open(file('damaged.db'));
    generateDemo(ws.db, { scale: 'small', seed: 1, today: '2026-11-27' });
    ws.close();
    const bytes = fs.readFileSync(file('damaged.db'));
    const pageSize = bytes.readUInt16BE(16);
    for (let page = 2; (page + 1) * pageSize <= bytes.length; page += 7) bytes.fill(0xab, page * pageSize + 100, page * pageSize + 1600);
    fs.writeFileSync(file('damaged.db'), bytes);

    const newer = Workspace.open(file('newer.db'));
    newer.db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    newer.close();

    const [text, damaged, future, missing] = await Promise.all([
      cli('check', file('notes.txt')),
      cli('check', file('damaged.db')),
      cli('check', file('newer.db')),
      cli('check', file('nowhere.db')),
    ]);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/geen Werkplaats Planner-database/);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(/beschadigd/);
    expect(future.code).toBe(1);
    expect(future.stderr).toMatch(new RegExp(`nieuwere versie.*schemaversie ${LATEST_VERSION + 1}`));
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/niet gevonden/);
    // check never migrates or repairs: the newer file keeps its version.
    expect(fs.existsSync(file('newer.db'))).toBe(true);
  });

  it('refuses to overwrite a file and explains a wrong command line', async () => {
    fs.writeFileSync(file('taken.db'), '');
    const [overwrite, unknown, badScale, help] = await Promise.all([
      cli('demo', '--scale', 'small', '--out', file('taken.db')),
      cli('frobnicate'),
      cli('demo', '--scale', 'enormous', '--out', file('other.db')),
      cli('--help'),
    ]);
    expect(overwrite.code).toBe(2);
    expect(overwrite.stderr).toMatch(/bestaat al.*--force/);
    expect(fs.statSync(file('taken.db')).size).toBe(0);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Onbekende opdracht: frobnicate/);
    expect(badScale.code).toBe(2);
    expect(badScale.stderr).toMatch(/--scale/);
    expect(fs.existsSync(file('other.db'))).toBe(false);
    expect(help.code).toBe(0);
    for (const name of ['demo', 'check', 'backup', 'list']) expect(help.stdout).toMatch(new RegExp(`^\\s+${name}\\s`, 'm'));
  });
});
