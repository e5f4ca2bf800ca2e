import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amsterdamDate, holidayCoversWeek, parseHolidayJson } from '../../shared/domain/holidays';

const fixture = fs.readFileSync('test/fixtures/holidays/schoolvakanties-2026-2027.json', 'utf8');

describe('the government school-holiday JSON', () => {
  it('reads padded names, string booleans and "heel Nederland" as all three regions', () => {
    const { holidays, problems } = parseHolidayJson(fixture);
    expect(problems).toEqual([]);
    const kerst = holidays.filter((h) => h.name === 'Kerstvakantie');
    expect(kerst.map((h) => h.region).sort()).toEqual(['midden', 'noord', 'zuid']);
    expect(kerst[0]).toMatchObject({ schoolYear: '2026-2027', compulsory: true, startDate: '2026-12-19', endDate: '2027-01-03' });
    expect(holidays.find((h) => h.name === 'Herfstvakantie')?.compulsory).toBe(false);
  });

  it('turns UTC end times into the Dutch local day, in summer and in winter time', () => {
    expect(amsterdamDate('2026-10-18T21:59:00.000Z')).toBe('2026-10-18'); // CEST
    expect(amsterdamDate('2026-10-25T22:59:00.000Z')).toBe('2026-10-25'); // CET, the day summer time ends
    expect(amsterdamDate('2026-10-16T22:00:00.000Z')).toBe('2026-10-17'); // local midnight, previous UTC day
    expect(amsterdamDate('2027-01-03T22:59:00.000Z')).toBe('2027-01-03');
    const noord = parseHolidayJson(fixture).holidays.find((h) => h.name === 'Herfstvakantie' && h.region === 'noord');
    expect(noord).toMatchObject({ startDate: '2026-10-10', endDate: '2026-10-18' });
    const zuid = parseHolidayJson(fixture).holidays.find((h) => h.name === 'Herfstvakantie' && h.region === 'zuid');
    expect(zuid).toMatchObject({ startDate: '2026-10-17', endDate: '2026-10-25' });
  });

  it('reports unusable entries and keeps the good ones', () => {
    const broken = {
      content: [{ schoolyear: '2026-2027', vacations: [
        { type: 'Herfstvakantie', compulsorydates: 'false', regions: [{ region: 'oost', startdate: '2026-10-17', enddate: '2026-10-25' }] },
        { type: 'Kerstvakantie', compulsorydates: 'true', regions: [{ region: 'noord', startdate: 'morgen', enddate: '2027-01-03' }] },
        { type: 'Meivakantie', compulsorydates: 'true', regions: [{ region: 'zuid', startdate: '2027-04-24', enddate: '2027-05-02' }] },
      ] }],
    };
    const { holidays, problems } = parseHolidayJson(broken);
    expect(holidays).toHaveLength(1);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/Herfstvakantie \(oost\): regio onbekend/);
    expect(parseHolidayJson('{niet: json').problems[0]).toMatch(/^JSON/);
  });

  it('a holiday from Saturday to the next Sunday takes the school week in between, a long weekend does not', () => {
    expect(holidayCoversWeek('2026-10-19', '2026-10-17', '2026-10-25')).toBe(true);
    expect(holidayCoversWeek('2026-10-12', '2026-10-17', '2026-10-25')).toBe(false);
    expect(holidayCoversWeek('2026-10-26', '2026-10-17', '2026-10-25')).toBe(false);
    expect(holidayCoversWeek('2027-04-26', '2027-04-23', '2027-04-26')).toBe(false); // Friday to Monday
  });
});
