import type { FunderKind } from '../../../shared/domain/constants';
import type { School, Staff } from './model';
import { emailOf, person, slug } from './people';
import type { Rng } from './random';
import { TEXTS, type Municipality, type StaffRoleTemplate } from './words';
import type { Writer } from './writer';

/** Roles every werkplaats has; the rest are drawn by weight. */
const CORE_ROLES = ['coördinator', 'accountmanager mkb', 'docent-coach'];
const RATE_DATES = ['2025-01-01', '2026-01-01', '2027-01-01'];
/** Yearly raise in per mille, applied on 1 January (collective agreement indexation). */
const RAISES = [0, 35, 30];

export function writeStaff(w: Writer, rng: Rng, count: number, schools: readonly School[], werkplaats: string): Staff[] {
  const insert = w.table('staff', ['id', 'name', 'role', 'email', 'employer', 'contract_minutes_per_week']);
  const insertRate = w.table('staff_rates', ['staff_id', 'effective_from', 'hourly_rate_cents']);
  const domain = `digitalewerkplaats-${slug(werkplaats)}.nl`;
  const staff: Staff[] = [];
  for (let i = 0; i < count; i++) {
    const role = i < CORE_ROLES.length ? TEXTS.staffRoles.find((r) => r.role === CORE_ROLES[i])! : rng.weighted(TEXTS.staffRoles, (r) => r.weight);
    const p = person(rng);
    const minutes = Math.round(rng.int(...role.minutes) / 120) * 120;
    const employer = employerOf(rng, role, schools, werkplaats);
    const s: Staff = {
      id: i + 1,
      name: p.full,
      role: role.role,
      minutesPerWeek: minutes,
      coaches: role.role === 'docent-coach' || role.role === 'projectleider',
      takesIntakes: ['coördinator', 'accountmanager mkb', 'projectleider'].includes(role.role),
      schoolId: employer.school?.id ?? null,
    };
    insert(s.id, s.name, s.role, emailOf(p, domain), employer.name, minutes);
    let rate = Math.round(rng.int(...role.rate) / 50) * 50;
    RATE_DATES.forEach((date, k) => {
      rate = Math.round((rate * (1000 + RAISES[k]!)) / 1000 / 50) * 50;
      insertRate(s.id, date, rate);
    });
    staff.push(s);
  }
  return staff;
}

function employerOf(rng: Rng, role: StaffRoleTemplate, schools: readonly School[], werkplaats: string): { name: string; school?: School } {
  if (role.role === 'docent-coach') {
    const school = rng.pick(schools);
    return { name: school.name, school };
  }
  if (role.role === 'accountmanager mkb' && rng.chance(0.4)) return { name: `Gemeente ${rng.pick(schools).municipality.name}` };
  return { name: `Stichting Digitale Werkplaats ${werkplaats}` };
}

interface Funder {
  id: number;
  kind: FunderKind;
  schoolId: number | null;
}

const YEARS = [
  { name: '2025-2026', start: '2025-09-01', end: '2026-08-31' },
  { name: '2026-2027', start: '2026-09-01', end: '2027-08-31' },
];

/**
 * Who pays: the national subsidy, co-financing municipalities and provinces, and schools that contribute
 * hours in kind. Budgets per school year; each staff member's cost is split over funders in basis points.
 */
export function writeFunders(w: Writer, rng: Rng, factor: number, schools: readonly School[], staff: readonly Staff[]): void {
  const insert = w.table('funders', ['id', 'name', 'kind']);
  const insertBudget = w.table('budgets', [
    'funder_id', 'name', 'period_start', 'period_end', 'amount_cents', 'hours_minutes', 'cofinancing_bp',
  ]);
  const insertShare = w.table('staff_funder_shares', ['staff_id', 'funder_id', 'share_bp']);
  const funders: Funder[] = [];
  const add = (name: string, kind: FunderKind, schoolId: number | null = null) => {
    const f = { id: funders.length + 1, kind, schoolId };
    insert(f.id, name, kind);
    funders.push(f);
    return f;
  };
  const rvo = add('RVO, regeling mkb-werkplaatsen', 'rvo_subsidy');
  const places = uniqueBy(schools.map((s) => s.municipality), (m: Municipality) => m.name);
  for (const m of places.slice(0, Math.ceil(factor * 1.5))) add(`Gemeente ${m.name}`, 'municipality');
  for (const p of [...new Set(places.map((m) => m.province))].slice(0, factor)) add(`Provincie ${p}`, 'province');
  for (const s of schools.filter((x) => x.kind !== 'wo').slice(0, factor * 2)) add(`${s.name} (bijdrage in natura)`, 'school_in_kind', s.id);

  for (const f of funders) {
    for (const y of YEARS) {
      if (f.kind === 'school_in_kind') {
        const hours = rng.int(300, 900);
        insertBudget(f.id, `Inzet docenten ${y.name}`, y.start, y.end, hours * 7500, hours * 60, 10000);
        continue;
      }
      const [k, bp, label] = f.kind === 'rvo_subsidy' ? [factor * rng.int(100, 140), 5000, 'Subsidie']
        : f.kind === 'province' ? [rng.int(30, 80), 2500, 'Cofinanciering'] : [rng.int(25, 60), 2500, 'Cofinanciering'];
      insertBudget(f.id, `${label} ${y.name}`, y.start, y.end, k * 1000 * 100, null, bp);
    }
  }

  const cofunders = funders.filter((f) => f.kind === 'municipality' || f.kind === 'province');
  for (const s of staff) {
    const inKind = funders.find((f) => f.kind === 'school_in_kind' && f.schoolId === s.schoolId);
    if (inKind) {
      insertShare(s.id, inKind.id, 10000);
      continue;
    }
    const co = rng.sample(cofunders, 2);
    insertShare(s.id, rvo.id, 10000 - co.length * 2500);
    for (const f of co) insertShare(s.id, f.id, 2500);
  }
}

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}
