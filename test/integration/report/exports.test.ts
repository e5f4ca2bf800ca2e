import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../electron/core/demo';
import { Workspace } from '../../../electron/core/workspace';
import type { FunderReport } from '../../../shared/schemas/report';
import { pdfInfo, pdfPages, readWorkbook } from '../../fixtures/exports/readBack';
import { openCore, type Core } from '../../helpers/coreHarness';
import { makeTempDir } from '../../helpers/tempDir';

const TODAY = '2026-11-27';
const P = { from: '2025-08-01', to: '2026-07-31' };
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

let core: Core;
let report: FunderReport;
beforeAll(() => {
  core = openCore();
  generateDemo(core.db(), { scale: 'small', seed: 5, today: TODAY });
  report = core.call('report:funder', P);
});
afterAll(() => core.close());

const bytesOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64');
/** "€ 1.234,56" as the PDF prints cents. */
const euro = (cents: number) => `€ ${(cents / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

describe('report export, read back', () => {
  it('XLSX: the summary and every part hold the report figures, cell by cell', async () => {
    const file = await core.callAsync('report:export', { ...P, format: 'xlsx' });
    expect(file.filename).toBe('Rapportage financiers 2025-08-01 - 2026-07-31.xlsx');
    const wb = await readWorkbook(bytesOf(file));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Samenvatting', 'Mkb-bedrijven', 'Aanvragen', 'Studenten', 'Evenementen',
      'Uren en kosten', 'Tevredenheid', 'Digitale volwassenheid']);

    const summary = wb.getWorksheet('Samenvatting')!;
    expect(summary.getCell('A1').value).toBe('Rapportage voor financiers');
    expect((summary.getCell('B2').value as Date).toISOString().slice(0, 10)).toBe(P.from);
    expect((summary.getCell('B3').value as Date).toISOString().slice(0, 10)).toBe(P.to);
    const figures = new Map<string, unknown>();
    summary.eachRow((row) => figures.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(figures.get('Unieke mkb-bedrijven (per KvK-nummer)')).toBe(report.smes.unique);
    expect(figures.get('Opdrachten opgeleverd')).toBe(report.assignments.delivered);
    expect(figures.get('Studenten betrokken')).toBe(report.students.students);
    expect(figures.get('Aanmeldingen')).toBe(report.events.attendees);
    expect(figures.get('Kosten werkplaatsteam')).toBe(report.hours.totals.costCents / 100);
    expect(figures.get('Uren werkplaatsteam')).toBe(report.hours.totals.minutes / 60);
    expect(figures.get('Gemiddelde tevredenheid (1–10)')).toBe(report.satisfaction.avgSatisfaction);

    // Companies by size class: the header, then one row per class with its count.
    const smes = wb.getWorksheet('Mkb-bedrijven')!;
    expect(smes.getCell('A1').value).toBe('Grootteklasse');
    expect([smes.getCell('A2').value, smes.getCell('B2').value]).toEqual(['Grootteklasse', 'Aantal']);
    report.smes.bySize.forEach((s, i) => {
      expect(smes.getCell(3 + i, 1).value).toBe({ micro: 'micro (< 10 fte)', small: 'klein (10–49 fte)', other: '50 fte of meer' }[s.key!]);
      expect(smes.getCell(3 + i, 2).value).toBe(s.count);
    });

    // Hours and cost: every activity, then the total, in euros and hours exact to the cent.
    const hours = wb.getWorksheet('Uren en kosten')!;
    report.hours.byActivity.forEach((a, i) => {
      expect(hours.getCell(3 + i, 2).value).toBe(a.minutes / 60);
      expect(hours.getCell(3 + i, 3).value).toBe(a.costCents / 100);
      expect(hours.getCell(3 + i, 3).numFmt).toBe('"€" #,##0.00');
    });
    const totalRow = 3 + report.hours.byActivity.length;
    expect(hours.getCell(totalRow, 1).value).toBe('Totaal');
    expect(hours.getCell(totalRow, 3).value).toBe(report.hours.totals.costCents / 100);

    // Events: the list with real dates.
    const ev = wb.getWorksheet('Evenementen')!;
    const listStart = 2 + report.events.byKind.length + 2 + 1;
    expect(ev.getCell(listStart - 1, 1).value).toBe('Evenementen');
    const first = report.events.list[0]!;
    expect((ev.getCell(listStart + 1, 1).value as Date).toISOString().slice(0, 10)).toBe(first.eventDate);
    expect(ev.getCell(listStart + 1, 3).value).toBe(first.topic);
    expect(ev.getCell(listStart + 1, 5).value).toBe(first.attendees);
  });

  it('PDF: A4 pages whose text carries the title, the period and the key figures', async () => {
    const file = await core.callAsync('report:export', { ...P, format: 'pdf' });
    expect(file.mime).toBe('application/pdf');
    const bytes = bytesOf(file);
    const info = await pdfInfo(bytes);
    expect(Math.round(info.width)).toBe(595);
    expect(Math.round(info.height)).toBe(842);
    expect(info.title).toBe('Rapportage voor financiers 1-8-2025 – 31-7-2026');
    const text = (await pdfPages(bytes)).join(' ');
    expect(text).toContain('Rapportage voor financiers');
    expect(text).toContain('Periode: 1-8-2025 – 31-7-2026');
    expect(text).toMatch(new RegExp(`Unieke mkb-bedrijven \\(per KvK-nummer\\) ${report.smes.unique.toLocaleString('nl-NL')}\\b`));
    expect(text).toContain(`Kosten werkplaatsteam ${euro(report.hours.totals.costCents)}`);
    for (const f of report.hours.byFunder) expect(text).toContain(`${f.name} ${euro(f.costCents)}`);
    expect(text).toContain(`pagina 1 van ${info.pages}`);
  });
});

describe('CLI: report funder', () => {
  const temp = makeTempDir('wp-report-cli-');
  let file: string;
  beforeAll(() => {
    file = path.join(temp.dir, 'demo.db');
    const ws = Workspace.open(file);
    generateDemo(ws.db, { scale: 'small', seed: 5, today: TODAY });
    ws.close();
  });
  afterAll(() => temp.cleanup());

  const cli = (...args: string[]) => new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli/index.ts'), ...args], { cwd: ROOT },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });

  it('writes JSON equal to the app’s report, and an XLSX and PDF that read back; the costs command agrees to the cent', async () => {
    const json = path.join(temp.dir, 'r.json');
    const run = await cli('report', 'funder', '--db', file, '--from', P.from, '--to', P.to, '--format', 'json', '--out', json);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const fromCli = JSON.parse(fs.readFileSync(json, 'utf8')) as FunderReport;
    expect(fromCli).toEqual(report);

    const costs = await cli('costs', '--db', file, '--from', P.from, '--to', P.to, '--json');
    const c = JSON.parse(costs.stdout) as { totals: { minutes: number; costCents: number }; byFunder: { costCents: number }[] };
    expect(fromCli.hours.totals.costCents).toBe(c.totals.costCents);
    expect(fromCli.hours.totals.minutes).toBe(c.totals.minutes);
    expect(fromCli.hours.byFunder.map((f) => f.costCents)).toEqual(c.byFunder.map((f) => f.costCents));

    const xlsx = path.join(temp.dir, 'r.xlsx');
    expect((await cli('report', 'funder', '--db', file, '--from', P.from, '--to', P.to, '--format', 'xlsx', '--out', xlsx)).code).toBe(0);
    const wb = await readWorkbook(fs.readFileSync(xlsx));
    expect(wb.getWorksheet('Samenvatting')?.getCell('A1').value).toBe('Rapportage voor financiers');
    const pdf = path.join(temp.dir, 'r.pdf');
    expect((await cli('report', 'funder', '--db', file, '--from', P.from, '--to', P.to, '--format', 'pdf', '--out', pdf)).code).toBe(0);
    expect((await pdfPages(fs.readFileSync(pdf))).join(' ')).toContain(`Unieke mkb-bedrijven (per KvK-nummer) ${report.smes.unique}`);
  });

  it('refuses bad arguments with a Dutch message and exit status 2, and never overwrites a file unasked', async () => {
    const out = path.join(temp.dir, 'x.json');
    const bad = await cli('report', 'funder', '--db', file, '--from', '2026-02-01', '--to', '2026-01-01', '--format', 'json', '--out', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--to');
    const fmt = await cli('report', 'funder', '--db', file, '--from', P.from, '--to', P.to, '--format', 'docx', '--out', out);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toContain('xlsx, pdf of json');
    expect(fs.existsSync(out)).toBe(false);
    fs.writeFileSync(out, 'keep');
    const exists = await cli('report', 'funder', '--db', file, '--from', P.from, '--to', P.to, '--format', 'json', '--out', out);
    expect(exists.code).toBe(2);
    expect(fs.readFileSync(out, 'utf8')).toBe('keep');
  });
});
