import { HOLIDAY_REGIONS, type SchoolKind } from '../../../shared/domain/constants';
import type { Programme, School } from './model';
import { emailOf, person, slug } from './people';
import type { Rng } from './random';
import { MUNICIPALITIES, SCHOOL_WORDS } from './words';
import type { Writer } from './writer';

const SMALL_KINDS: SchoolKind[] = ['mbo', 'hbo', 'mbo', 'wo'];
const KIND_WEIGHTS: Record<SchoolKind, number> = { mbo: 45, hbo: 35, wo: 20 };
const PROGRAMME_COUNT: Record<SchoolKind, [number, number]> = { mbo: [3, 4], hbo: [3, 4], wo: [2, 3] };
const BRIN_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Schools with their programmes and themes. Every scale has schools in all three holiday regions. */
export function writeSchools(w: Writer, rng: Rng, count: number): School[] {
  const insertSchool = w.table('schools', [
    'id', 'name', 'short_name', 'kind', 'brin', 'holiday_region', 'municipality', 'contact_name', 'contact_email',
  ]);
  const insertProgramme = w.table('programmes', ['id', 'school_id', 'name', 'level', 'crebo', 'is_minor', 'coaches']);
  const insertTheme = w.table('programme_themes', ['programme_id', 'theme']);

  const names = new Set<string>();
  const brins = new Set<string>();
  const schools: School[] = [];
  let programmeId = 0;
  for (let i = 0; i < count; i++) {
    const kind = i < SMALL_KINDS.length ? SMALL_KINDS[i]! : rng.weighted(['mbo', 'hbo', 'wo'] as const, (k) => KIND_WEIGHTS[k]);
    // The first three schools cover noord, midden and zuid so every demo shows regional holidays.
    const region = i < 3 ? HOLIDAY_REGIONS[(i + 1) % 3]! : rng.pick(HOLIDAY_REGIONS);
    const municipality = rng.pick(MUNICIPALITIES.filter((m) => m.holidayRegion === region));
    const { name, place } = schoolName(rng, kind, names, municipality.name);
    const brin = uniqueBrin(rng, brins);
    const contact = person(rng);
    const school: School = {
      id: i + 1,
      kind,
      name,
      municipality,
      region,
      termSystem: rng.pick(SCHOOL_WORDS.termSystems[kind]),
      programmes: [],
      terms: [],
      // Half the schools lengthen the May holiday by the advised week; the first always does, so the demo shows a free week.
      takesMayAdviceWeek: rng.chance(0.5) || i === 0,
    };
    // The first hbo school works in four periods, so the small demo always shows both calendars.
    if (kind === 'hbo' && !schools.some((s) => s.kind === 'hbo')) school.termSystem = 'periods';
    insertSchool(school.id, name, place, kind, brin, region, municipality.name, contact.full, emailOf(contact, `${slug(place)}.nl`));

    const [min, max] = PROGRAMME_COUNT[kind];
    const templates = rng.sample(SCHOOL_WORDS.programmes[kind], rng.int(min, max));
    for (const tpl of templates) {
      const programme: Programme = {
        id: ++programmeId,
        school,
        name: tpl.name,
        level: tpl.level,
        themes: tpl.themes,
        isMinor: tpl.minor === true,
        coaches: Array.from({ length: rng.int(1, 3) }, () => person(rng).full),
      };
      insertProgramme(programme.id, school.id, tpl.name, tpl.level, tpl.crebo ?? null, programme.isMinor ? 1 : 0,
        JSON.stringify(programme.coaches));
      for (const theme of tpl.themes) insertTheme(programme.id, theme);
      school.programmes.push(programme);
    }
    schools.push(school);
  }
  return schools;
}

function schoolName(rng: Rng, kind: SchoolKind, taken: Set<string>, municipality: string): { name: string; place: string } {
  for (let attempt = 0; ; attempt++) {
    const place = rng.pick(SCHOOL_WORDS.prefixes) + rng.pick(SCHOOL_WORDS.suffixes);
    let name = rng.pick(SCHOOL_WORDS.patterns[kind]).replace('{place}', place);
    if (attempt >= 20) name = `${name} ${municipality}`;
    if (attempt >= 40) name = `${name} ${attempt}`;
    if (!taken.has(name)) {
      taken.add(name);
      return { name, place };
    }
  }
}

function uniqueBrin(rng: Rng, taken: Set<string>): string {
  for (;;) {
    // Real BRIN codes mostly end in letters; a digit in the last two places is rarer.
    const c = () => (rng.chance(0.85) ? BRIN_CHARS[rng.int(0, 25)]! : BRIN_CHARS[rng.int(0, 35)]!);
    const brin = String(rng.int(0, 99)).padStart(2, '0') + c() + c();
    if (!taken.has(brin)) {
      taken.add(brin);
      return brin;
    }
  }
}
