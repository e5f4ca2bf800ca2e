// The word lists live in resources/demo as JSON so they can be edited without touching code. Imported (not
// read from disk) so the bundler ships them inside the main-process build and tests read the same files.
import type { DurationUnit, HolidayRegion, Level, SchoolKind, Theme } from '../../../shared/domain/constants';
import holidaysJson from '../../../resources/demo/holidays.json' with { type: 'json' };
import municipalitiesJson from '../../../resources/demo/municipalities.json' with { type: 'json' };
import namesJson from '../../../resources/demo/names.json' with { type: 'json' };
import offeringsJson from '../../../resources/demo/offerings.json' with { type: 'json' };
import schoolsJson from '../../../resources/demo/schools.json' with { type: 'json' };
import sectorsJson from '../../../resources/demo/sectors.json' with { type: 'json' };
import textsJson from '../../../resources/demo/texts.json' with { type: 'json' };

export interface Municipality {
  name: string;
  province: string;
  region: string;
  holidayRegion: HolidayRegion;
  postcodes: [number, number];
  areaCode: string;
}

export interface ProgrammeTemplate {
  name: string;
  level: Level;
  crebo?: string;
  minor?: boolean;
  themes: Theme[];
}

export interface OfferingTemplate {
  name: string;
  theme: Theme;
  durationValue: number;
  durationUnit: DurationUnit;
  effortMinutes: number;
  teamSize: number;
  levels: Level[];
  description: string;
}

export interface Sector {
  label: string;
  sbi: string;
  fte: [number, number];
  weight: number;
  patterns: string[];
}

export interface Vacation {
  name: string;
  compulsory: boolean;
  regions: Record<HolidayRegion, [string, string]>;
}

export interface StaffRoleTemplate {
  role: string;
  weight: number;
  minutes: [number, number];
  rate: [number, number];
}

export type TermSystem = 'semesters' | 'periods';

export const MUNICIPALITIES = municipalitiesJson.municipalities as Municipality[];
export const FIRST_NAMES: readonly string[] = namesJson.firstNames;
export const SURNAMES: readonly string[] = namesJson.surnames;
export const OFFERINGS = offeringsJson.offerings as OfferingTemplate[];
export const SECTORS = sectorsJson.sectors as Sector[];
export const SECTOR_WORDS: readonly string[] = sectorsJson.words;

export const SCHOOL_WORDS = {
  prefixes: schoolsJson.namePrefixes as readonly string[],
  suffixes: schoolsJson.nameSuffixes as readonly string[],
  patterns: schoolsJson.patterns as Record<SchoolKind, string[]>,
  termSystems: schoolsJson.termSystem as Record<SchoolKind, TermSystem[]>,
  programmes: schoolsJson.programmes as Record<SchoolKind, ProgrammeTemplate[]>,
  teamNames: schoolsJson.teamNames as readonly string[],
};

export const HOLIDAY_YEARS = holidaysJson.years as { schoolYear: string; vacations: Vacation[] }[];
export const MAY_ADVICE_WEEKS = holidaysJson.mayAdviceWeeks as unknown as Record<string, [string, string]>;
export const PUBLIC_HOLIDAYS: readonly string[] = holidaysJson.publicHolidays;

export const TEXTS = {
  questions: textsJson.questions as Record<Theme, string[]>,
  goals: textsJson.goals as readonly string[],
  obstacles: textsJson.obstacles as readonly string[],
  channels: textsJson.channels as readonly string[],
  rejectReasons: textsJson.rejectReasons as readonly string[],
  withdrawReasons: textsJson.withdrawReasons as readonly string[],
  cancelReasons: textsJson.cancelReasons as { team: string[]; sme: string[] },
  replanReason: textsJson.replanReason,
  nextSteps: textsJson.nextSteps as readonly string[],
  eventTopics: textsJson.eventTopics as { webinar: string[]; masterclass: string[] },
  speakerTitles: textsJson.speakerTitles as readonly string[],
  staffRoles: textsJson.staffRoles as StaffRoleTemplate[],
  entryNotes: textsJson.entryNotes as Record<string, string[]>,
};
