import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../electron/core/files/pdfDoc';
import { cellValue, sheetName } from '../../../electron/core/files/xlsxBook';
import { weekSpan } from '../../../electron/core/services/exports/planColumns';
import { dutchDate } from '../../../electron/core/services/exports/weekDates';
import { defaultTerm } from '../../../renderer/src/features/exports/defaultTerm';
import type { TermRow } from '../../../shared/schemas/rows';

describe('PDF text for the standard fonts', () => {
  it('keeps Dutch letters, the euro sign, dashes and curly quotes', () => {
    expect(pdfText('Cyberhygiëne café – € 12,50 “échte” ’s … naïef')).toBe('Cyberhygiëne café – € 12,50 “échte” ’s … naïef');
  });
  it('folds what WinAnsi cannot print into something legible', () => {
    expect(pdfText('Łódź Őrség ≥ 3 ✓')).toBe('Lódz Orség >= 3 v');
    expect(pdfText('日本')).toBe('??');
  });
});

describe('sheet names', () => {
  it('are at most 31 characters, without []:*?/\\, and unique regardless of case', () => {
    const used = new Set<string>();
    expect(sheetName('Overzicht', used)).toBe('Overzicht');
    expect(sheetName('overzicht', used)).toBe('overzicht (2)');
    expect(sheetName('ICT/Software [mbo 4]: *nieuw*?', used)).toBe('ICT-Software -mbo 4-- -nieuw--');
    const long = 'Associate degree Digitale Transformatie en Innovatie';
    expect(sheetName(long, used)).toBe(long.slice(0, 31));
    expect(sheetName(long, used)).toBe(`${long.slice(0, 27)} (2)`);
    expect(sheetName('', used)).toBe('Blad');
  });
});

describe('cell values', () => {
  it('store dates at UTC midnight, cents as euros and minutes as hours', () => {
    expect(cellValue('date', '2026-12-28')).toEqual(new Date(Date.UTC(2026, 11, 28)));
    expect(cellValue('money', 123450)).toBe(1234.5);
    expect(cellValue('hours', 90)).toBe(1.5);
    expect(cellValue('text', '')).toBeNull();
  });
});

describe('dates and weeks of an assignment', () => {
  it('prints dates the Dutch way and counts calendar weeks across New Year and week 53', () => {
    expect(dutchDate('2027-01-04')).toBe('04-01-2027');
    expect(weekSpan({ startDate: '2026-11-02', endDate: '2026-11-06' })).toBe(1);
    expect(weekSpan({ startDate: '2026-11-02', endDate: '2026-11-27' })).toBe(4);
    expect(weekSpan({ startDate: '2026-12-28', endDate: '2027-01-22' })).toBe(4);
  });
});

describe('the term the export dialog offers first', () => {
  const term = (id: number, startDate: string, endDate: string) => ({ id, startDate, endDate } as TermRow);
  const terms = [term(1, '2026-02-02', '2026-07-17'), term(2, '2026-08-31', '2027-01-29'), term(3, '2027-02-01', '2027-07-16')];
  it('is the running term, else the next, else the latest', () => {
    expect(defaultTerm(terms, '2026-11-27')?.id).toBe(2);
    expect(defaultTerm(terms, '2026-08-01')?.id).toBe(2);
    expect(defaultTerm(terms, '2028-01-01')?.id).toBe(3);
    expect(defaultTerm([], '2026-01-01')).toBeNull();
  });
});
