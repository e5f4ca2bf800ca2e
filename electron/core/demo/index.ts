import type { Database } from 'better-sqlite3';
import { DEMO_SCALES, type DemoScale } from '../../../shared/domain/constants';
import { isoDate } from '../../../shared/domain/weeks';
import { clampDay, dayOf, isoOf } from './calendar';
import { writeCohorts, writeTeams } from './cohorts';
import { writeEvents } from './events';
import { writeHolidays } from './holidays';
import { writeLockedMonths, writeTimeEntries } from './hours';
import { matchRequests } from './matching';
import { writeOfferings } from './offerings';
import { lastStatus } from './pipeline';
import { Planner } from './planner';
import { Rng } from './random';
import { writeAssignments, writeRequests } from './records';
import { intakeRequests, receivedDays, WINDOW_START } from './requests';
import { scaleParams } from './scale';
import { writeSchools } from './schools';
import { SmeFactory, smeMunicipalities, writeIntermediaries } from './smes';
import { writeFunders, writeStaff } from './staff';
import { writeTerms } from './terms';
import { linkedWork } from './work';
import { Writer } from './writer';

export interface DemoOptions {
  scale: DemoScale;
  /** Same seed (and same `today`) → the same rows, byte for byte. */
  seed?: number;
  /** The day the demo is "as of" (YYYY-MM-DD): statuses, hours and planned work are relative to it. */
  today?: string;
}

export interface DemoResult {
  scale: DemoScale;
  seed: number;
  today: string;
  /** Rows written per table. */
  counts: Record<string, number>;
  totalRows: number;
  milliseconds: number;
}

export const DEFAULT_DEMO_SEED = 2025;
/** The demo covers the school years 2025-2026 and 2026-2027; "today" must fall inside them. */
export const DEMO_FIRST_DAY = '2025-11-01';
export const DEMO_LAST_DAY = '2027-06-30';

/** Today's date clamped into the demo's school years, so a demo made at any time looks lived-in. */
export function defaultDemoToday(now: Date = new Date()): string {
  return isoOf(clampDay(dayOf(isoDate(now)), dayOf(DEMO_FIRST_DAY), dayOf(DEMO_LAST_DAY)));
}

/**
 * Fills an empty, migrated workspace with a realistic demo werkplaats. Everything is written in one transaction
 * with plain INSERTs and the change log off (action_context.group_id stays NULL), so a demo is not undoable
 * history and either appears completely or not at all.
 */
export function generateDemo(db: Database, options: DemoOptions): DemoResult {
  const started = performance.now();
  const { scale } = options;
  if (!(DEMO_SCALES as readonly string[]).includes(scale)) throw new Error(`Unknown demo scale: ${String(scale)}`);
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`Seed must be an integer 0–4294967295: ${seed}`);
  const todayIso = options.today ?? defaultDemoToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(todayIso) || isoOf(dayOf(todayIso)) !== todayIso ||
    todayIso < DEMO_FIRST_DAY || todayIso > DEMO_LAST_DAY) {
    throw new Error(`today must be a date from ${DEMO_FIRST_DAY} to ${DEMO_LAST_DAY}: ${todayIso}`);
  }
  const today = dayOf(todayIso);
  const filled = db.prepare(`SELECT (SELECT count(*) FROM schools) + (SELECT count(*) FROM smes)`).pluck().get() as number;
  if (filled > 0) throw new Error('The demo can only be generated into an empty workspace.');
  const logging = db.prepare(`SELECT group_id FROM action_context WHERE singleton = 1`).pluck().get();
  if (logging !== null && logging !== undefined) throw new Error('The change log is active; generate the demo outside a user action.');

  const w = new Writer(db);
  const run = db.transaction(() => build(db, w, scale, seed, today));
  // Foreign keys are checked once over the whole demo instead of per row (about a tenth faster at huge);
  // the check runs inside the transaction, so a broken link still rolls everything back.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  if (!db.inTransaction) db.pragma('foreign_keys = OFF');
  try {
    if (db.inTransaction) run();
    else run.immediate();
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  const setMeta = db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
  db.transaction(() => {
    setMeta.run('demo_scale', scale);
    setMeta.run('demo_seed', String(seed));
    setMeta.run('demo_today', todayIso);
  })();

  const counts = Object.fromEntries(Object.entries(w.counts).sort(([a], [b]) => a.localeCompare(b)));
  return {
    scale, seed, today: todayIso, counts,
    totalRows: Object.values(counts).reduce((a, b) => a + b, 0),
    milliseconds: Math.round(performance.now() - started),
  };
}

function build(db: Database, w: Writer, scale: DemoScale, seed: number, today: number): void {
  // One independent stream per part: changing how events are drawn does not reshuffle the schools.
  const root = new Rng(seed);
  const params = scaleParams(scale);
  const holidays = writeHolidays(w);
  const schools = writeSchools(w, root.fork('schools'), params.schools);
  const programmes = schools.flatMap((s) => s.programmes);
  const terms = writeTerms(w, schools, holidays);
  const cohorts = writeCohorts(w, root.fork('cohorts'), schools);
  const offerings = writeOfferings(w, programmes, terms, cohorts);

  const werkplaats = params.factor > 1 ? 'Nederland' : schools[0]!.municipality.region;
  const staffCount = params.factor * root.fork('staff-count').int(...params.staffPerWerkplaats);
  const staff = writeStaff(w, root.fork('staff'), staffCount, schools, werkplaats);
  writeFunders(w, root.fork('funders'), params.factor, schools, staff);

  const municipalities = smeMunicipalities(schools, params.factor);
  const intermediaries = writeIntermediaries(w, root.fork('intermediaries'), municipalities, params.intermediaries);
  const smes = new SmeFactory(root.fork('smes'), municipalities, intermediaries);

  const requestRng = root.fork('requests');
  const count = Math.round((params.requestsPerYear * (today - WINDOW_START)) / 365);
  const days = receivedDays(requestRng, count, today, 1 + params.factor);
  const { requests, toMatch } = intakeRequests(requestRng, { days, today, offerings, staff, smes });
  const planner = new Planner(root.fork('planner'));
  const assignments = matchRequests(root.fork('matching'), { toMatch, today, planner, staff });
  // A company that stopped is archived, unless it came back with a later request.
  const lastReceived = new Map<number, number>();
  for (const r of requests) lastReceived.set(r.sme.id, Math.max(lastReceived.get(r.sme.id) ?? 0, r.received));
  for (const r of requests) {
    const last = lastStatus(r);
    if (last.to === 'withdrawn' && last.reason?.includes('gestopt') && lastReceived.get(r.sme.id)! <= last.on) {
      r.sme.archivedOn = last.on;
    }
  }
  // Some companies only came to a webinar and never asked for help (yet).
  for (let i = Math.round(smes.all.length * 0.1); i > 0; i--) smes.make();
  smes.write(w);

  const events = writeEvents(w, root.fork('events'), {
    perYear: params.eventsPerYear, today, staff, schools, smes: smes.all,
  });
  writeRequests(w, requests);
  writeTeams(w, root.fork('teams'), cohorts, today);
  writeAssignments(w, assignments);
  const work = linkedWork(root.fork('work'), { requests, assignments, events, today });
  writeTimeEntries(w, root.fork('hours'), staff, work, today);
  writeLockedMonths(w, today);
  const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
  if (broken.length > 0) throw new Error(`demo has ${broken.length} broken links, e.g. ${broken[0]!.table} → ${broken[0]!.parent}`);
}
