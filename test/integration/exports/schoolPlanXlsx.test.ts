import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { openCore, type Core } from '../../helpers/coreHarness';
import { readWorkbook, workbookText } from '../../fixtures/exports/readBack';
import { buildExportWorld } from './world';

let core: Core;
let world: ReturnType<typeof buildExportWorld>;
beforeAll(() => {
  core = openCore();
  world = buildExportWorld(core);
});
afterAll(() => core.close());

async function exportXlsx(includeContacts: boolean) {
  const file = await core.callAsync('exports:schoolPlan', { schoolId: world.zuid, termId: world.term, format: 'xlsx', includeContacts });
  return { file, wb: await readWorkbook(Buffer.from(file.base64, 'base64')) };
}

const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('school plan as XLSX', () => {
  it('has a summary sheet and one sheet per programme, named after it', async () => {
    const { file, wb } = await exportXlsx(false);
    expect(file.filename).toBe('planning-glz-periode-2.xlsx');
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Overzicht', 'Mediavormgever', 'Software Developer']);
    const summary = wb.getWorksheet('Overzicht')!;
    expect(rowValues(summary, 1)).toEqual(['School', 'Grafisch Lyceum Zuidhaven']);
    expect(rowValues(summary, 2)).toEqual(['Onderwijsperiode', 'Periode 2']);
    expect(summary.getCell('B4').value).toEqual(utc(2026, 11, 2));
    expect(summary.getCell('B4').numFmt).toBe('dd-mm-yyyy');
    // The programme table: header, then one line per programme with its counts.
    const header = summary.getRow(8);
    expect(rowValues(summary, 8)).toEqual(['Opleiding', 'Niveau', 'Begeleider', 'Teams', 'Teams met opdracht', 'Opdrachten']);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(rowValues(summary, 9)).toEqual(['Mediavormgever', 'mbo 4', 'Femke Visser', 2, 2, 2]);
    expect(rowValues(summary, 10)).toEqual(['Software Developer', 'mbo 4', undefined, 1, 1, 1]);
  });

  it('lists every assignment cell by cell, with ISO week numbers and real dates in Dutch format', async () => {
    const { wb } = await exportXlsx(false);
    const ws = wb.getWorksheet('Mediavormgever')!;
    expect(rowValues(ws, 1)).toEqual(['Team', 'Bedrijf', 'Plaats', 'Menukaart-item', 'Thema', 'Startweek', 'Eindweek', 'Startdatum', 'Einddatum', 'Weken', 'Status', 'Hulpvraag']);
    expect(rowValues(ws, 2)).toEqual([
      'De Beeldbouwers', 'Bakkerij "De Zoete Inval"; Smit & Zn', 'Middelburg', 'Social-mediaplan', 'Online marketing & verkoop',
      45, 48, utc(2026, 11, 2), utc(2026, 11, 27), 4, 'gepland', 'Meer klanten via Instagram;\nen een "echte" huisstijl voor € 0',
    ]);
    // Over New Year through week 53: weeks 53 → 3 are four calendar weeks.
    expect(rowValues(ws, 3)).toEqual([
      'team 2', 'Café Ëlla', 'Vlissingen', 'Social-mediaplan', 'Online marketing & verkoop',
      53, 3, utc(2026, 12, 28), utc(2027, 1, 22), 4, 'gepland', 'Reserveringen online',
    ]);
    expect(ws.rowCount).toBe(3);
    expect(ws.getCell('H2').numFmt).toBe('dd-mm-yyyy');
    expect(ws.getCell('F2').numFmt).toBe('0');
    const soft = wb.getWorksheet('Software Developer')!;
    expect(rowValues(soft, 2).slice(0, 2)).toEqual(['team 1', '+Plus Marketing']);
  });

  it('freezes the header row, filters it and sizes the columns to their content', async () => {
    const { wb } = await exportXlsx(false);
    for (const name of ['Mediavormgever', 'Software Developer']) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBe(name === 'Mediavormgever' ? 'A1:L3' : 'A1:L2');
      expect(ws.getRow(1).getCell(1).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    }
    const ws = wb.getWorksheet('Mediavormgever')!;
    const width = (c: number) => ws.getColumn(c).width ?? 0;
    expect(width(2)).toBeGreaterThanOrEqual('Bakkerij "De Zoete Inval"; Smit & Zn'.length);
    expect(width(6)).toBeGreaterThanOrEqual('Startweek'.length);
    expect(width(6)).toBeLessThan(20);
    expect(width(12)).toBeLessThanOrEqual(60);
    const summary = wb.getWorksheet('Overzicht')!;
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 8 });
    expect(summary.getColumn(2).width).toBeGreaterThanOrEqual('Grafisch Lyceum Zuidhaven'.length);
  });

  it('holds nothing of another school', async () => {
    for (const contacts of [false, true]) {
      const text = workbookText((await exportXlsx(contacts)).wb);
      for (const foreign of ['Noorderlicht', 'Minor Data Science', 'Geheimhouding', 'Piet Verborgen', 'piet@geheim.nl', 'Datadashboard', 'Groningen', 'Assen']) {
        expect(text).not.toContain(foreign);
      }
    }
  });

  it('adds SME contact details only when the box is ticked', async () => {
    const without = await exportXlsx(false);
    const text = workbookText(without.wb);
    for (const personal of ['Anouk Meijer', 'anouk@zoeteinval.nl', '+31 6 12345678', 'Ella Brouwer', 'Contactpersoon bedrijf']) {
      expect(text).not.toContain(personal);
    }
    const { wb } = await exportXlsx(true);
    const ws = wb.getWorksheet('Mediavormgever')!;
    expect(rowValues(ws, 1).slice(-3)).toEqual(['Contactpersoon bedrijf', 'E-mail', 'Telefoon']);
    expect(rowValues(ws, 2).slice(-3)).toEqual(['Anouk Meijer', 'anouk@zoeteinval.nl', '+31 6 12345678']);
    expect(['M3', 'N3', 'O3'].map((c) => ws.getCell(c).value)).toEqual(['Ella Brouwer', 'ella@cafeella.nl', null]);
    expect(ws.autoFilter).toBe('A1:O3');
  });

  it('speaks English when the app does', async () => {
    core.call('settings:set', { language: 'en' });
    try {
      const { file, wb } = await exportXlsx(false);
      expect(file.filename).toBe('plan-glz-periode-2.xlsx');
      expect(wb.worksheets[0]!.name).toBe('Summary');
      expect(rowValues(wb.getWorksheet('Mediavormgever')!, 1).slice(0, 3)).toEqual(['Team', 'Company', 'Town']);
      expect(rowValues(wb.getWorksheet('Mediavormgever')!, 2)[10]).toBe('planned');
    } finally {
      core.call('settings:set', { language: 'nl' });
    }
  });
});
