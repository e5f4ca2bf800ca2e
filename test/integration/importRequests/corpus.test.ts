import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportMappingInput } from '../../../shared/schemas/importRequests';
import { CONTACT_EMAIL_COLUMN } from '../../fixtures/import-requests/formData';
import { fileOf, openImportCore, seedWorld, type ImportCore } from './world';

// The corpus of broken files: each one is refused as a whole (all or nothing), leaves every table and the change
// log exactly as they were, and the preview names each problem in Dutch.

let core: ImportCore;
beforeAll(async () => {
  core = openImportCore();
  await seedWorld(core);
  // One SME already there, so the corpus also runs against existing data.
  await core.call('smes:create', { name: 'Fietsenmaker Snel', kvk: '12345678', fte: 12 });
});
afterAll(() => core.close());

const email: ImportMappingInput = { contactEmail: CONTACT_EMAIL_COLUMN };

interface Case { file: string; expect: string[]; mapping?: ImportMappingInput; sheet?: string }

const CORPUS: Case[] = [
  { file: 'empty.csv', expect: ['Het bestand is leeg.'] },
  { file: 'blank-lines.csv', expect: ['Het bestand is leeg.'] },
  { file: 'header-only.csv', expect: ['Het bestand heeft alleen een kopregel en geen antwoorden.'] },
  { file: 'not-a-spreadsheet.pdf', expect: ['Dit is een PDF-bestand, geen CSV- of Excel-bestand.'] },
  { file: 'binary.csv', expect: ['Dit is geen CSV- of Excel-bestand.'] },
  { file: 'old-excel.xls', expect: ['Dit is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of .csv'] },
  { file: 'truncated.xlsx', expect: ['Het Excel-bestand is beschadigd of onvolledig'] },
  { file: 'empty-sheet.xlsx', expect: ['Het bestand is leeg.'] },
  { file: 'forms-export.xlsx', sheet: 'Blad9', expect: ['Werkblad “Blad9” bestaat niet in dit bestand.'] },
  { file: 'forms-export.xlsx', sheet: 'Toelichting', expect: ['Kies een kolom voor “Bedrijfsnaam”: dat veld is verplicht.'] },
  { file: 'bad-utf8-with-bom.csv', expect: ['Het bestand zegt UTF-8 te zijn (BOM), maar bevat ongeldige tekens.'] },
  { file: 'missing-kvk-column.csv', expect: ['Kies een kolom voor “KvK-nummer”: dat veld is verplicht.'] },
  { file: 'missing-name-and-fte.csv', expect: ['Kies een kolom voor “Bedrijfsnaam”', 'Kies een kolom voor “Aantal fte”'] },
  { file: 'column-twice.csv', mapping: { smeName: 0, fte: 0 }, expect: ['Kolom “Bedrijfsnaam” is aan meer dan één veld gekoppeld (Bedrijfsnaam, Aantal fte).'] },
  {
    file: 'bad-kvk.csv',
    expect: [
      'KvK-nummer “1234567” heeft 7 cijfers: Excel laat voorloopnullen weg. Bedoelt u 01234567?',
      'KvK-nummer “1234567A”: Een KvK-nummer bestaat uit precies 8 cijfers (voorloopnullen tellen mee).',
      'KvK-nummer “123456789”: Een KvK-nummer bestaat uit precies 8 cijfers',
    ],
  },
  { file: 'kvk-as-number.xlsx', expect: ['KvK-nummer “1234567” heeft 7 cijfers: Excel laat voorloopnullen weg. Bedoelt u 01234567?'] },
  {
    file: 'bad-postcode.csv',
    expect: ['Postcode “0123 AB”: Gebruik een postcode als 1234 AB', 'Postcode “1234 SS”: Gebruik een postcode', 'Postcode “12345”: Gebruik een postcode'],
  },
  { file: 'unknown-offering.csv', expect: ['Onbekend menukaart-item “Raketbouw voor beginners”.'] },
  { file: 'near-offering.csv', expect: ['Onbekend menukaart-item “webshop”. Bedoelt u “Webshop bouwen”?'] },
  {
    file: 'bad-numbers.csv',
    expect: ['Aantal fte “veel” is geen getal.', 'Digitale volwassenheid “12”: Een cijfer van 1 tot en met 10.', 'Digitale volwassenheid “zeven” is geen getal.'],
  },
  {
    file: 'bad-dates.csv',
    expect: ['Ontvangen op “31-02-2026” is geen datum', 'Ontvangen op “gisteren” is geen datum', 'Gewenst einde “01-02-2027”: De einddatum ligt vóór de begindatum.'],
  },
  { file: 'missing-values.csv', expect: ['Bedrijfsnaam ontbreekt.', 'KvK-nummer ontbreekt.', 'Aantal fte ontbreekt.'] },
  { file: 'duplicate-rows.csv', mapping: email, expect: ['Dubbele regel: dezelfde aanvraag als regel 3.'] },
  { file: 'ragged-rows.csv', expect: ['Deze regel heeft 2 kolommen, de kopregel 4.', 'Deze regel heeft 6 kolommen, de kopregel 4.'] },
  { file: 'unterminated-quote.csv', expect: ['Regel 2: een aanhalingsteken (") wordt nergens afgesloten'] },
  { file: 'garbled-encoding.csv', expect: ['lijkt verkeerd gecodeerd (bijvoorbeeld “Ã©” in plaats van “é”)'] },
  { file: 'bad-email.csv', expect: ['E-mailadres “anonymous”: Gebruik een e-mailadres als naam@bedrijf.nl.'] },
  { file: 'bad-priority-intermediary.csv', expect: ['Prioriteit “supersnel” is onbekend (laag, normaal of hoog).', 'Onbekende intermediair “Bank van Nergens”.'] },
  { file: 'too-long-question.csv', expect: ['Vraag is te lang (hoogstens 5000 tekens).'] },
  { file: 'forms-export.csv', expect: ['E-mailadres “anonymous”: Gebruik een e-mailadres als naam@bedrijf.nl.'] },
];

describe('the corpus of broken files', () => {
  it('has at least twenty different broken files', () => {
    expect(new Set(CORPUS.map((c) => c.file)).size).toBeGreaterThanOrEqual(25);
  });

  it.each(CORPUS)('$file: reports each problem in Dutch and changes nothing', async (c) => {
    const before = core.snapshot();
    const input = { file: fileOf(c.file), mapping: c.mapping ?? {}, sheet: c.sheet ?? null };
    const preview = await core.call('importRequests:preview', input);
    const messages = [...preview.fileProblems.map((p) => p.message), ...preview.rows.flatMap((r) => r.problems.map((p) => p.message))];
    for (const text of c.expect) expect(messages.some((m) => m.includes(text)), `${text}\n in: ${messages.join('\n')}`).toBe(true);

    const err = await core.fail('importRequests:commit', { ...input, mode: 'all' });
    expect(err.code).toBe('import_invalid');
    expect(err.message).toMatch(/^Niet geïmporteerd: .*er is niets geïmporteerd|^Niet geïmporteerd: .*Er is niets geïmporteerd/);
    expect(core.snapshot()).toEqual(before);
  });

  it('the refusal lists every bad row with its problems', async () => {
    const err = await core.fail('importRequests:commit', { file: fileOf('bad-postcode.csv'), mode: 'all' });
    expect(err.message).toBe('Niet geïmporteerd: 3 van de 3 regels hebben een probleem; er is niets geïmporteerd. Verbeter het bestand, of kies ervoor alleen de geldige regels te importeren.');
    expect((err.details as { line: number }[]).map((d) => d.line)).toEqual([2, 3, 4]);
  });

  it('files without a single valid row stay refused when only valid rows are asked for', async () => {
    const before = core.snapshot();
    for (const file of ['bad-kvk.csv', 'empty.csv', 'truncated.xlsx', 'missing-values.csv']) {
      const err = await core.fail('importRequests:commit', { file: fileOf(file), mode: 'validOnly' });
      expect(err.code).toBe('import_invalid');
    }
    expect(core.snapshot()).toEqual(before);
  });
});
