import fs from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openCore, type Core } from '../../helpers/coreHarness';

const holidayJson = fs.readFileSync('test/fixtures/holidays/schoolvakanties-2026-2027.json', 'utf8');
let core: Core;
beforeEach(() => {
  core = openCore();
});
afterEach(() => core.close());

function schoolWithTerm(name: string, brin: string, region: 'noord' | 'midden' | 'zuid') {
  const { id: schoolId } = core.call('schools:create', { name, kind: 'hbo', brin, holidayRegion: region });
  const { id: termId } = core.call('terms:create', { schoolId, name: 'Semester 1', startDate: '2026-08-31', endDate: '2027-01-31' });
  return { schoolId, termId };
}
const kinds = (termId: number) =>
  Object.fromEntries(core.call('terms:weeks', { termId }).map((w) => [w.week, w.kind]));

it('a term shows every ISO week it touches, week 53 included', () => {
  const { termId } = schoolWithTerm('Hogeschool Noorderpoort', '21NP', 'noord');
  const weeks = core.call('terms:weeks', { termId }).map((w) => w.week);
  expect(weeks[0]).toBe('2026-W36');
  expect(weeks).toContain('2026-W53');
  expect(weeks.at(-1)).toBe('2027-W04');
  expect(weeks).toHaveLength(22);
  expect(core.call('terms:list')[0]).toMatchObject({ schoolYear: '2026-2027', weekCount: 22 });
});

it('importing the holiday JSON shades the right school weeks per region', () => {
  const noord = schoolWithTerm('Hogeschool Noorderpoort', '21NP', 'noord');
  const zuid = schoolWithTerm('Hogeschool Zuiderkempen', '30ZK', 'zuid');
  const result = core.call('holidays:import', { json: holidayJson });
  expect(result).toMatchObject({ regions: ['midden', 'noord', 'zuid'], schoolYears: ['2026-2027'], problems: [] });
  const n = kinds(noord.termId);
  const z = kinds(zuid.termId);
  // Herfstvakantie 2026: noord 10–18 Oct (week 42), zuid 17–25 Oct (week 43).
  expect([n['2026-W42'], n['2026-W43']]).toEqual(['holiday', 'teaching']);
  expect([z['2026-W42'], z['2026-W43']]).toEqual(['teaching', 'holiday']);
  // Kerstvakantie is national and covers week 52 and week 53.
  for (const k of [n, z]) expect([k['2026-W51'], k['2026-W52'], k['2026-W53'], k['2027-W01']]).toEqual(['teaching', 'holiday', 'holiday', 'teaching']);
  expect(core.call('holidays:list').filter((h) => h.region === 'zuid')).toHaveLength(5);
});

it('a week the school fixed by hand keeps its kind through a new holiday import, until released', () => {
  const { termId } = schoolWithTerm('Hogeschool Noorderpoort', '21NP', 'noord');
  core.call('terms:setWeekKind', { termId, week: '2026-W42', kind: 'exam' });
  core.call('terms:setWeekKind', { termId, week: '2027-W03', kind: 'exam', note: 'tentamenweek' });
  core.call('holidays:import', { json: holidayJson });
  expect(kinds(termId)['2026-W42']).toBe('exam');
  expect(core.call('terms:weeks', { termId }).filter((w) => w.manual).map((w) => w.week)).toEqual(['2026-W42', '2027-W03']);
  core.call('terms:setWeekKind', { termId, week: '2026-W42', kind: null });
  expect(kinds(termId)['2026-W42']).toBe('holiday');
  expect(kinds(termId)['2027-W03']).toBe('exam');
});

it('moving a school to another holiday region re-marks its weeks', () => {
  const { schoolId, termId } = schoolWithTerm('Hogeschool Noorderpoort', '21NP', 'noord');
  core.call('holidays:import', { json: holidayJson });
  core.call('schools:update', { id: schoolId, values: { name: 'Hogeschool Noorderpoort', kind: 'hbo', brin: '21NP', holidayRegion: 'zuid' } });
  expect(kinds(termId)['2026-W42']).toBe('teaching');
  expect(kinds(termId)['2026-W43']).toBe('holiday');
});

it('a file without usable holidays is refused with the reason and changes nothing', () => {
  const { termId } = schoolWithTerm('Hogeschool Noorderpoort', '21NP', 'noord');
  const before = JSON.stringify(kinds(termId));
  for (const bad of ['', '[]', '{"content": []}', '{"content":[{"schoolyear":"2026-2027","vacations":[{"type":"X","regions":[{"region":"oost"}]}]}]}', 'not json']) {
    const err = core.fail('holidays:import', { json: bad });
    expect(['holiday_file_invalid', 'invalid_input']).toContain(err.code);
    expect(err.message.length).toBeGreaterThan(10);
  }
  expect(JSON.stringify(kinds(termId))).toBe(before);
  expect(core.count(`SELECT count(*) FROM holidays`)).toBe(0);
});

it('refuses a term that ends before it starts, saying so in Dutch next to the end date', () => {
  const { id: schoolId } = core.call('schools:create', { name: 'ROC Rivierstad', kind: 'mbo', brin: '25RR', holidayRegion: 'midden' });
  const err = core.fail('terms:create', { schoolId, name: 'Periode 1', startDate: '2026-11-01', endDate: '2026-09-01' });
  expect(err.details).toEqual([{ path: ['endDate'], key: 'field.endBeforeStart', message: 'De einddatum ligt vóór de begindatum.' }]);
  expect(core.count(`SELECT count(*) FROM terms`)).toBe(0);
});
