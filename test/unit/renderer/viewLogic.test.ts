import { describe, expect, it } from 'vitest';
import type { TermRow } from '../../../shared/schemas/rows';
import { compareValues, normalizeText } from '../../../renderer/src/components/table/features';
import { defaultTermId } from '../../../renderer/src/features/planner/defaultTerm';
import { teamName } from '../../../renderer/src/features/planner/teamName';
import { lastTwelveMonths } from '../../../renderer/src/features/hours/period';
import { pivotByMonth } from '../../../renderer/src/features/hours/pivot';
import { hrefFor, parseHash } from '../../../renderer/src/router';

const term = (id: number, startDate: string, endDate: string, archived = false): TermRow => ({
  id, schoolId: 1, schoolName: 'S', name: `T${id}`, schoolYear: '2026-2027', startDate, endDate,
  weekCount: 10, teachingWeeks: 8, holidayWeeks: 1, examWeeks: 1, archived,
});

describe('hash routes', () => {
  it('opens the planner for an empty or unknown hash and keeps a sub-page', () => {
    expect(parseHash('')).toEqual({ screen: 'planner', sub: null });
    expect(parseHash('#/nowhere')).toEqual({ screen: 'planner', sub: null });
    expect(parseHash('#/education/terms')).toEqual({ screen: 'education', sub: 'terms' });
    expect(parseHash(hrefFor('requests'))).toEqual({ screen: 'requests', sub: null });
  });
});

describe('default term of the planner', () => {
  const terms = [term(1, '2026-02-01', '2026-06-30'), term(2, '2026-09-01', '2027-01-31'), term(3, '2027-02-01', '2027-06-30')];
  it('picks the running term, else the next, else the latest', () => {
    expect(defaultTermId(terms, '2026-10-01')).toBe(2);
    expect(defaultTermId(terms, '2026-07-15')).toBe(2);
    expect(defaultTermId(terms, '2028-01-01')).toBe(3);
    expect(defaultTermId([], '2026-01-01')).toBeNull();
  });
  it('skips archived terms when others exist', () => {
    expect(defaultTermId([term(1, '2026-09-01', '2027-01-31', true), term(2, '2027-02-01', '2027-06-30')], '2026-10-01')).toBe(2);
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

describe('team names on the planner', () => {
  it('drops the programme prefix of an unnamed team but keeps a chosen name', () => {
    expect(teamName({ programmeName: 'HBO-ICT', teamLabel: 'HBO-ICT · team 3' })).toBe('team 3');
    expect(teamName({ programmeName: 'HBO-ICT', teamLabel: 'De Klikkers' })).toBe('De Klikkers');
  });
});
