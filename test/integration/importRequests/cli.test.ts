import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../electron/core/demo';
import { Workspace } from '../../../electron/core/workspace';
import { makeTempDir } from '../../helpers/tempDir';
import { FIX } from './world';

// `import requests` in a child process, as `npm run cli` runs it: exit status, stdout and the per-row errors on stderr.

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ENTRY = path.join(ROOT, 'electron/cli/index.ts');
interface Run { code: number; stdout: string; stderr: string }
const cli = (...args: string[]) => new Promise<Run>((resolve) => {
  execFile(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
    resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
  });
});

const temp = makeTempDir('wp-import-cli-');
const db = path.join(temp.dir, 'werkplaats.db');
const fix = (name: string) => path.join(FIX, name);
const count = (sql: string) => {
  const ws = Workspace.open(db, { create: false });
  try { return ws.db.prepare(sql).pluck().get() as number; } finally { ws.close(); }
};

beforeAll(() => {
  const ws = Workspace.open(db);
  generateDemo(ws.db, { scale: 'small', seed: 7, today: '2026-11-27' });
  ws.close();
});
afterAll(() => temp.cleanup());

describe('npm run cli -- import requests', () => {
  it('refuses a file with problems (exit 1, each row on stderr), then imports only its valid rows with --valid-only', async () => {
    const requests = count(`SELECT count(*) FROM requests`);
    const email = '--map=contactEmail=Waar kunnen we u bereiken (e-mail)?';
    const [all, usage, empty] = await Promise.all([
      cli('import', 'requests', fix('mixed.csv'), '--db', db, email),
      cli('import', 'requests', fix('mixed.csv'), '--db', db, '--map', 'kleur=3'),
      cli('import', 'requests', fix('empty.csv'), '--db', db),
    ]);
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('Bestand: CSV, utf-8-bom, scheidingsteken “,”; 5 regels, 3 geldig, 2 met problemen.');
    expect(all.stderr).toContain('regel 5: KvK-nummer “123”: Een KvK-nummer bestaat uit precies 8 cijfers (voorloopnullen tellen mee).');
    expect(all.stderr).toContain('regel 7: Postcode “0000 XX”: Gebruik een postcode als 1234 AB');
    expect(all.stderr).toContain('Niet geïmporteerd: 2 van de 5 regels hebben een probleem; er is niets geïmporteerd.');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Ongeldige waarde voor --map: “kleur=3”');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('Het bestand is leeg.');
    expect(count(`SELECT count(*) FROM requests`)).toBe(requests);

    const some = await cli('import', 'requests', fix('mixed.csv'), '--db', db, email, '--valid-only');
    expect(some.code).toBe(0);
    expect(some.stdout).toContain('3 aanvragen geïmporteerd; 2 nieuwe bedrijven, 0 bestaande aangevuld.');
    expect(some.stderr).toContain('regel 5: KvK-nummer “123”');
    expect(some.stderr).toContain('2 regels met problemen zijn overgeslagen.');
    expect(count(`SELECT count(*) FROM requests`)).toBe(requests + 3);

    // Again: every row is now either broken or already there, so nothing is imported and the status says so.
    const again = await cli('import', 'requests', fix('mixed.csv'), '--db', db, email, '--valid-only');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('staat al in de werkplaats');
    expect(count(`SELECT count(*) FROM requests`)).toBe(requests + 3);
  }, 120_000);

  it('reads an XLSX export, skipping what is already there, and still runs `import hours`', async () => {
    const [xlsx, hours] = await Promise.all([
      cli('import', 'requests', fix('forms-export.xlsx'), '--db', db, '--sheet', 'Form1', '--map', 'contactEmail=12', '--valid-only'),
      cli('import', 'hours', fix('empty.csv'), '--db', db),
    ]);
    expect(xlsx.stdout).toContain('Bestand: XLSX, werkblad “Form1”; 5 regels');
    // Three of its requests came in with mixed.csv above; the other two are new.
    expect(xlsx.stderr).toContain('rij 2: Deze aanvraag van Bakkerij De Korenbloem (ontvangen 2026-11-02) staat al in de werkplaats.');
    expect(xlsx.stdout).toContain('2 aanvragen geïmporteerd; 2 nieuwe bedrijven');
    expect(xlsx.code).toBe(0);
    expect(hours.code).toBe(1);
    expect(hours.stderr).toContain('geen regels');
  }, 120_000);
});
