import { describe, expect, it } from 'vitest';
import { looksDoubleEncoded, sniff } from '../../../electron/core/services/importRequests/decode';
import { applyMapping, guessMapping, normalizeHeader } from '../../../electron/core/services/importRequests/mapping';
import { guessDelimiter, readTable } from '../../../electron/core/services/importRequests/readTable';
import { companyKey, dateOf, guessDateOrder, listOf, numberOf, priorityOf } from '../../../electron/core/services/importRequests/values';

describe('reading cells', () => {
  it('reads Dutch and English numbers, and refuses words and ranges', () => {
    expect([numberOf('12,5'), numberOf('12.5'), numberOf(' 3 fte'), numberOf('4 medewerkers')]).toEqual([12.5, 12.5, 3, 4]);
    expect([numberOf('veel'), numberOf('2-9'), numberOf(''), numberOf('1.000,5')]).toEqual([null, null, null, null]);
  });

  it('reads form timestamps and plain dates, day first unless the file says otherwise', () => {
    expect(dateOf('2-11-2026 09:14:05', 'dmy')).toBe('2026-11-02');
    expect(dateOf('2026-11-02T09:14:05', 'dmy')).toBe('2026-11-02');
    expect(dateOf('11/27/26 2:03 PM', 'mdy')).toBe('2026-11-27');
    expect(dateOf('02.11.2026', 'dmy')).toBe('2026-11-02');
    expect([dateOf('31-02-2026', 'dmy'), dateOf('gisteren', 'dmy'), dateOf('46353', 'dmy')]).toEqual([null, null, null]);
    expect(guessDateOrder(['11/27/2026 10:00', '12/01/2026'])).toBe('mdy');
    expect(guessDateOrder(['27-11-2026', '01-12-2026'])).toBe('dmy');
    expect(guessDateOrder(['01-02-2026'])).toBe('dmy');
  });

  it('splits multiple-choice answers and knows the priorities', () => {
    expect(listOf('Meer klanten;Betere vindbaarheid;')).toEqual(['Meer klanten', 'Betere vindbaarheid']);
    expect(listOf('Tijd\nGeld')).toEqual(['Tijd', 'Geld']);
    expect([priorityOf('Hoog'), priorityOf('laag'), priorityOf('normal'), priorityOf('supersnel')]).toEqual(['high', 'low', 'normal', null]);
    expect(companyKey('Fietsenmaker Snel B.V.')).toBe(companyKey('fietsenmaker  snel'));
  });
});

describe('guessing columns', () => {
  it('normalises headers with non-breaking spaces, line breaks, accents and question marks', () => {
    expect(normalizeHeader('KvK-nummer\u00a0')).toBe('kvk nummer');
    expect(normalizeHeader('Wat is uw vraag?\n(in uw eigen woorden)')).toBe('wat is uw vraag');
    expect(normalizeHeader('Cyberhygiëne *')).toBe('cyberhygiene');
  });

  it('maps Dutch and English headers, each column to one field at most', () => {
    const m = guessMapping(['ID', 'Company name', 'CoC number', 'Employees', 'Zip code', 'E-mail', 'Contact person', 'Question', 'Received']);
    expect(m).toMatchObject({ smeName: 1, kvk: 2, fte: 3, postcode: 4, contactEmail: 5, contactName: 6, question: 7, receivedOn: 8 });
    const nl = guessMapping(['Bedrijfsnaam', 'Postcode bedrijf', 'KvK', 'Aantal fte']);
    expect(nl).toMatchObject({ smeName: 0, postcode: 1, kvk: 2, fte: 3 });
    expect(guessMapping(['ID', 'Begintijd']).smeName).toBeNull();
  });

  it("the user's choice wins, and takes the column away from the field that had it by guess", () => {
    const guess = guessMapping(['Bedrijfsnaam', 'KvK', 'fte', 'E-mail', 'Bereikbaar op']);
    expect(guess.contactEmail).toBe(3);
    const m = applyMapping(guess, { contactEmail: 4, postcode: null });
    expect(m.contactEmail).toBe(4);
    expect(m.postcode).toBeNull();
    expect(applyMapping(guess, { question: 3 }).contactEmail).toBeNull();
  });
});

describe('recognising files', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('tells UTF-8 (with and without BOM), UTF-16 and Windows-1252 apart', () => {
    expect(sniff(enc('\uFEFFnaam;kvk\nCafé;1'))).toEqual({ kind: 'text', text: 'naam;kvk\nCafé;1', encoding: 'utf-8-bom' });
    expect(sniff(enc('naam;kvk\nCafé;1'))).toMatchObject({ encoding: 'utf-8', text: 'naam;kvk\nCafé;1' });
    expect(sniff(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x31]))).toEqual({ kind: 'text', text: 'Café;1', encoding: 'windows-1252' });
    const le = Buffer.from('naam\tkvk\nCafé\t1', 'utf16le');
    expect(sniff(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toMatchObject({ encoding: 'utf-16le', text: 'naam\tkvk\nCafé\t1' });
    expect(sniff(le)).toMatchObject({ encoding: 'utf-16le', text: 'naam\tkvk\nCafé\t1' });
  });

  it('names files that are not spreadsheets', () => {
    expect(sniff(new Uint8Array())).toMatchObject({ kind: 'problem', key: 'fileEmpty' });
    expect(sniff(enc('%PDF-1.7'))).toMatchObject({ kind: 'problem', key: 'foreignFile', params: { what: 'PDF' } });
    expect(sniff(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toEqual({ kind: 'xlsx' });
    expect(sniff(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]))).toMatchObject({ key: 'oldExcel' });
    expect(looksDoubleEncoded('CafÃ© de Zon')).toBe('Ã©');
    expect(looksDoubleEncoded('Café de Zon, Özdemir, “quotes”')).toBeNull();
  });

  it('finds the separator in the header, outside quotes', () => {
    expect(guessDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(guessDelimiter('"a;b",c,d\n')).toBe(',');
    expect(guessDelimiter('\n\na\tb\tc')).toBe('\t');
    expect(guessDelimiter('naam\n')).toBe(',');
  });
});

describe('reading a CSV', () => {
  it("honours Excel's sep= line and numbers records by the line they start on", async () => {
    const t = await readTable(new TextEncoder().encode('sep=;\r\nNaam;Vraag\r\nA;"twee\r\nregels"\r\n\r\nB;een\r\n'), null);
    expect(t.delimiter).toBe(';');
    expect(t.headers).toEqual(['Naam', 'Vraag']);
    expect(t.rows).toEqual([{ line: 3, cells: ['A', 'twee\nregels'] }, { line: 6, cells: ['B', 'een'] }]);
  });
});
