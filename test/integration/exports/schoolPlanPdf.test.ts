import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../helpers/coreHarness';
import { pdfInfo, pdfPages } from '../../fixtures/exports/readBack';
import { buildExportWorld } from './world';

let core: Core;
let world: ReturnType<typeof buildExportWorld>;
beforeAll(() => {
  core = openCore();
  world = buildExportWorld(core);
});
afterAll(() => core.close());

async function exportPdf(includeContacts = false, schoolId = world.zuid, termId = world.term) {
  const file = await core.callAsync('exports:schoolPlan', { schoolId, termId, format: 'pdf', includeContacts });
  const bytes = Buffer.from(file.base64, 'base64');
  return { file, bytes, text: (await pdfPages(bytes)).join('\n') };
}

describe('school plan as PDF', () => {
  it('is an A4 landscape document titled with school and term', async () => {
    const { file, bytes } = await exportPdf();
    expect(file.filename).toBe('planning-glz-periode-2.pdf');
    expect(file.mime).toBe('application/pdf');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = await pdfInfo(bytes);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([842, 595]);
    expect(info.title).toBe('Planning studententeams – Grafisch Lyceum Zuidhaven – Periode 2');
    expect(info.pages).toBeGreaterThanOrEqual(2);
  });

  it('prints title, school, term, the week grid, every team and SME, with Dutch characters intact', async () => {
    const { bytes, text } = await exportPdf();
    const pages = await pdfPages(bytes);
    expect(pages[0]).toContain('Planning studententeams');
    expect(pages[0]).toContain('Grafisch Lyceum Zuidhaven · Periode 2 (2026-2027)');
    expect(pages[0]).toContain('Periode: 02-11-2026 – 31-01-2027 · Week 45–4');
    expect(pages[0]).toContain('Contactpersoon school: Ingrid Bakker (i.bakker@glz.nl)');
    // The grid's header runs through ISO week 53 into the new year.
    expect(pages[0]).toMatch(/Week 45 46 47 48 49 50 51 52 53 1 2 3 4/);
    for (const s of ['Mediavormgever · mbo 4', 'Software Developer · mbo 4', 'De Beeldbouwers', 'team 2', 'team 1', 'Legenda:', 'gepland', 'vakantie', 'toetsweek']) {
      expect(pages[0]).toContain(s);
    }
    for (const s of ['Opdrachten per team', 'Bakkerij "De Zoete Inval"; Smit & Zn, Middelburg', 'Café Ëlla, Vlissingen', '+Plus Marketing, Goes',
      'Social-mediaplan', 'Website vernieuwen', '02-11-2026 – 27-11-2026', '28-12-2026 – 22-01-2027', 'Begeleider: Femke Visser',
      '4 studenten per team', '8 uur per student per week', 'Pagina 1 van']) {
      expect(text).toContain(s);
    }
  });

  it('holds nothing of another school, and SME contacts only when ticked', async () => {
    const without = await exportPdf(false);
    const withContacts = await exportPdf(true);
    for (const { text } of [without, withContacts]) {
      for (const foreign of ['Noorderlicht', 'Minor Data Science', 'Geheimhouding', 'Piet Verborgen', 'Datadashboard', 'Groningen', 'Assen']) {
        expect(text).not.toContain(foreign);
      }
    }
    for (const personal of ['Anouk Meijer', 'anouk@zoeteinval.nl', '+31 6 12345678', 'Ella Brouwer', 'vertrouwelijk']) {
      expect(without.text).not.toContain(personal);
      expect(withContacts.text).toContain(personal);
    }
  });

  it('is in English when the app is', async () => {
    core.call('settings:set', { language: 'en' });
    try {
      const { text } = await exportPdf();
      for (const s of ['Student team plan', 'Week plan', 'Assignments per team', 'Legend:', 'planned', 'holiday', 'Page 1 of', '4 students per team']) {
        expect(text).toContain(s);
      }
      expect(text).not.toContain('Opdrachten per team');
    } finally {
      core.call('settings:set', { language: 'nl' });
    }
  });

  it('says so when a school has no teams in the term', async () => {
    const emptyTerm = core.call('terms:create', { schoolId: world.zuid, name: 'Zomerschool', startDate: '2027-07-05', endDate: '2027-07-30' }).id;
    const { text } = await exportPdf(false, world.zuid, emptyTerm);
    expect(text).toContain('Deze school heeft in deze periode geen studententeams.');
  });
});
