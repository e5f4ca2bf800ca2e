import type { TFunction } from 'i18next';
import type { Language } from '../../../../../shared/domain/constants';
import { HOLIDAY_REGIONS, LEVELS, THEMES } from '../../../../../shared/domain/constants';
import { explain } from '../../../../../shared/domain/planning/messages';
import type { PlanTeam } from '../../../../../shared/domain/planning/model';
import type { Violation } from '../../../../../shared/domain/planning/violations';
import { formatDate, formatWeek } from '../../../i18n/format';

const WEEK = /^\d{4}-W\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A rule explained in words in the UI language, with its values as people read them: "wk 43" instead of
 * "2026-W43", "1 okt 2026" instead of "2026-10-01", and levels, themes and regions by their labels.
 */
export function violationText(v: Violation, lang: Language, t: TFunction): string {
  return explain(v, lang, (key, value) => {
    if (key === 'weeks') return value.split(', ').map((w) => formatWeek(w)).join(', ');
    if (WEEK.test(value)) return formatWeek(value);
    if (DATE.test(value)) return formatDate(value, lang);
    if (key === 'level' && (LEVELS as readonly string[]).includes(value)) return t(`enums.level.${value as (typeof LEVELS)[number]}`);
    if (key === 'theme' && (THEMES as readonly string[]).includes(value)) return t(`enums.theme.${value as (typeof THEMES)[number]}`);
    if ((key === 'smeRegion' || key === 'schoolRegion') && (HOLIDAY_REGIONS as readonly string[]).includes(value)) {
      return t(`enums.holidayRegion.${value as (typeof HOLIDAY_REGIONS)[number]}`);
    }
    return value;
  });
}

/** "wk 37 – wk 40", or one week alone. */
export function weekRange(start: string, end: string): string {
  return start === end ? formatWeek(start) : `${formatWeek(start)} – ${formatWeek(end)}`;
}

/** A team as the coordinator names it: its own name, or "Software Developer · team 2" for an unnamed slot. */
export function teamLabel(team: Pick<PlanTeam, 'label' | 'programmeName'>, withProgramme: boolean): string {
  if (!withProgramme) return team.label;
  return /^team \d+$/.test(team.label) ? `${team.programmeName} · ${team.label}` : `${team.label} (${team.programmeName})`;
}
