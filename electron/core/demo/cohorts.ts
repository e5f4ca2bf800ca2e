import type { SchoolKind } from '../../../shared/domain/constants';
import { isoOf, type Day } from './calendar';
import type { Cohort, School, Team, Term } from './model';
import type { Rng } from './random';
import { SCHOOL_WORDS } from './words';
import type { Writer } from './writer';

const TEAMS: Record<SchoolKind, [number, number]> = { mbo: [3, 8], hbo: [3, 7], wo: [2, 6] };
const STUDENTS: Record<SchoolKind, [number, number]> = { mbo: [3, 5], hbo: [3, 5], wo: [2, 4] };
const HOURS: Record<SchoolKind, [number, number]> = { mbo: [4, 10], hbo: [6, 12], wo: [4, 8] };

/** Which terms a minor runs in: one half of the school year, as minors are one semester long. */
function minorTerms(rng: Rng, terms: readonly Term[]): Set<Term> {
  const firstHalf = rng.chance(0.5);
  return new Set(terms.filter((t) => (t.name.startsWith('Semester') ? t.index === 1 : t.index <= 2) === firstHalf));
}

/** Cohorts (programme × term) and their team slots; teams are written later, once drop-outs are known. */
export function writeCohorts(w: Writer, rng: Rng, schools: readonly School[]): Cohort[] {
  const insert = w.table('cohorts', [
    'id', 'programme_id', 'term_id', 'team_count', 'students_per_team', 'minutes_per_student_week', 'coach_name',
  ]);
  const cohorts: Cohort[] = [];
  let teamId = 0;
  for (const school of schools) {
    for (const programme of school.programmes) {
      const runsIn = programme.isMinor ? minorTerms(rng, school.terms) : null;
      for (const term of school.terms) {
        if (runsIn ? !runsIn.has(term) : rng.chance(0.08)) continue;
        const cohort: Cohort = {
          id: cohorts.length + 1,
          programme,
          term,
          teams: [],
          coachName: rng.chance(0.9) ? rng.pick(programme.coaches) : null,
        };
        const teamCount = rng.int(...TEAMS[school.kind]);
        for (let slot = 1; slot <= teamCount; slot++) {
          cohort.teams.push({ id: ++teamId, cohort, slot, cursor: 0, droppedOutOn: null });
        }
        const [minH, maxH] = programme.isMinor ? [16, 20] : HOURS[school.kind];
        insert(cohort.id, programme.id, term.id, teamCount, rng.int(...STUDENTS[school.kind]), rng.int(minH, maxH) * 60,
          cohort.coachName);
        cohorts.push(cohort);
      }
    }
  }
  return cohorts;
}

/** Team rows; teams of terms that have started carry a name more often, as students pick one in week one. */
export function writeTeams(w: Writer, rng: Rng, cohorts: readonly Cohort[], today: Day): Team[] {
  const insert = w.table('teams', ['id', 'cohort_id', 'slot', 'name', 'dropped_out_at']);
  const all: Team[] = [];
  for (const cohort of cohorts) {
    const named = cohort.term.start <= today ? 0.6 : 0.1;
    const names = rng.sample(SCHOOL_WORDS.teamNames, cohort.teams.length);
    for (const team of cohort.teams) {
      const name = rng.chance(named) ? names[team.slot - 1] ?? null : null;
      insert(team.id, cohort.id, team.slot, name, team.droppedOutOn === null ? null : isoOf(team.droppedOutOn));
      all.push(team);
    }
  }
  return all;
}
