import type { PlanAssignment } from '../../../../../shared/domain/planning/model';
import type { PlannerData } from '../../../../../shared/schemas/planner';

/**
 * A command on its way to the core. The grid shows its outcome at once (a dropped bar stays where it was
 * dropped) until the core has answered and the fresh snapshot has arrived; on a refusal it simply disappears.
 */
export type Pending =
  | { kind: 'assign'; items: { requestId: number; teamId: number; startWeek: string; endWeek: string }[] }
  | { kind: 'move'; items: { assignmentId: number; teamId: number; startWeek: string; endWeek: string }[] }
  | { kind: 'unplan'; ids: number[] };

/** Temporary ids of bars that do not exist in the database yet: negative, so they never clash. */
export const isTemporary = (id: number) => id < 0;

export function applyPending(data: PlannerData, pending: Pending | null): PlannerData {
  if (!pending) return data;
  const teamTerm = new Map(data.teams.map((t) => [t.id, t.termId]));
  if (pending.kind === 'assign') {
    const added: PlanAssignment[] = pending.items.map((i, n) => ({
      id: -(n + 1), requestId: i.requestId, teamId: i.teamId, termId: teamTerm.get(i.teamId) ?? 0, startWeek: i.startWeek,
      endWeek: i.endWeek, status: 'planned', locked: false, needsReplan: false,
    }));
    const placed = new Set(pending.items.map((i) => i.requestId));
    return { ...data, assignments: [...data.assignments, ...added], unplannedIds: data.unplannedIds.filter((id) => !placed.has(id)) };
  }
  if (pending.kind === 'move') {
    const moved = new Map(pending.items.map((i) => [i.assignmentId, i]));
    const warnings = { ...data.warnings };
    for (const id of moved.keys()) delete warnings[String(id)];
    return {
      ...data,
      warnings,
      assignments: data.assignments.map((a) => {
        const m = moved.get(a.id);
        return m ? { ...a, teamId: m.teamId, termId: teamTerm.get(m.teamId) ?? a.termId, startWeek: m.startWeek, endWeek: m.endWeek, needsReplan: false } : a;
      }),
    };
  }
  const gone = new Set(pending.ids);
  const back = data.assignments.filter((a) => gone.has(a.id)).map((a) => a.requestId);
  return {
    ...data,
    assignments: data.assignments.filter((a) => !gone.has(a.id)),
    unplannedIds: [...data.unplannedIds, ...back.filter((id) => !data.unplannedIds.includes(id))],
  };
}
