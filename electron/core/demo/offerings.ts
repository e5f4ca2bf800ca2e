import type { Cohort, Offering, Programme, Term } from './model';
import { OFFERINGS } from './words';
import type { Writer } from './writer';

/**
 * The menukaart with who can deliver what: a programme takes an offering when its level is allowed and it
 * works on the offering's theme; an offering runs in a term when such a programme's school has enough
 * working weeks in it.
 */
export function writeOfferings(
  w: Writer,
  programmes: readonly Programme[],
  terms: readonly Term[],
  cohorts: readonly Cohort[],
): Offering[] {
  const insert = w.table('offerings', [
    'id', 'name', 'theme', 'description', 'duration_value', 'duration_unit', 'effort_minutes', 'team_size',
  ]);
  const insertLevel = w.table('offering_levels', ['offering_id', 'level']);
  const insertProgramme = w.table('offering_programmes', ['offering_id', 'programme_id']);
  const insertTerm = w.table('offering_terms', ['offering_id', 'term_id']);

  return OFFERINGS.map((tpl, i) => {
    const offering: Offering = {
      id: i + 1,
      tpl,
      teachingWeeks: tpl.durationUnit === 'days' ? 1 : tpl.durationValue,
      programmes: [],
      termIds: new Set(),
      cohorts: [],
    };
    insert(offering.id, tpl.name, tpl.theme, tpl.description, tpl.durationValue, tpl.durationUnit, tpl.effortMinutes,
      tpl.teamSize);
    for (const level of tpl.levels) insertLevel(offering.id, level);
    const schools = new Set<number>();
    for (const p of programmes) {
      if (!tpl.levels.includes(p.level) || !p.themes.includes(tpl.theme)) continue;
      offering.programmes.push(p);
      schools.add(p.school.id);
      insertProgramme(offering.id, p.id);
    }
    for (const term of terms) {
      if (!schools.has(term.school.id) || term.work.length < offering.teachingWeeks) continue;
      offering.termIds.add(term.id);
      insertTerm(offering.id, term.id);
    }
    const takes = new Set(offering.programmes);
    offering.cohorts = cohorts
      .filter((c) => takes.has(c.programme) && offering.termIds.has(c.term.id))
      .sort((a, b) => a.term.start - b.term.start || a.id - b.id);
    return offering;
  });
}
