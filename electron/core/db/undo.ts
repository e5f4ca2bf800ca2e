import type { Database } from 'better-sqlite3';
import { inAction } from './changeLog';

// Undo and redo replay the change log (DESIGN.md §3). An undo is itself a logged action, so the audit trail
// shows what was undone, by whom and when, and redo is the undo of an undo.

interface LogRow {
  entity: string;
  entity_id: number | null;
  field: string | null;
  action: 'insert' | 'update' | 'delete';
  old_value: unknown;
  new_value: unknown;
}
interface Group { id: number; label: string; kind: 'do' | 'undo' | 'redo'; target_group_id: number | null }

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

function nextToUndo(db: Database): Group | undefined {
  return db.prepare(`SELECT id, label, kind, target_group_id FROM action_groups
    WHERE kind IN ('do', 'redo') AND undone = 0 ORDER BY id DESC LIMIT 1`).get() as Group | undefined;
}

/** The latest undo that no new user action has superseded. */
function nextToRedo(db: Database): Group | undefined {
  return db.prepare(`SELECT id, label, kind, target_group_id FROM action_groups u
    WHERE u.kind = 'undo' AND u.undone = 0
      AND NOT EXISTS (SELECT 1 FROM action_groups d WHERE d.kind = 'do' AND d.id > u.id)
    ORDER BY u.id DESC LIMIT 1`).get() as Group | undefined;
}

function labelOf(db: Database, group: Group | undefined): string | null {
  if (!group) return null;
  if (group.kind === 'do') return group.label;
  const target = db.prepare(`SELECT label FROM action_groups WHERE id = ?`).pluck().get(group.target_group_id) as string;
  return target;
}

export function historyState(db: Database): HistoryState {
  const u = nextToUndo(db);
  const r = nextToRedo(db);
  const redoTarget = r
    ? (db.prepare(`SELECT id, label, kind, target_group_id FROM action_groups WHERE id = ?`).get(r.target_group_id) as Group)
    : undefined;
  return { canUndo: !!u, canRedo: !!r, undoLabel: labelOf(db, u), redoLabel: labelOf(db, redoTarget) };
}

function logOf(db: Database, groupId: number): LogRow[] {
  return db.prepare(`SELECT entity, entity_id, field, action, old_value, new_value FROM change_log
    WHERE group_id = ? ORDER BY id`).all(groupId) as LogRow[];
}

function insertRow(db: Database, table: string, json: string): void {
  const row = JSON.parse(json) as Record<string, unknown>;
  const cols = Object.keys(row);
  db.prepare(`INSERT INTO ${q(table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`)
    .run(...cols.map((c) => row[c] as never));
}

function deleteRow(db: Database, table: string, id: number | null, json: string): void {
  if (id !== null) {
    db.prepare(`DELETE FROM ${q(table)} WHERE id = ?`).run(id);
    return;
  }
  const row = JSON.parse(json) as Record<string, unknown>;
  const cols = Object.keys(row);
  db.prepare(`DELETE FROM ${q(table)} WHERE ${cols.map((c) => `${q(c)} IS ?`).join(' AND ')}`)
    .run(...cols.map((c) => row[c] as never));
}

/**
 * Replays a group's log. Field changes of one row are written in one UPDATE: a row may only be valid with both
 * fields changed together (a rejected request needs its reason), which field-by-field writes would break.
 */
function replay(db: Database, rows: LogRow[], direction: 'backward' | 'forward'): void {
  const undoing = direction === 'backward';
  const ordered = undoing ? [...rows].reverse() : rows;
  for (let i = 0; i < ordered.length; i++) {
    const r = ordered[i]!;
    if (r.action === 'update') {
      const fields = new Map<string, unknown>();
      let j = i;
      while (j < ordered.length && ordered[j]!.action === 'update' && ordered[j]!.entity === r.entity && ordered[j]!.entity_id === r.entity_id) {
        const u = ordered[j]!;
        fields.set(u.field!, undoing ? u.old_value : u.new_value);
        j++;
      }
      const cols = [...fields.keys()];
      db.prepare(`UPDATE ${q(r.entity)} SET ${cols.map((c) => `${q(c)} = ?`).join(', ')} WHERE id = ?`)
        .run(...(cols.map((c) => fields.get(c)) as never[]), r.entity_id);
      i = j - 1;
    } else if ((r.action === 'insert') === undoing) {
      // undoing an insert, or redoing a delete
      deleteRow(db, r.entity, r.entity_id, (r.new_value ?? r.old_value) as string);
    } else {
      insertRow(db, r.entity, (r.old_value ?? r.new_value) as string);
    }
  }
}

/** Undoes the latest user action (or redo). Returns its label, or null when there is nothing to undo. */
export function undo(db: Database, actor: string): string | null {
  const target = nextToUndo(db);
  if (!target) return null;
  const label = labelOf(db, target);
  inAction(db, { label: `undo:${label}`, actor }, () => {
    const groupId = db.prepare(`SELECT group_id FROM action_context`).pluck().get() as number;
    db.prepare(`UPDATE action_groups SET kind = 'undo', target_group_id = ? WHERE id = ?`).run(target.id, groupId);
    replay(db, logOf(db, target.id), 'backward');
    db.prepare(`UPDATE action_groups SET undone = 1 WHERE id = ?`).run(target.id);
  });
  return label;
}

/** Redoes the latest undone action, unless a new action came after it. Returns its label, or null. */
export function redo(db: Database, actor: string): string | null {
  const undoGroup = nextToRedo(db);
  if (!undoGroup) return null;
  const original = db.prepare(`SELECT id, label, kind, target_group_id FROM action_groups WHERE id = ?`)
    .get(undoGroup.target_group_id) as Group;
  const label = labelOf(db, original);
  inAction(db, { label: `redo:${label}`, actor }, () => {
    const groupId = db.prepare(`SELECT group_id FROM action_context`).pluck().get() as number;
    db.prepare(`UPDATE action_groups SET kind = 'redo', target_group_id = ? WHERE id = ?`).run(original.id, groupId);
    replay(db, logOf(db, original.id), 'forward');
    db.prepare(`UPDATE action_groups SET undone = 1 WHERE id = ?`).run(undoGroup.id);
  });
  return label;
}
