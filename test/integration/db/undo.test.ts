import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../../electron/core/db/open';
import { inAction } from '../../../electron/core/db/changeLog';
import { historyState, redo, undo } from '../../../electron/core/db/undo';
import { makeTempDir } from '../../helpers/tempDir';

let t: ReturnType<typeof makeTempDir>;
let db: Database;
beforeEach(() => {
  t = makeTempDir();
  db = openDatabase(path.join(t.dir, 'undo.db')).db;
});
afterEach(() => {
  db.close();
  t.cleanup();
});

const act = (label: string, sql: string, ...args: unknown[]) =>
  inAction(db, { label, actor: 'test' }, () => db.prepare(sql).run(...(args as never[])));
const smes = () => db.prepare(`SELECT id, name, fte FROM smes ORDER BY id`).all();
const snapshot = () => JSON.stringify({
  smes: smes(),
  themes: db.prepare(`SELECT * FROM programme_themes ORDER BY 1, 2`).all(),
  requests: db.prepare(`SELECT * FROM requests ORDER BY id`).all(),
});

it('undoes and redoes inserts, updates and deletes, one user action at a time', () => {
  const s0 = snapshot();
  act('create', `INSERT INTO smes (id, name, kvk, fte) VALUES (1, 'Bakkerij Bol', '12345678', 4)`);
  const s1 = snapshot();
  act('rename', `UPDATE smes SET name = 'Bakkerij Bol & Zn', fte = 12 WHERE id = 1`);
  const s2 = snapshot();
  act('delete', `DELETE FROM smes WHERE id = 1`);
  const s3 = snapshot();

  expect(historyState(db)).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'delete' });
  expect(undo(db, 'test')).toBe('delete');
  expect(snapshot()).toBe(s2);
  expect(undo(db, 'test')).toBe('rename');
  expect(snapshot()).toBe(s1);
  expect(historyState(db)).toMatchObject({ undoLabel: 'create', redoLabel: 'rename' });
  expect(undo(db, 'test')).toBe('create');
  expect(snapshot()).toBe(s0);
  expect(undo(db, 'test')).toBeNull();

  expect(redo(db, 'test')).toBe('create');
  expect(snapshot()).toBe(s1);
  expect(redo(db, 'test')).toBe('rename');
  expect(redo(db, 'test')).toBe('delete');
  expect(snapshot()).toBe(s3);
  expect(redo(db, 'test')).toBeNull();
  // Undo after redo goes back again.
  expect(undo(db, 'test')).toBe('delete');
  expect(snapshot()).toBe(s2);
});

it('a new action after an undo ends the redo chain', () => {
  act('create', `INSERT INTO smes (id, name, kvk, fte) VALUES (1, 'Bakkerij Bol', '12345678', 4)`);
  act('rename', `UPDATE smes SET name = 'Nieuwe naam' WHERE id = 1`);
  undo(db, 'test');
  act('fte', `UPDATE smes SET fte = 7 WHERE id = 1`);
  expect(historyState(db).canRedo).toBe(false);
  expect(redo(db, 'test')).toBeNull();
  expect(smes()).toEqual([{ id: 1, name: 'Bakkerij Bol', fte: 7 }]);
});

it('restores rows of tables without an id column (a programme theme)', () => {
  db.exec(`INSERT INTO schools (id, name, kind, brin, holiday_region) VALUES (1, 'ROC Rivierstad', 'mbo', '25AB', 'midden');
           INSERT INTO programmes (id, school_id, name, level) VALUES (1, 1, 'Software developer', 'mbo-4');`);
  act('theme', `INSERT INTO programme_themes (programme_id, theme) VALUES (1, 'website_webshop')`);
  act('untheme', `DELETE FROM programme_themes WHERE programme_id = 1`);
  const after = snapshot();
  undo(db, 'test');
  expect(db.prepare(`SELECT theme FROM programme_themes`).pluck().all()).toEqual(['website_webshop']);
  undo(db, 'test');
  expect(db.prepare(`SELECT count(*) FROM programme_themes`).pluck().get()).toBe(0);
  redo(db, 'test');
  redo(db, 'test');
  expect(snapshot()).toBe(after);
});

it('records undo and redo in the audit trail', () => {
  act('create', `INSERT INTO smes (id, name, kvk, fte) VALUES (1, 'Bakkerij Bol', '12345678', 4)`);
  undo(db, 'anouk');
  redo(db, 'anouk');
  expect(db.prepare(`SELECT kind, label, actor FROM action_groups ORDER BY id`).all()).toEqual([
    { kind: 'do', label: 'create', actor: 'test' },
    { kind: 'undo', label: 'undo:create', actor: 'anouk' },
    { kind: 'redo', label: 'redo:create', actor: 'anouk' },
  ]);
});

it('undoes a change of two fields that are only valid together (a rejection and its reason)', () => {
  act('create', `INSERT INTO smes (id, name, kvk, fte) VALUES (1, 'Bakkerij Bol', '12345678', 4)`);
  act('request', `INSERT INTO requests (id, sme_id, received_on) VALUES (1, 1, '2026-09-01')`);
  act('reject', `UPDATE requests SET status = 'rejected', status_reason = 'Geen digitale vraag' WHERE id = 1`);
  const status = () => db.prepare(`SELECT status, status_reason AS reason FROM requests WHERE id = 1`).get();
  expect(undo(db, 'test')).toBe('reject');
  expect(status()).toEqual({ status: 'new', reason: null });
  expect(redo(db, 'test')).toBe('reject');
  expect(status()).toEqual({ status: 'rejected', reason: 'Geen digitale vraag' });
});
