import type { Database } from 'better-sqlite3';
import { LATEST_VERSION } from '../../core/db/migrations';
import { parse, positionals, type CliCommand } from '../command';
import { EXIT_OK, EXIT_PROBLEM, type CliIo } from '../io';
import { appMessage } from '../messages';
import { describeOpenError, openReadOnly } from '../sqliteFile';

interface FkProblem { table: string; rowid: number | null; parent: string; fkid: number }

/** Reads a workspace file without changing it and reports whether the app could open it safely. */
export const checkCommand: CliCommand = {
  usage: `check BESTAND

  Opent BESTAND alleen-lezen (zonder migratie) en toont de schemaversie, PRAGMA integrity_check en
  PRAGMA foreign_key_check. Eindigt met status 1 bij elk probleem: geen database, beschadigd, verbroken
  verwijzingen, of een schemaversie nieuwer dan deze app (${LATEST_VERSION}).`,
  run(args, io) {
    const { positionals: rest } = parse(args, {});
    const [file] = positionals(rest, ['BESTAND']) as [string];
    const opened = openReadOnly(file);
    try {
      return report(opened.db, file, opened.version, io);
    } finally {
      opened.close();
    }
  },
};

function report(db: Database, file: string, version: number, io: CliIo): number {
  const problems: string[] = [];
  io.out(`Bestand:            ${file}`);
  io.out(`Schemaversie:       ${version} (deze app kent t/m ${LATEST_VERSION})`);
  if (version > LATEST_VERSION) problems.push(appMessage('db_newer', { found: version, supported: LATEST_VERSION }));
  if (version === 0) problems.push(appMessage('db_not_database', { detail: 'geen schemaversie (user_version 0)' }));

  let integrity: string[];
  try {
    integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  } catch (e) {
    integrity = [(e as Error).message];
    problems.push(describeOpenError(e));
  }
  const intact = integrity.length === 1 && integrity[0] === 'ok';
  io.out(`integrity_check:    ${intact ? 'ok' : `${integrity.length} melding(en)`}`);
  for (const line of intact ? [] : integrity.slice(0, 10)) io.out(`  ${line}`);
  if (!intact && problems.length === 0) problems.push(appMessage('db_corrupt', { detail: integrity.slice(0, 3).join('; ') }));

  let fk: FkProblem[] | null = null;
  try {
    fk = db.pragma('foreign_key_check') as FkProblem[];
  } catch (e) {
    if (intact) problems.push(describeOpenError(e));
  }
  io.out(`foreign_key_check:  ${fk === null ? 'niet uit te voeren' : fk.length === 0 ? 'geen problemen' : `${fk.length} verbroken verwijzing(en)`}`);
  fk ??= [];
  for (const p of fk.slice(0, 10)) io.out(`  ${p.table} rij ${p.rowid ?? '?'} → ${p.parent}`);
  if (fk.length > 0) {
    const first = fk[0]!;
    problems.push(appMessage('db_corrupt', { detail: `${fk.length} verbroken verwijzing(en), o.a. ${first.table} rij ${first.rowid ?? '?'} → ${first.parent}` }));
  }

  const demo = readMeta(db, 'demo_scale');
  if (demo) io.out(`Demo:               ${demo} (seed ${readMeta(db, 'demo_seed') ?? '?'}, peildatum ${readMeta(db, 'demo_today') ?? '?'})`);
  if (version > 0 && version < LATEST_VERSION) io.out('Let op: de app werkt dit bestand bij naar de nieuwste versie bij het openen (met back-up).');

  for (const p of problems) io.err(p);
  const n = problems.length;
  io.out(`Resultaat:          ${n === 0 ? 'in orde' : `${n} ${n === 1 ? 'probleem' : 'problemen'}`}`);
  return problems.length === 0 ? EXIT_OK : EXIT_PROBLEM;
}

function readMeta(db: Database, key: string): string | null {
  try {
    const v = db.prepare(`SELECT value FROM meta WHERE key = ?`).pluck().get(key) as string | undefined;
    return v ?? null;
  } catch {
    return null;
  }
}
