import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTimeCsv } from '../../shared/domain/hours/csvImport';
import { activityOf, dateOf, minutesOf } from '../../shared/domain/hours/csvMapping';

const FIX = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/hours');
const read = (name: string) => fs.readFileSync(path.join(FIX, name), 'utf8');
const STAFF = [{ id: 1, name: 'Anna de Vries' }, { id: 2, name: 'Bram Jansen' }];

describe('tracker exports', () => {
  it('reads a Clockify export: comma, month-first dates, decimal hours, activity from Task', () => {
    const p = parseTimeCsv(read('clockify.csv'), STAFF);
    expect(p.source).toBe('clockify');
    expect(p.delimiter).toBe(',');
    expect(p.mapping).toMatchObject({ staff: 'User', date: 'Start Date', duration: 'Duration (decimal)', activity: 'Task', note: 'Description', dateOrder: 'mdy' });
    expect(p.rows.map((r) => [r.staffId, r.date, r.minutes, r.activity])).toEqual([
      [1, '2026-03-02', 90, 'intake'], [1, '2026-03-03', 135, 'matching'], [2, '2026-03-16', 240, 'coaching'],
    ]);
    expect(p.rows.every((r) => r.problems.length === 0)).toBe(true);
  });
  it('reads a Toggl Track export: h:mm:ss durations, activity from Project', () => {
    const p = parseTimeCsv(read('toggl.csv'), STAFF);
    expect(p.source).toBe('toggl');
    expect(p.mapping.activity).toBe('Project');
    expect(p.rows.map((r) => [r.date, r.minutes, r.activity])).toEqual([
      ['2026-03-04', 120, 'acquisition'], ['2026-03-05', 105, 'event'], ['2026-03-06', 20, 'reporting'],
    ]);
  });
  it('reads a Dutch Kimai export: semicolon, day-first dates, decimal comma', () => {
    const p = parseTimeCsv(read('kimai.csv'), STAFF);
    expect(p.source).toBe('kimai');
    expect(p.delimiter).toBe(';');
    expect(p.rows.map((r) => [r.staffId, r.date, r.minutes, r.activity, r.note])).toEqual([
      [1, '2026-03-09', 210, 'admin', 'Facturen en dossiers'], [2, '2026-03-10', 60, 'coaching', 'Tussenpresentatie team 3'],
    ]);
  });
  it('names what is wrong in every bad row of a broken file', () => {
    const p = parseTimeCsv(read('broken.csv'), STAFF);
    expect(p.rows.map((r) => [r.line, r.problems.map((x) => x.key)])).toEqual([
      [2, []], [3, ['date']], [4, ['duration']], [5, ['staff']], [6, ['activity']], [7, ['tooLong']],
    ]);
  });
  it('lets a mapping override the detected columns', () => {
    const p = parseTimeCsv(read('toggl.csv'), STAFF, { activity: 'Description' });
    expect(p.rows[0]!.activity).toBe('acquisition');
    expect(p.rows[2]!.problems).toEqual([]);
  });
});

describe('cell readers', () => {
  it.each([['1:30', 90], ['01:30:00', 90], ['0:00:40', 1], ['1,5', 90], ['1.25', 75], ['0', null], ['x', null], ['', null]])('duration %s', (t, m) => {
    expect(minutesOf(t)).toBe(m);
  });
  it('dates', () => {
    expect(dateOf('2026-03-02', 'dmy')).toBe('2026-03-02');
    expect(dateOf('02-03-2026', 'dmy')).toBe('2026-03-02');
    expect(dateOf('03/02/2026', 'mdy')).toBe('2026-03-02');
    expect(dateOf('2.3.2026', 'dmy')).toBe('2026-03-02');
    expect(dateOf('31-02-2026', 'dmy')).toBeNull();
  });
  it('activities in Dutch and English', () => {
    expect(activityOf('Acquisitie & netwerk')).toBe('acquisition');
    expect(activityOf('Masterclass data')).toBe('event');
    expect(activityOf('reporting')).toBe('reporting');
    expect(activityOf('lunch')).toBeNull();
  });
});
