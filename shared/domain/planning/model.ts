import type { AssignmentStatus, HolidayRegion, Level, Priority, RequestStatus, SizeClass, Theme, WeekKind } from '../constants';

// The planning snapshot both sides work on: the core builds it from the database, the planner screen gets it in
// one call and checks drops against it instantly with the same rules the core applies when it saves.

export interface PlanWeek { week: string; kind: WeekKind }

export interface PlanTeam {
  id: number;
  label: string;
  slot: number;
  cohortId: number;
  programmeId: number;
  programmeName: string;
  schoolId: number;
  schoolName: string;
  termId: number;
  level: Level;
  themes: Theme[];
  holidayRegion: HolidayRegion;
  droppedOut: boolean;
}

export interface PlanCohort {
  id: number;
  termId: number;
  teamCount: number;
  studentsPerTeam: number;
  minutesPerStudentWeek: number;
  /** Student minutes available in the term's teaching weeks. */
  capacityMinutes: number;
}

export interface PlanRequest {
  id: number;
  smeId: number;
  smeName: string;
  smeSizeClass: SizeClass | 'other';
  smeRegion: string | null;
  smeHolidayRegion: HolidayRegion | null;
  offeringId: number | null;
  offeringName: string | null;
  theme: Theme | null;
  levels: Level[];
  durationWeeks: number;
  effortMinutes: number;
  priority: Priority;
  status: RequestStatus;
  receivedOn: string;
  preferredStart: string | null;
  preferredEnd: string | null;
}

export interface PlanAssignment {
  id: number;
  requestId: number;
  teamId: number;
  termId: number;
  startWeek: string;
  endWeek: string;
  status: AssignmentStatus;
  locked: boolean;
  needsReplan: boolean;
}

export interface PlanTerm { id: number; name: string; schoolId: number; schoolYear: string; weeks: PlanWeek[] }

export interface PlanSnapshot {
  terms: PlanTerm[];
  teams: PlanTeam[];
  cohorts: PlanCohort[];
  requests: PlanRequest[];
  assignments: PlanAssignment[];
}
