import type { HolidayRegion, Level, SchoolKind, Theme, WeekKind } from '../../../shared/domain/constants';
import type { Day } from './calendar';
import type { Municipality, OfferingTemplate, TermSystem } from './words';

// What the generator keeps in memory while it writes: just enough of each row for the later steps to link
// to it (ids are handed out here, so no step needs to read back from the database).

export interface School {
  id: number;
  kind: SchoolKind;
  name: string;
  municipality: Municipality;
  region: HolidayRegion;
  termSystem: TermSystem;
  programmes: Programme[];
  terms: Term[];
  /** Takes the optional extra week of the May holiday as a free week. */
  takesMayAdviceWeek: boolean;
}

export interface Programme {
  id: number;
  school: School;
  name: string;
  level: Level;
  themes: Theme[];
  isMinor: boolean;
  coaches: string[];
}

export interface TermWeek {
  key: string;
  monday: Day;
  kind: WeekKind;
  note: string | null;
}

export interface Term {
  id: number;
  school: School;
  name: string;
  schoolYear: string;
  /** 1-based position in the school year, for minors that run in one half of it. */
  index: number;
  start: Day;
  end: Day;
  weeks: TermWeek[];
  /** Indices into `weeks` of the working weeks (teaching and exam: not holiday or free), in order. */
  work: number[];
  /** workBefore[i] = number of working weeks in weeks[0..i); length weeks.length + 1. */
  workBefore: number[];
}

export interface Team {
  id: number;
  cohort: Cohort;
  slot: number;
  /** First week index that is still free for a new assignment. */
  cursor: number;
  droppedOutOn: Day | null;
}

export interface Cohort {
  id: number;
  programme: Programme;
  term: Term;
  teams: Team[];
  coachName: string | null;
}

export interface Offering {
  id: number;
  tpl: OfferingTemplate;
  /** Teaching weeks an assignment of this offering takes. */
  teachingWeeks: number;
  programmes: Programme[];
  termIds: Set<number>;
  /** Cohorts that may take it, sorted by term start. */
  cohorts: Cohort[];
}

export interface Sme {
  id: number;
  name: string;
  municipality: Municipality;
  contactName: string;
  intermediaryId: number | null;
}

export interface Staff {
  id: number;
  name: string;
  role: string;
  minutesPerWeek: number;
  coaches: boolean;
  takesIntakes: boolean;
  /** The school that employs this person (a teacher seconded to the werkplaats), if any. */
  schoolId: number | null;
}

export interface EventInfo {
  id: number;
  day: Day;
  organiser: Staff;
  kind: 'webinar' | 'masterclass';
}
