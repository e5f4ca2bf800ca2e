import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWeeksToKey, mondayOf, schoolYearOf, weekKeyOf, weeksBetween, weeksInIsoYear } from '../../shared/domain/weeks';
import { entryCostCents } from '../../shared/domain/cost';

describe('ISO weeks', () => {
  it('2026 has a week 53: 28 December 2026 – 3 January 2027', () => {
    expect(weeksInIsoYear(2026)).toBe(53);
    expect(weeksInIsoYear(2027)).toBe(52);
    expect(weekKeyOf('2026-12-28')).toBe('2026-W53');
    expect(weekKeyOf('2027-01-03')).toBe('2026-W53');
    expect(weekKeyOf('2027-01-04')).toBe('2027-W01');
    expect(mondayOf('2026-W53')).toBe('2026-12-28');
  });
  it('week keys sort in calendar order across the year end', () => {
    const weeks = weeksBetween('2026-12-14', '2027-01-17');
    expect(weeks).toEqual(['2026-W51', '2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect([...weeks].sort()).toEqual(weeks);
  });
  it('adding weeks and taking the Monday round-trips for any date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(2000, 0, 1), max: new Date(2060, 0, 1), noInvalidDate: true }), fc.integer({ min: -120, max: 120 }), (d, n) => {
        const key = weekKeyOf(d);
        const moved = addWeeksToKey(key, n);
        return addWeeksToKey(moved, -n) === key && weekKeyOf(mondayOf(moved)) === moved;
      }),
    );
  });
  it('the school year runs 1 September – 31 August', () => {
    expect(schoolYearOf('2026-08-31')).toBe('2025-2026');
    expect(schoolYearOf('2026-09-01')).toBe('2026-2027');
  });
});

describe('cost of a time entry', () => {
  it('is minutes × hourly rate in whole cents, rounded half up', () => {
    expect(entryCostCents(60, 7500)).toBe(7500);
    expect(entryCostCents(90, 7550)).toBe(11325);
    expect(entryCostCents(1, 7550)).toBe(126); // 125.83 → 126
    expect(entryCostCents(2, 45)).toBe(2); // 1.5 → 2
  });
});
