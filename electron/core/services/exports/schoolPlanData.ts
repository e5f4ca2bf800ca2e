import type { Database } from 'better-sqlite3';
import type { AssignmentStatus, Language, Level, Theme, WeekKind } from '../../../../shared/domain/constants';
import { addDaysIso, mondayOf, parseWeekKey, type WeekKey } from './weekDates';
import { AppError } from '../../errors';
import { jsonList } from '../sql';

// Everything one school's plan for one term holds, read with queries that all filter on that school: the export
// writers get nothing else, so no other school's data can reach the file. SME contact details are only read when
// the user asked for them.

export interface PlanContact { name: string | null; email: string | null; phone: string | null }

export interface PlanAssignment {
  id: number;
  startWeek: WeekKey;
  endWeek: WeekKey;
  /** Monday of the first week and Friday of the last: the working days the team is on it. */
  startDate: string;
  endDate: string;
  status: AssignmentStatus;
  smeName: string;
  smeMunicipality: string | null;
  offeringName: string | null;
  theme: Theme | null;
  question: string;
  contact: PlanContact | null;
}

export interface PlanTeam { id: number; slot: number; label: string; droppedOut: boolean; assignments: PlanAssignment[] }

export interface PlanProgramme {
  id: number;
  name: string;
  level: Level;
  isMinor: boolean;
  coach: string | null;
  studentsPerTeam: number;
  minutesPerStudentWeek: number;
  teams: PlanTeam[];
}

export interface SchoolPlan {
  lang: Language;
  /** The day the file was made (YYYY-MM-DD), printed on it. */
  generatedOn: string;
  includeContacts: boolean;
  school: { id: number; name: string; shortName: string | null; brin: string; contactName: string | null; contactEmail: string | null };
  term: { id: number; name: string; schoolYear: string; startDate: string; endDate: string };
  weeks: { week: WeekKey; monday: string; kind: WeekKind }[];
  programmes: PlanProgramme[];
}

/** The school and term, checked to belong together; throws not_found or term_other_school. */
function schoolAndTerm(db: Database, schoolId: number, termId: number, lang: Language) {
  const school = db.prepare(`SELECT id, name, short_name AS shortName, brin, contact_name AS contactName, contact_email AS contactEmail
    FROM schools WHERE id = ?`).get(schoolId) as SchoolPlan['school'] | undefined;
  if (!school) throw new AppError('not_found', { entity: lang === 'en' ? 'School' : 'School', id: schoolId });
  const term = db.prepare(`SELECT id, name, school_year AS schoolYear, start_date AS startDate, end_date AS endDate, school_id AS schoolId
    FROM terms WHERE id = ?`).get(termId) as (SchoolPlan['term'] & { schoolId: number }) | undefined;
  if (!term) throw new AppError('not_found', { entity: lang === 'en' ? 'Term' : 'Onderwijsperiode', id: termId });
  if (term.schoolId !== schoolId) throw new AppError('term_other_school', { term: term.name, school: school.name });
  const { schoolId: _, ...termOut } = term;
  return { school, term: termOut };
}

interface AssignmentRow {
  id: number; teamId: number; startWeek: WeekKey; endWeek: WeekKey; status: AssignmentStatus; smeName: string;
  smeMunicipality: string | null; offeringName: string | null; theme: Theme | null; question: string;
  contactName: string | null; contactEmail: string | null; contactPhone: string | null;
}

/** Loads the plan. `today` is passed in so tests and the CLI print a fixed date. */
export function loadSchoolPlan(db: Database, input: { schoolId: number; termId: number; includeContacts: boolean; lang: Language; today: string }): SchoolPlan {
  const { school, term } = schoolAndTerm(db, input.schoolId, input.termId, input.lang);
  const weeks = db.prepare(`SELECT week, monday, coalesce(override_kind, kind) AS kind FROM term_weeks WHERE term_id = ? ORDER BY week`)
    .all(term.id) as SchoolPlan['weeks'];

  const programmes = (db.prepare(`
    SELECT p.id, p.name, p.level, p.is_minor AS isMinor, p.coaches, c.coach_name AS coachName, c.id AS cohortId,
           c.students_per_team AS studentsPerTeam, c.minutes_per_student_week AS minutesPerStudentWeek
    FROM cohorts c JOIN programmes p ON p.id = c.programme_id
    WHERE c.term_id = ? AND p.school_id = ? AND c.archived_at IS NULL
    ORDER BY p.name COLLATE NOCASE, p.id`).all(term.id, school.id) as (Omit<PlanProgramme, 'teams' | 'isMinor' | 'coach'> &
    { isMinor: number; coaches: string; coachName: string | null; cohortId: number })[]);

  const teamsOf = db.prepare(`SELECT id, slot, coalesce(name, 'team ' || slot) AS label, dropped_out_at IS NOT NULL AS droppedOut
    FROM teams WHERE cohort_id = ? ORDER BY slot`);
  // The school filter is repeated here on purpose: an assignment is only read through a team of this school.
  const assignmentsOf = db.prepare(`
    SELECT a.id, a.team_id AS teamId, a.start_week AS startWeek, a.end_week AS endWeek, a.status,
           s.name AS smeName, s.municipality AS smeMunicipality, o.name AS offeringName, o.theme, r.question,
           ${input.includeContacts ? 's.contact_name' : 'NULL'} AS contactName,
           ${input.includeContacts ? 's.contact_email' : 'NULL'} AS contactEmail,
           ${input.includeContacts ? 's.contact_phone' : 'NULL'} AS contactPhone
    FROM assignments a
    JOIN teams tm ON tm.id = a.team_id JOIN cohorts c ON c.id = tm.cohort_id JOIN programmes p ON p.id = c.programme_id
    JOIN requests r ON r.id = a.request_id JOIN smes s ON s.id = r.sme_id LEFT JOIN offerings o ON o.id = r.offering_id
    WHERE c.id = ? AND a.term_id = ? AND p.school_id = ? AND a.status <> 'cancelled'
    ORDER BY a.start_week, a.id`);

  return {
    lang: input.lang,
    generatedOn: input.today,
    includeContacts: input.includeContacts,
    school,
    term,
    weeks,
    programmes: programmes.map((p) => {
      const rows = assignmentsOf.all(p.cohortId, term.id, school.id) as AssignmentRow[];
      const teams = (teamsOf.all(p.cohortId) as { id: number; slot: number; label: string; droppedOut: number }[]).map((t) => ({
        id: t.id, slot: t.slot, label: t.label, droppedOut: t.droppedOut === 1,
        assignments: rows.filter((a) => a.teamId === t.id).map((a) => toAssignment(a, input.includeContacts)),
      }));
      const coaches = [p.coachName, ...jsonList(p.coaches)].filter((c): c is string => !!c && c.trim() !== '');
      return {
        id: p.id, name: p.name, level: p.level, isMinor: p.isMinor === 1, coach: [...new Set(coaches)].join(', ') || null,
        studentsPerTeam: p.studentsPerTeam, minutesPerStudentWeek: p.minutesPerStudentWeek, teams,
      };
    }),
  };
}

function toAssignment(a: AssignmentRow, includeContacts: boolean): PlanAssignment {
  const startDate = mondayOf(a.startWeek);
  return {
    id: a.id, startWeek: a.startWeek, endWeek: a.endWeek, startDate, endDate: addDaysIso(mondayOf(a.endWeek), 4),
    status: a.status, smeName: a.smeName, smeMunicipality: a.smeMunicipality, offeringName: a.offeringName, theme: a.theme,
    question: a.question,
    contact: includeContacts ? { name: a.contactName, email: a.contactEmail, phone: a.contactPhone } : null,
  };
}

/** ISO week number of a week key (36 for 2026-W36). */
export const weekNumber = (key: string): number => parseWeekKey(key).week;
