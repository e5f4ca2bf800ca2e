import type { Database } from 'better-sqlite3';

/** Tables that hold bookkeeping, not domain data: never logged. */
const UNLOGGED = new Set(['meta', 'settings', 'action_groups', 'change_log', 'action_context']);

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface Column { name: string; pk: number }

function columnsOf(db: Database, table: string): Column[] {
  return db.prepare(`SELECT name, pk FROM pragma_table_info(?)`).all(table) as Column[];
}

/**
 * (Re)creates the change-log triggers of every domain table. Triggers rather than code in each service so that
 * no write path can forget the audit trail, and the log is always in the same transaction as the change.
 * Run after every migration batch because a migration may add columns.
 */
export function installChangeLogTriggers(db: Database): void {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const existing = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'changelog_%'`)
    .pluck()
    .all() as string[];
  for (const name of existing) db.exec(`DROP TRIGGER ${quoteIdent(name)}`);

  const active = `(SELECT group_id FROM action_context WHERE singleton = 1) IS NOT NULL`;
  const group = `(SELECT group_id FROM action_context WHERE singleton = 1)`;
  for (const table of tables) {
    if (UNLOGGED.has(table)) continue;
    const cols = columnsOf(db, table);
    const hasId = cols.some((c) => c.name === 'id');
    const rowJson = (ref: 'NEW' | 'OLD') =>
      `json_object(${cols.map((c) => `'${c.name}', ${ref}.${quoteIdent(c.name)}`).join(', ')})`;
    const idOf = (ref: 'NEW' | 'OLD') => (hasId ? `${ref}.id` : 'NULL');
    const t = quoteIdent(table);
    db.exec(`
      CREATE TRIGGER ${quoteIdent(`changelog_${table}_insert`)} AFTER INSERT ON ${t} WHEN ${active}
      BEGIN
        INSERT INTO change_log (group_id, entity, entity_id, field, action, old_value, new_value)
        VALUES (${group}, '${table}', ${idOf('NEW')}, NULL, 'insert', NULL, ${rowJson('NEW')});
      END;
      CREATE TRIGGER ${quoteIdent(`changelog_${table}_delete`)} AFTER DELETE ON ${t} WHEN ${active}
      BEGIN
        INSERT INTO change_log (group_id, entity, entity_id, field, action, old_value, new_value)
        VALUES (${group}, '${table}', ${idOf('OLD')}, NULL, 'delete', ${rowJson('OLD')}, NULL);
      END;
    `);
    if (!hasId) continue; // join tables change by insert/delete only
    const perField = cols
      .filter((c) => c.name !== 'id')
      .map(
        (c) => `INSERT INTO change_log (group_id, entity, entity_id, field, action, old_value, new_value)
          SELECT ${group}, '${table}', NEW.id, '${c.name}', 'update', OLD.${quoteIdent(c.name)}, NEW.${quoteIdent(c.name)}
          WHERE OLD.${quoteIdent(c.name)} IS NOT NEW.${quoteIdent(c.name)};`,
      )
      .join('\n');
    db.exec(`
      CREATE TRIGGER ${quoteIdent(`changelog_${table}_update`)} AFTER UPDATE ON ${t} WHEN ${active}
      BEGIN
        ${perField}
      END;
    `);
  }
}

export interface ActionInfo { label: string; actor: string }

/**
 * Runs `fn` as one user action: one transaction, one action group in the change log. Everything `fn` writes
 * happens completely or not at all.
 */
export function inAction<T>(db: Database, info: ActionInfo, fn: () => T): T {
  return db.transaction(() => {
    const groupId = db
      .prepare(`INSERT INTO action_groups (label, actor, at) VALUES (?, ?, ?) RETURNING id`)
      .pluck()
      .get(info.label, info.actor, new Date().toISOString()) as number;
    db.prepare(`UPDATE action_context SET group_id = ? WHERE singleton = 1`).run(groupId);
    try {
      return fn();
    } finally {
      // Inside the transaction: a failure rolls this back together with everything else.
      db.prepare(`UPDATE action_context SET group_id = NULL WHERE singleton = 1`).run();
    }
  }).immediate();
}
