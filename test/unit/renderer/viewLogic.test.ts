import { describe, expect, it } from 'vitest';
import { compareValues, normalizeText } from '../../../renderer/src/components/table/features';
import { lastTwelveMonths } from '../../../renderer/src/features/hours/period';
import { pivotByMonth } from '../../../renderer/src/features/hours/pivot';
import { hrefFor, parseHash } from '../../../renderer/src/router';

describe('hash routes', () => {
  it('opens the planner for an empty or unknown hash and keeps a sub-page', () => {
    expect(parseHash('')).toEqual({ screen: 'planner', sub: null });
    expect(parseHash('#/nowhere')).toEqual({ screen: 'planner', sub: null });
    expect(parseHash('#/education/terms')).toEqual({ screen: 'education', sub: 'terms' });
    expect(parseHash(hrefFor('requests'))).toEqual({ screen: 'requests', sub: null });
  });
});

describe('table sorting and search text', () => {
  it('sorts numbers numerically and text the Dutch way, empty values first', () => {
    const values = ['b', null, 'Á', '10', '9'];
    expect([...values].sort(compareValues)).toEqual([null, '9', '10', 'Á', 'b']);
    expect([3, 20, 1].sort(compareValues)).toEqual([1, 3, 20]);
  });
  it('matches without accents or case', () => {
    expect(normalizeText('Geëvalueerd')).toBe('geevalueerd');
  });
});

describe('monthly cost pivot', () => {
  it('has every month of the period, with totals per month', () => {
    const { months, from, to } = lastTwelveMonths(new Date(2026, 4, 20));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2025-06');
    expect(months[11]).toBe('2026-05');
    expect(from).toBe('2025-06-01');
    expect(to).toBe('2026-05-31');
    const pivot = pivotByMonth(
      [
        { month: '2026-01', activity: 'intake', minutes: 90, costCents: 9000 },
        { month: '2026-01', activity: 'coaching', minutes: 30, costCents: 3000 },
      ],
      months,
    );
    expect(pivot).toHaveLength(12);
    const jan = pivot.find((m) => m.month === '2026-01')!;
    expect(jan.totalMinutes).toBe(120);
    expect(jan.totalCost).toBe(12000);
    expect(jan.minutes.intake).toBe(90);
    expect(pivot.find((m) => m.month === '2026-02')!.totalMinutes).toBe(0);
  });
});
