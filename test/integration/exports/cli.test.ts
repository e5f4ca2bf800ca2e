import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../helpers/coreHarness';
import { makeTempDir } from '../../helpers/tempDir';
import { pdfPages, readCsv, readIcs, readWorkbook, workbookText } from '../../fixtures/exports/readBack';
import { buildExportWorld } from './world';

// `export school-plan` as a user runs it, in a child process on the workspace file.

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli/index.ts'), ...args], { cwd: ROOT },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }));
  });
}

let core: Core;
let world: ReturnType<typeof buildExportWorld>;
let out: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  core = openCore();
  world = buildExportWorld(core);
  out = makeTempDir();
});
afterAll(() => {
  core.close();
  out.cleanup();
});

describe('export school-plan on the command line', () => {
  it('writes each of the four formats, holding that school only', async () => {
    const db = core.host.current.file;
    const base = ['export', 'school-plan', '--db', db, '--school', String(world.zuid), '--term', String(world.term)];
    const file = (ext: string) => path.join(out.dir, `plan.${ext}`);

    const xlsx = await cli(...base, '--format', 'xlsx', '--out', file('xlsx'), '--contacts');
    expect(xlsx.stderr).toBe('');
    expect(xlsx.code).toBe(0);
    expect(xlsx.stdout).toMatch(/^Opgeslagen: .*plan\.xlsx \([\d.]+ bytes\)\n$/);
    const text = workbookText(await readWorkbook(fs.readFileSync(file('xlsx'))));
    expect(text).toContain('Anouk Meijer');
    expect(text).not.toContain('Geheimhouding');

    expect((await cli(...base, '--format', 'pdf', '--out', file('pdf'))).code).toBe(0);
    const pdf = (await pdfPages(fs.readFileSync(file('pdf')))).join(' ');
    expect(pdf).toContain('Grafisch Lyceum Zuidhaven');
    expect(pdf).not.toContain('Anouk Meijer');

    expect((await cli(...base, '--format', 'csv', '--out', file('csv'), '--semicolon')).code).toBe(0);
    const csv = readCsv(fs.readFileSync(file('csv')));
    expect([csv.bom, csv.delimiter, csv.rows.length]).toEqual([true, ';', 4]);

    expect((await cli(...base, '--format', 'ics', '--out', file('ics'))).code).toBe(0);
    expect(readIcs(fs.readFileSync(file('ics'))).events).toHaveLength(3);
  });

  it('explains a wrong call and never overwrites a file unless told to', async () => {
    const db = core.host.current.file;
    const target = path.join(out.dir, 'exists.pdf');
    fs.writeFileSync(target, 'keep me');
    const base = ['export', 'school-plan', '--db', db, '--school', String(world.zuid), '--term', String(world.term)];

    const exists = await cli(...base, '--format', 'pdf', '--out', target);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('Bestand bestaat al');
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
    expect((await cli(...base, '--format', 'pdf', '--out', target, '--force')).code).toBe(0);
    expect(fs.readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');

    const format = await cli(...base, '--format', 'docx', '--out', path.join(out.dir, 'x.docx'));
    expect(format.code).toBe(2);
    expect(format.stderr.split('\n')[0]).toBe('Ongeldige waarde voor --format: “docx” (verwacht: xlsx, pdf, csv, ics).');
    expect(format.stderr).toContain('Gebruik: npm run cli -- export school-plan');

    const otherTerm = await cli('export', 'school-plan', '--db', db, '--school', String(world.zuid), '--term', String(world.otherTerm),
      '--format', 'csv', '--out', path.join(out.dir, 'other.csv'));
    expect(otherTerm.code).toBe(1);
    expect(otherTerm.stderr.trim()).toBe('Onderwijsperiode “Semester 1” hoort niet bij Grafisch Lyceum Zuidhaven.');
    expect(fs.existsSync(path.join(out.dir, 'other.csv'))).toBe(false);
  });
});
