import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { Language } from '../../../../shared/domain/constants';
import type { PlanSnapshot } from '../../../../shared/domain/planning/model';
import { startRepair, type RepairOptions } from '../../../../shared/domain/suggest/repair';
import type { Violation } from '../../../../shared/domain/planning/violations';
import { isoDate } from '../../../../shared/domain/weeks';
import type { RepairOutput, suggestApplyRepairInput, suggestRepairInput } from '../../../../shared/schemas/suggest';
import type { TaskHandle } from '../../ipc/tasks';
import { assign, move } from '../planner/commands';
import { loadSnapshot } from '../planner/snapshot';
import { drive, SUGGEST_TIME_LIMIT_MS } from './run';
import { PROGRESS_STEPS, type SolveRun } from './stepper';
import { currentWeights } from './weights';

/**
 * The repair as a sliced run, on the solver's repair model (shared/domain/suggest/repair.ts): every affected
 * assignment (flagged, or on a team that dropped out) gets a place if any team can take it, moving as few other
 * planned bars as possible. Affected ones without a place are listed apart, with the reason.
 */
export function startRepairRun(snapshot: PlanSnapshot, opts: RepairOptions): SolveRun<RepairOutput> {
  const run = startRepair(snapshot, opts);
  return {
    step: (ms) => run.step(ms),
    stop: () => run.stop(),
    progress: () => ({ done: Math.round(run.progress().fraction * PROGRESS_STEPS), total: PROGRESS_STEPS }),
    result: () => {
      const r = run.result();
      return {
        moves: r.moves.flatMap((m) => (m.to ? [{
          assignmentId: m.assignmentId, requestId: m.requestId, from: m.from, to: m.to, flagged: m.flagged, score: m.score, warnings: m.warnings,
        }] : [])),
        placements: [],
        unplaced: r.unplaced.map((u) => ({ assignmentId: u.assignmentId, requestId: u.requestId, detail: u.detail })),
        flagged: r.affected, objective: r.objective, optimal: r.optimal, ...(r.cancelled ? { cancelled: true } : {}),
      };
    },
  };
}

export function runRepairTask(db: Database, input: z.output<typeof suggestRepairInput>, lang: Language, task: TaskHandle): Promise<RepairOutput> {
  const snapshot = loadSnapshot(db, input.termIds);
  return drive(startRepairRun(snapshot, {
    weights: input.weights ?? currentWeights(db), today: input.today ?? isoDate(new Date()), language: lang,
    timeLimitMs: SUGGEST_TIME_LIMIT_MS,
  }), task);
}

/**
 * Accepting a repair: first every move together (so two bars may swap places), then the new placements checked
 * against the moved picture. The planner's own commands check each with the shared rules and refuse the whole
 * action on the first hard rule; the caller runs this in one ctx.action, so it is one undo step or nothing.
 */
export function applyRepair(db: Database, input: z.output<typeof suggestApplyRepairInput>, lang: Language) {
  const warnings: Violation[] = [];
  const moved = input.moves.length > 0 ? move(db, { moves: input.moves }, lang) : { ids: [], warnings: [] };
  warnings.push(...moved.warnings);
  const assigned = input.items.length > 0 ? assign(db, { items: input.items }, lang) : { ids: [], warnings: [] };
  warnings.push(...assigned.warnings);
  return { moved: moved.ids, assigned: assigned.ids, warnings };
}
