import { describe, expect, it } from 'vitest';
import { formatDate, formatHours, formatMoney, formatMonth, formatNumber, formatWeek } from '../../../renderer/src/i18n/format';

describe('renderer formatting', () => {
  it('shows dates as "1 sep 2026" in Dutch and "1 Sep 2026" in English', () => {
    expect(formatDate('2026-09-01', 'nl')).toBe('1 sep 2026');
    expect(formatDate('2026-03-15', 'nl')).toBe('15 mrt 2026');
    expect(formatDate('2026-09-01', 'en')).toBe('1 Sep 2026');
    expect(formatDate(null, 'nl')).toBe('—');
  });

  it('shows months and ISO weeks', () => {
    expect(formatMonth('2026-05', 'nl')).toBe('mei 2026');
    expect(formatWeek('2026-W36')).toBe('wk 36');
    expect(formatWeek('2026-W53', true)).toBe('wk 53 (2026)');
  });

  it('shows minutes as hours with one decimal in the UI language', () => {
    expect(formatHours(750, 'nl')).toBe('12,5 u');
    expect(formatHours(750, 'en')).toBe('12.5 h');
    expect(formatHours(60, 'nl')).toBe('1 u');
  });

  it('shows cents as euros with Dutch grouping', () => {
    expect(formatMoney(123456, 'nl')).toMatch(/^€\s?1\.235$/);
    expect(formatMoney(123456, 'nl', true)).toMatch(/^€\s?1\.234,56$/);
    expect(formatNumber(12345.6, 'nl', 1)).toBe('12.345,6');
  });
});
