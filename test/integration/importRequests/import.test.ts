import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTACT_EMAIL_COLUMN } from '../../fixtures/import-requests/formData';
import { fileOf, openImportCore, seedWorld, type ImportCore } from './world';

// Good form exports import completely, in one undoable action; SMEs already in the workspace (same KvK) get the
// request and their empty details filled; the user's explicit "valid rows only" imports exactly those rows.

let core: ImportCore;
beforeEach(async () => {
  core = openImportCore();
  await seedWorld(core);
});
afterEach(() => core.close());

/** The form's own "E-mail" column says "anonymous"; the contact's address is in a question column. */
const mapping = { contactEmail: CONTACT_EMAIL_COLUMN };

const smes = () => core.db().prepare(`SELECT name, kvk, fte, postcode, municipality, contact_name AS contact, contact_email AS email,
  contact_phone AS phone FROM smes ORDER BY kvk`).all();
const requests = () => core.db().prepare(`SELECT s.kvk, o.name AS offering, r.question, r.digital_maturity AS maturity, r.goals,
  r.obstacles, r.channel, r.received_on AS receivedOn, r.status FROM requests r JOIN smes s ON s.id = r.sme_id
  LEFT JOIN offerings o ON o.id = r.offering_id ORDER BY r.id`).all();

describe('importing a Microsoft Forms export', () => {
  it('guesses the columns from Dutch questions with odd spaces and line breaks', async () => {
    const p = await core.call('importRequests:preview', { file: fileOf('forms-export.csv') });
    const label = (f: keyof typeof p.mapping) => (p.mapping[f] === null ? null : p.headers[p.mapping[f]!]!.label);
    expect(p.format).toBe('csv');
    expect(p.encoding).toBe('utf-8-bom');
    expect(p.delimiter).toBe(',');
    expect(label('smeName')).toBe('Naam van uw bedrijf');
    expect(label('kvk')).toBe('KvK-nummer');
    expect(label('fte')).toBe('Aantal medewerkers (fte)');
    expect(label('question')).toBe('Wat is uw vraag? (in uw eigen woorden)');
    expect(label('digitalMaturity')).toBe('Hoe digitaal is uw bedrijf? (1-10)');
    expect(label('receivedOn')).toBe('Tijd van voltooien');
    expect(label('contactEmail')).toBe('E-mail'); // the guess a user corrects
    expect(p.hints.map((h) => h.message)).toEqual(['Kolom “E-mail” geeft bij 5 van de 5 regels een probleem met E-mailadres. Hoort die kolom wel bij dat veld?']);
    expect(p.headers[0]!.samples).toEqual(['1', '2', '3']);
  });

  it('imports every row as one undo step: four new SMEs, five requests, answers kept as typed', async () => {
    const p = await core.call('importRequests:preview', { file: fileOf('forms-export.csv'), mapping });
    expect(p.counts).toEqual({ rows: 5, valid: 5, invalid: 0, newSmes: 4, existingSmes: 0, repeats: 1 });
    expect(p.hints).toEqual([]);
    expect(p.rows.find((r) => r.line === 8)!.notices.map((n) => n.message)).toEqual(['Zelfde bedrijf (KvK 01234567) als regel 3.']);
    const groups = core.count(`SELECT count(*) FROM action_groups`);

    const result = await core.call('importRequests:commit', { file: fileOf('forms-export.csv'), mapping, mode: 'all' });
    expect(result).toEqual({ requests: 5, newSmes: 4, updatedSmes: 0, skipped: 0 });
    expect(smes()).toEqual([
      { name: 'Bakkerij De Korenbloem', kvk: '01234567', fte: 4, postcode: '3511 AB', municipality: 'Utrecht', contact: 'Anna de Vries', email: 'anna@korenbloem.nl', phone: '06-12345678' },
      { name: 'Fietsenmaker Snel B.V.', kvk: '12345678', fte: 12.5, postcode: '3512 CD', municipality: 'Utrecht', contact: 'Jan Bakker', email: 'jan@fietssnel.nl', phone: '030-1234567' },
      { name: 'Café de Zon', kvk: '23456789', fte: 3, postcode: '1011 AA', municipality: 'Amsterdam', contact: 'Sofie Özdemir', email: 'sofie@cafedezon.nl', phone: null },
      { name: 'Installatiebedrijf Warmte', kvk: '34567890', fte: 22, postcode: '3811 AB', municipality: 'Amersfoort', contact: 'Peter Jansen', email: 'p.jansen@warmte.nl', phone: '033 765 4321' },
    ]);
    const reqs = requests();
    expect(reqs).toHaveLength(5);
    expect(reqs[0]).toEqual({
      kvk: '01234567', offering: 'Website- en SEO-quickscan', question: 'Onze website is verouderd.\nWe willen beter gevonden worden.',
      maturity: 4, goals: '["Meer klanten","Betere vindbaarheid"]', obstacles: '["Tijd","Kennis"]', channel: 'Via de gemeente',
      receivedOn: '2026-11-02', status: 'new',
    });
    expect(reqs.map((r) => (r as { offering: string }).offering)).toEqual(['Website- en SEO-quickscan', 'Webshop bouwen', 'Social-mediaplan', 'Cyberhygiënecheck', 'Digitale roadmap']);
    expect(core.count(`SELECT count(*) FROM action_groups`)).toBe(groups + 1);
    expect(core.count(`SELECT count(*) FROM request_status_history`)).toBe(5);

    await core.call('history:undo');
    expect(core.count(`SELECT count(*) FROM smes`)).toBe(0);
    expect(core.count(`SELECT count(*) FROM requests`)).toBe(0);
  });

  it('the same answers as XLSX, Windows-1252 with semicolons and UTF-16 with tabs give the same records', async () => {
    await core.call('importRequests:commit', { file: fileOf('forms-export.csv'), mapping, mode: 'all' });
    const expected = { smes: smes(), requests: requests() };
    for (const [file, encoding] of [['forms-export.xlsx', null], ['forms-export-1252.csv', 'windows-1252'], ['forms-export-utf16.csv', 'utf-16le']] as const) {
      await core.call('history:undo');
      expect(core.count(`SELECT count(*) FROM smes`)).toBe(0);
      const p = await core.call('importRequests:preview', { file: fileOf(file), mapping });
      expect(p.encoding).toBe(encoding);
      expect(p.counts.valid).toBe(5);
      await core.call('importRequests:commit', { file: fileOf(file), mapping, mode: 'all' });
      expect({ smes: smes(), requests: requests() }, file).toEqual(expected);
    }
  });

  it('an XLSX export is read from its first worksheet, or from the one chosen', async () => {
    const p = await core.call('importRequests:preview', { file: fileOf('forms-export.xlsx'), mapping });
    expect(p.sheets).toEqual(['Form1', 'Toelichting']);
    expect(p.sheet).toBe('Form1');
    const other = await core.call('importRequests:preview', { file: fileOf('forms-export.xlsx'), sheet: 'Toelichting' });
    expect(other.sheet).toBe('Toelichting');
    expect(other.fileProblems.map((x) => x.key)).toContain('missingColumn');
  });

  it('a KvK already in the workspace gets the request, and only its empty details are filled in', async () => {
    const existing = (await core.call('smes:create', { name: 'Fietsenmaker Snel', kvk: '12345678', fte: 9, municipality: 'De Meern' })).id;
    core.db().prepare(`INSERT INTO requests (sme_id, question, received_on) VALUES (?, 'Oude vraag', '2026-01-05')`).run(existing);
    const p = await core.call('importRequests:preview', { file: fileOf('forms-export.csv'), mapping });
    expect(p.counts).toMatchObject({ valid: 5, newSmes: 3, existingSmes: 1 });
    const row = p.rows.find((r) => r.kvk === '12345678')!;
    expect(row.sme).toBe('existing');
    expect(row.notices[0]!.message).toBe('Bestaand bedrijf “Fietsenmaker Snel” (KvK 12345678): de aanvraag komt daarbij; lege gegevens worden aangevuld.');

    const result = await core.call('importRequests:commit', { file: fileOf('forms-export.csv'), mapping, mode: 'all' });
    expect(result).toEqual({ requests: 5, newSmes: 3, updatedSmes: 1, skipped: 0 });
    const sme = core.db().prepare(`SELECT name, fte, municipality, postcode, contact_name AS contact FROM smes WHERE id = ?`).get(existing);
    // Name, FTE and municipality were there and stay; postcode and contact were empty and are filled.
    expect(sme).toEqual({ name: 'Fietsenmaker Snel', fte: 9, municipality: 'De Meern', postcode: '3512 CD', contact: 'Jan Bakker' });
    expect(core.count(`SELECT count(*) FROM smes WHERE kvk = '12345678'`)).toBe(1);
    expect(core.count(`SELECT count(*) FROM requests WHERE sme_id = ${existing}`)).toBe(2);
  });

  it('an archived company with the KvK still gets the request, and the preview says it is archived', async () => {
    const archived = (await core.call('smes:create', { name: 'Fietsenmaker Snel', kvk: '12345678', fte: 9 })).id;
    await core.call('smes:archive', { id: archived, archived: true });
    const p = await core.call('importRequests:preview', { file: fileOf('forms-export.csv'), mapping });
    const row = p.rows.find((r) => r.kvk === '12345678')!;
    expect(row.notices.map((n) => n.message)).toContain('“Fietsenmaker Snel” is gearchiveerd; de aanvraag komt er toch bij. Zet het bedrijf terug als het weer actief is.');
    await core.call('importRequests:commit', { file: fileOf('forms-export.csv'), mapping, mode: 'all' });
    expect(core.count(`SELECT count(*) FROM requests WHERE sme_id = ${archived}`)).toBe(1);
    expect(core.count(`SELECT count(*) FROM smes WHERE kvk = '12345678'`)).toBe(1);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    await core.call('importRequests:commit', { file: fileOf('forms-export.csv'), mapping, mode: 'all' });
    const before = core.snapshot();
    const p = await core.call('importRequests:preview', { file: fileOf('forms-export.csv'), mapping });
    expect(p.counts.valid).toBe(0);
    expect(p.rows[0]!.problems[0]!.message).toBe('Deze aanvraag van Bakkerij De Korenbloem (ontvangen 2026-11-02) staat al in de werkplaats.');
    expect((await core.fail('importRequests:commit', { file: fileOf('forms-export.csv'), mapping, mode: 'validOnly' })).message)
      .toBe('Niet geïmporteerd: geen enkele regel is geldig; er is niets geïmporteerd.');
    expect(core.snapshot()).toEqual(before);
  });
});

describe('choosing to import only the valid rows', () => {
  it('all-or-nothing refuses a mixed file; valid-only imports exactly its valid rows in one undo step', async () => {
    const input = { file: fileOf('mixed.csv'), mapping };
    const p = await core.call('importRequests:preview', input);
    expect(p.counts).toEqual({ rows: 5, valid: 3, invalid: 2, newSmes: 2, existingSmes: 0, repeats: 1 });
    expect(p.rows.filter((r) => r.problems.length > 0).map((r) => [r.line, r.problems.map((x) => x.message)])).toEqual([
      [5, ['KvK-nummer “123”: Een KvK-nummer bestaat uit precies 8 cijfers (voorloopnullen tellen mee).']],
      [7, ['Postcode “0000 XX”: Gebruik een postcode als 1234 AB (4 cijfers, niet beginnend met 0, en 2 letters).']],
    ]);
    const before = core.snapshot();
    const err = await core.fail('importRequests:commit', { ...input, mode: 'all' });
    expect(err.message).toContain('2 van de 5 regels hebben een probleem; er is niets geïmporteerd');
    expect(core.snapshot()).toEqual(before);

    const result = await core.call('importRequests:commit', { ...input, mode: 'validOnly' });
    expect(result).toEqual({ requests: 3, newSmes: 2, updatedSmes: 0, skipped: 2 });
    expect(core.db().prepare(`SELECT kvk FROM smes ORDER BY kvk`).pluck().all()).toEqual(['01234567', '12345678']);
    expect(requests().map((r) => (r as { offering: string }).offering)).toEqual(['Website- en SEO-quickscan', 'Webshop bouwen', 'Digitale roadmap']);
    await core.call('history:undo');
    expect(core.snapshot().smes).toEqual([]);
    expect(core.snapshot().requests).toEqual([]);
  });

  it('speaks English when the workspace does', async () => {
    await core.call('settings:set', { language: 'en' });
    const p = await core.call('importRequests:preview', { file: fileOf('mixed.csv'), mapping });
    expect(p.rows.find((r) => r.line === 5)!.problems[0]!.message).toBe('KvK number “123”: A KvK number is exactly 8 digits (leading zeros count).');
    const err = await core.fail('importRequests:commit', { file: fileOf('mixed.csv'), mapping, mode: 'all' });
    expect(err.message).toBe('Not imported: 2 of the 5 rows have a problem; nothing was imported. Fix the file, or choose to import only the valid rows.');
  });
});
