import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../../electron/core/db/open';
import { inAction } from '../../../electron/core/db/changeLog';
import { makeTempDir } from '../../helpers/tempDir';

const t = makeTempDir();
let db: Database;
beforeAll(() => {
  db = openDatabase(path.join(t.dir, 'log.db')).db;
});
afterAll(() => {
  db.close();
  t.cleanup();
});

const log = (group: number) =>
  db.prepare(`SELECT entity, field, action, old_value AS old, new_value AS new FROM change_log WHERE group_id = ? ORDER BY id`).all(group);

it('records every change of one user action under one group, field by field', () => {
  inAction(db, { label: 'create', actor: 'anouk' }, () => {
    db.prepare(`INSERT INTO funders (id, name, kind) VALUES (1, 'Gemeente Rivierstad', 'municipality')`).run();
  });
  inAction(db, { label: 'rename', actor: 'anouk' }, () => {
    db.prepare(`UPDATE funders SET name = 'Gemeente Rivierstad (EZ)' WHERE id = 1`).run();
  });
  const groups = db.prepare(`SELECT id, label, actor FROM action_groups ORDER BY id`).all() as { id: number; label: string }[];
  expect(groups.map((g) => g.label)).toEqual(['create', 'rename']);
  expect(log(groups[0]!.id)).toEqual([
    expect.objectContaining({ entity: 'funders', action: 'insert', old: null }),
  ]);
  expect(log(groups[1]!.id)).toEqual([
    { entity: 'funders', field: 'name', action: 'update', old: 'Gemeente Rivierstad', new: 'Gemeente Rivierstad (EZ)' },
  ]);
});

it('rolls back the change and its log together when the action fails', () => {
  const groupsBefore = db.prepare(`SELECT count(*) FROM action_groups`).pluck().get();
  const logBefore = db.prepare(`SELECT count(*) FROM change_log`).pluck().get();
  expect(() =>
    inAction(db, { label: 'half', actor: 'anouk' }, () => {
      db.prepare(`UPDATE funders SET name = 'Half gedaan' WHERE id = 1`).run();
      db.prepare(`INSERT INTO funders (name, kind) VALUES ('Kapot', 'no-such-kind')`).run();
    }),
  ).toThrow(/CHECK/);
  expect(db.prepare(`SELECT name FROM funders WHERE id = 1`).pluck().get()).toBe('Gemeente Rivierstad (EZ)');
  expect(db.prepare(`SELECT count(*) FROM action_groups`).pluck().get()).toBe(groupsBefore);
  expect(db.prepare(`SELECT count(*) FROM change_log`).pluck().get()).toBe(logBefore);
  expect(db.prepare(`SELECT group_id FROM action_context`).pluck().get()).toBeNull();
});

it('does not log writes made outside a user action (bulk demo generation)', () => {
  const before = db.prepare(`SELECT count(*) FROM change_log`).pluck().get();
  db.prepare(`INSERT INTO funders (name, kind) VALUES ('Provincie', 'province')`).run();
  expect(db.prepare(`SELECT count(*) FROM change_log`).pluck().get()).toBe(before);
});
