import { describe, expect, it } from 'vitest';
import { splitCents } from '../../shared/domain/hours/funderSplit';
import { straightLineForecast } from '../../shared/domain/hours/forecast';
import { applyRateChange, rateOn } from '../../shared/domain/hours/rates';

describe('funder split', () => {
  it('always adds up to the cent, leftover cents to the largest remainders (1.5, 0.75, 0.75 → 1, 1, 1)', () => {
    const shares = [{ funderId: 1, bp: 5000 }, { funderId: 2, bp: 2500 }, { funderId: 3, bp: 2500 }];
    for (const cents of [0, 1, 2, 3, 7, 99, 101, 12345, 99999]) {
      const { parts, unassigned } = splitCents(cents, shares);
      expect([...parts.values()].reduce((a, b) => a + b, 0) + unassigned).toBe(cents);
      expect(unassigned).toBe(0);
    }
    expect([...splitCents(3, shares).parts.entries()]).toEqual([[1, 1], [2, 1], [3, 1]]);
  });
  it('leaves what shares below 100 % do not cover unassigned', () => {
    const { parts, unassigned } = splitCents(1000, [{ funderId: 4, bp: 8000 }]);
    expect(parts.get(4)).toBe(800);
    expect(unassigned).toBe(200);
    expect(splitCents(500, []).unassigned).toBe(500);
  });
});

describe('dated rates', () => {
  const rates = [{ effectiveFrom: '2025-01-01', hourlyRateCents: 5000 }, { effectiveFrom: '2026-01-01', hourlyRateCents: 5500 }];
  it('finds the rate in force on a date', () => {
    expect(rateOn(rates, '2024-12-31')).toBeNull();
    expect(rateOn(rates, '2025-06-30')).toBe(5000);
    expect(rateOn(rates, '2026-01-01')).toBe(5500);
  });
  it('a retroactive change for a closed range restores the old rate the day after', () => {
    expect(applyRateChange(rates, '2025-03-01', '2025-05-31', 6000)).toEqual([
      { effectiveFrom: '2025-01-01', hourlyRateCents: 5000 },
      { effectiveFrom: '2025-03-01', hourlyRateCents: 6000 },
      { effectiveFrom: '2025-06-01', hourlyRateCents: 5000 },
      { effectiveFrom: '2026-01-01', hourlyRateCents: 5500 },
    ]);
  });
  it('an open-ended change replaces later rates', () => {
    expect(applyRateChange(rates, '2025-07-01', null, 5200)).toEqual([
      { effectiveFrom: '2025-01-01', hourlyRateCents: 5000 }, { effectiveFrom: '2025-07-01', hourlyRateCents: 5200 },
    ]);
  });
});

describe('straight-line forecast', () => {
  it('carries the daily spend on to the end of the period', () => {
    expect(straightLineForecast(10_000, '2026-01-01', '2026-12-31', '2026-01-10')).toBe(Math.round(10_000 * 365 / 10));
    expect(straightLineForecast(10_000, '2026-01-01', '2026-12-31', '2027-03-01')).toBe(10_000);
  });
});

import { formatTimeText, parseTimeText } from '../../shared/domain/hours/timeText';
describe('timesheet cell text', () => {
  it.each([['', 0], ['1,5', 90], ['1.25', 75], [',5', 30], ['1:30', 90], ['90m', 90], ['8u', 480], ['2h', 120], ['25', null], ['abc', null], ['1:75', null]])('%s', (t, m) => {
    expect(parseTimeText(t)).toBe(m);
  });
  it('formats exactly and round-trips', () => {
    for (const m of [0, 1, 59, 60, 95, 1440]) expect(parseTimeText(formatTimeText(m))).toBe(m);
    expect(formatTimeText(95)).toBe('1:35');
  });
});
