import { describe, expect, it } from 'vitest';
import * as constants from '../../../shared/domain/constants';
import { en } from '../../../renderer/src/i18n/en';
import { nl } from '../../../renderer/src/i18n/nl';

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const ENUM_LABELS: [readonly string[], keyof typeof nl.enums][] = [
  [constants.LEVELS, 'level'],
  [constants.THEMES, 'theme'],
  [constants.REQUEST_STATUSES, 'requestStatus'],
  [constants.ASSIGNMENT_STATUSES, 'assignmentStatus'],
  [constants.ACTIVITIES, 'activity'],
  [constants.WEEK_KINDS, 'weekKind'],
  [constants.SCHOOL_KINDS, 'schoolKind'],
  [constants.HOLIDAY_REGIONS, 'holidayRegion'],
  [constants.DURATION_UNITS, 'durationUnit'],
  [constants.SIZE_CLASSES, 'sizeClass'],
  [constants.INTERMEDIARY_KINDS, 'intermediaryKind'],
  [constants.PRIORITIES, 'priority'],
  [constants.FUNDER_KINDS, 'funderKind'],
  [constants.EVENT_KINDS, 'eventKind'],
  [constants.LANGUAGES, 'language'],
  [constants.DEMO_SCALES, 'demoScale'],
];

describe('UI texts', () => {
  it('has the same keys in Dutch and English', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('labels every value of every closed vocabulary in both languages', () => {
    for (const [values, group] of ENUM_LABELS) {
      for (const value of values) {
        expect((nl.enums[group] as Record<string, string>)[value], `nl ${group}.${value}`).toBeTruthy();
        expect((en.enums[group] as Record<string, string>)[value], `en ${group}.${value}`).toBeTruthy();
      }
    }
  });

  it('uses the Dutch status words of the pipeline', () => {
    expect(Object.values(nl.enums.requestStatus)).toEqual([
      'nieuw', 'intake gepland', 'intake gedaan', 'klaar voor matching', 'gematcht', 'lopend', 'opgeleverd',
      'geëvalueerd', 'afgesloten', 'afgewezen', 'ingetrokken',
    ]);
  });
});
