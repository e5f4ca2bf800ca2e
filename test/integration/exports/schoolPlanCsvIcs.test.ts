import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../helpers/coreHarness';
import { readCsv, readIcs } from '../../fixtures/exports/readBack';
import { buildExportWorld } from './world';

let core: Core;
let world: ReturnType<typeof buildExportWorld>;
beforeAll(() => {
  core = openCore();
  world = buildExportWorld(core);
});
afterAll(() => core.close());

const exportAs = async (format: 'csv' | 'ics', extra: { includeContacts?: boolean; csvSeparator?: ',' | ';' } = {}) => {
  const file = await core.callAsync('exports:schoolPlan', { schoolId: world.zuid, termId: world.term, format, ...extra });
  return { file, bytes: Buffer.from(file.base64, 'base64') };
};

describe('school plan as CSV', () => {
  it('is RFC 4180 with a BOM: comma by default, CRLF, quoted where needed, one row per assignment', async () => {
    const { file, bytes } = await exportAs('csv');
    expect(file.filename).toBe('planning-glz-periode-2.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { bom, text, rows, delimiter } = readCsv(bytes);
    expect(bom).toBe(true);
    expect(delimiter).toBe(',');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('Opleiding,Niveau,Team,Bedrijf,Plaats,Menukaart-item,Thema,Startweek,Eindweek,Startdatum,Einddatum,Weken,Status,Hulpvraag');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual(['Mediavormgever', 'mbo 4', 'De Beeldbouwers', 'Bakkerij "De Zoete Inval"; Smit & Zn', 'Middelburg', 'Social-mediaplan',
      'Online marketing & verkoop', '45', '48', '02-11-2026', '27-11-2026', '4', 'gepland', 'Meer klanten via Instagram;\nen een "echte" huisstijl voor € 0']);
    // Quotes are doubled and the field with them is quoted; the line break stays inside its quoted field.
    expect(text).toContain('"Bakkerij ""De Zoete Inval""; Smit & Zn"');
    expect(text).toContain('"Meer klanten via Instagram;\nen een ""echte"" huisstijl voor € 0"');
    expect(rows[2]?.slice(2, 4)).toEqual(['team 2', 'Café Ëlla']);
  });

  it('uses semicolons for Dutch Excel when asked, quoting fields that hold one', async () => {
    const { bytes } = await exportAs('csv', { csvSeparator: ';' });
    const { text, rows, delimiter } = readCsv(bytes);
    expect(delimiter).toBe(';');
    expect(text.split('\r\n')[0]).toMatch(/^Opleiding;Niveau;Team;Bedrijf;/);
    expect(rows[1]?.[3]).toBe('Bakkerij "De Zoete Inval"; Smit & Zn');
    expect(rows[1]?.[13]).toBe('Meer klanten via Instagram;\nen een "echte" huisstijl voor € 0');
    expect(rows.every((r) => r.length === 14)).toBe(true);
  });

  it('defuses a cell a spreadsheet would run as a formula, but keeps phone numbers', async () => {
    const { bytes } = await exportAs('csv', { includeContacts: true });
    const { rows } = readCsv(bytes);
    const plus = rows.find((r) => r[3]?.includes('Plus Marketing'));
    expect(plus?.[3]).toBe("'+Plus Marketing");
    expect(rows[1]?.slice(-3)).toEqual(['Anouk Meijer', 'anouk@zoeteinval.nl', '+31 6 12345678']);
    expect(rows[0]?.slice(-3)).toEqual(['Contactpersoon bedrijf', 'E-mail', 'Telefoon']);
  });

  it('holds nothing of another school and no contacts unless ticked', async () => {
    const plain = readCsv((await exportAs('csv')).bytes).text;
    const withContacts = readCsv((await exportAs('csv', { includeContacts: true })).bytes).text;
    for (const text of [plain, withContacts]) {
      for (const foreign of ['Noorderlicht', 'Geheimhouding', 'Piet Verborgen', 'Datadashboard']) expect(text).not.toContain(foreign);
    }
    for (const personal of ['Anouk Meijer', 'anouk@zoeteinval.nl', 'Ella Brouwer']) {
      expect(plain).not.toContain(personal);
      expect(withContacts).toContain(personal);
    }
  });
});

describe('school plan as iCalendar', () => {
  it('has one all-day event per assignment from Monday of the first week to Friday of the last', async () => {
    const { file, bytes } = await exportAs('ics');
    expect(file.filename).toBe('planning-glz-periode-2.ics');
    expect(file.mime).toBe('text/calendar;charset=utf-8');
    const { name, events } = readIcs(bytes);
    expect(name).toBe('Grafisch Lyceum Zuidhaven – Periode 2');
    expect(events).toHaveLength(3);
    const bySme = (s: string) => events.find((e) => e.summary.includes(s))!;
    const bakery = bySme('Zoete Inval');
    expect(bakery.summary).toBe('Bakkerij "De Zoete Inval"; Smit & Zn – Social-mediaplan (De Beeldbouwers, Mediavormgever)');
    expect(bakery.allDay).toBe(true);
    expect(bakery.start).toBe('2026-11-02');
    expect(bakery.end).toBe('2026-11-28'); // exclusive: the Saturday after the last Friday
    expect(bakery.location).toBe('Middelburg');
    expect(bakery.description).toContain('Menukaart-item: Social-mediaplan');
    expect(bakery.description).toContain('Week: 2026-W45 – 2026-W48');
    expect(bakery.description).toContain('Meer klanten via Instagram;\nen een "echte" huisstijl voor € 0');
    const cafe = bySme('Café Ëlla');
    expect([cafe.start, cafe.end]).toEqual(['2026-12-28', '2027-01-23']);
    expect(bySme('Plus Marketing').summary).toBe('+Plus Marketing – Website vernieuwen (team 1, Software Developer)');
    expect(new Set(events.map((e) => e.uid)).size).toBe(3);
  });

  it('names the SME contact only when ticked, and nothing of another school', async () => {
    const plain = readIcs((await exportAs('ics')).bytes).events;
    const withContacts = readIcs((await exportAs('ics', { includeContacts: true })).bytes).events;
    const all = (es: typeof plain) => es.map((e) => `${e.summary}\n${e.description}\n${e.location}`).join('\n');
    expect(all(plain)).not.toContain('Anouk Meijer');
    expect(all(withContacts)).toContain('Contactpersoon bedrijf: Anouk Meijer, anouk@zoeteinval.nl, +31 6 12345678');
    for (const foreign of ['Noorderlicht', 'Geheimhouding', 'Piet Verborgen']) expect(all(withContacts)).not.toContain(foreign);
    // Same assignment, same UID: re-importing a newer export updates the events.
    expect(withContacts.map((e) => e.uid).sort()).toEqual(plain.map((e) => e.uid).sort());
  });
});

describe('choosing what to export', () => {
  it('summarises what the file will hold', () => {
    expect(core.call('exports:schoolPlanSummary', { schoolId: world.zuid, termId: world.term })).toEqual({
      schoolName: 'Grafisch Lyceum Zuidhaven', termName: 'Periode 2', programmes: 2, teams: 3, assignments: 3, weeks: 13,
    });
  });

  it('stops a running export when the user cancels, and makes no file', async () => {
    const pending = core.failAsync('exports:schoolPlan', { schoolId: world.zuid, termId: world.term, format: 'pdf', taskId: 'export-cancel-1' });
    // The export runs until its first pause; the cancel arrives before that pause ends.
    expect(core.call('tasks:cancel', { taskId: 'export-cancel-1' })).toEqual({ cancelled: true });
    const error = await pending;
    expect([error.code, error.message]).toEqual(['cancelled', 'Geannuleerd: er is niets gewijzigd.']);
    expect(core.call('tasks:cancel', { taskId: 'export-cancel-1' })).toEqual({ cancelled: false });
  });

  it('refuses a term of another school, an unknown school and a bad format, in the user’s language', async () => {
    const other = await core.failAsync('exports:schoolPlan', { schoolId: world.zuid, termId: world.otherTerm, format: 'pdf' });
    expect(other.code).toBe('term_other_school');
    expect(other.message).toBe('Onderwijsperiode “Semester 1” hoort niet bij Grafisch Lyceum Zuidhaven.');
    const missing = await core.failAsync('exports:schoolPlan', { schoolId: 999, termId: world.term, format: 'pdf' });
    expect(missing.code).toBe('not_found');
    const bad = await core.failAsync('exports:schoolPlan', { schoolId: world.zuid, termId: world.term, format: 'docx' as never });
    expect(bad.code).toBe('invalid_input');
    const sep = await core.failAsync('exports:schoolPlan', { schoolId: world.zuid, termId: world.term, format: 'csv', csvSeparator: '\t' as never });
    expect(sep.code).toBe('invalid_input');
  });
});
