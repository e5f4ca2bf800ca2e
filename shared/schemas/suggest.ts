import { z } from 'zod';
import { HARD_RULES, SOFT_RULES } from '../domain/planning/violations';
import { UNPLANNED_REASONS } from '../domain/suggest/explain';
import { PRESET_NAMES, SCORE_PARTS, type ScorePart } from '../domain/suggest/weights';
import { id, isoDate, taskId, weekKey } from './fields';
import { assignInput, moveInput } from './planner';

// Match suggestions (issue 5): run the solver on chosen terms, accept (part of) a proposal, and the weights.

const weight = z.number().int('field.integer').min(0, 'field.min0').max(10, 'field.invalid');
export const weights = z.object(Object.fromEntries(SCORE_PARTS.map((p) => [p, weight])) as Record<ScorePart, typeof weight>).strict();
const parts = z.object(Object.fromEntries(SCORE_PARTS.map((p) => [p, z.number()])) as Record<ScorePart, z.ZodNumber>);

export const suggestRunInput = z.object({
  /** Every term the planner shows (it loads them 50 at a time; the solver plans them together). */
  termIds: z.array(id).min(1).max(1000),
  /** Weights for this run only; default: the saved weights (suggest:settings). */
  weights: weights.optional(),
  /** Plan only these waiting requests; default: every request waiting for a team. */
  requestIds: z.array(id).max(100_000).optional(),
  /** The day the plan is made (waiting time, no starts before its week); default today. */
  today: isoDate.optional(),
  /** Follow the solve's progress and let the user cancel it (see electron/core/ipc/tasks.ts). */
  taskId: taskId.optional(),
}).strict();

const rules = z.array(z.enum([...HARD_RULES, ...SOFT_RULES]));

export const proposal = z.object({
  suggestions: z.array(z.object({
    requestId: id, teamId: id, startWeek: weekKey, endWeek: weekKey, score: z.number(), parts,
    warnings: rules,
  })),
  unplanned: z.array(z.object({ requestId: id, reason: z.enum(UNPLANNED_REASONS), detail: z.string(), by: z.array(id) })),
  objective: z.number(),
  greedyObjective: z.number(),
  /** Proven upper bound; equals objective when optimal. */
  bound: z.number(),
  optimal: z.boolean(),
  /** The user stopped the search: this is the best plan found until then (never worse than greedy). */
  cancelled: z.boolean().optional(),
  stats: z.object({
    requests: z.number().int(), candidates: z.number().int(), components: z.number().int(), nodes: z.number().int(),
    milliseconds: z.number(),
  }),
});
export type ProposalOutput = z.infer<typeof proposal>;

/**
 * Accepting is assigning: the same items, rules and single undo step as planner:assign, but a whole proposal of
 * a large werkplaats ("accept all") may hold thousands of suggestions.
 */
export const suggestAcceptInput = z.object({ items: z.array(assignInput.shape.items.element).min(1).max(10_000) }).strict();

export const suggestSettings = z.object({
  preset: z.enum([...PRESET_NAMES, 'custom']),
  weights,
  presets: z.array(z.object({ name: z.enum(PRESET_NAMES), label: z.string(), weights })),
});
export type SuggestSettings = z.infer<typeof suggestSettings>;

export const suggestSetWeightsInput = z.union([
  z.object({ preset: z.enum(PRESET_NAMES) }).strict(),
  z.object({ weights }).strict(),
]);

/** Re-plan after a disruption: the assignments flagged for re-planning (a team dropped out) on the chosen terms. */
export const suggestRepairInput = z.object({
  termIds: z.array(id).min(1).max(1000),
  weights: weights.optional(),
  today: isoDate.optional(),
  taskId: taskId.optional(),
}).strict();

const slot = z.object({ teamId: id, startWeek: weekKey, endWeek: weekKey });

export const repairProposal = z.object({
  /**
   * Existing assignments that change team or weeks: `flagged` ones are the affected ones being re-placed, the
   * others step aside to make room (as few as possible).
   */
  moves: z.array(z.object({
    assignmentId: id, requestId: id, from: slot, to: slot, flagged: z.boolean(), score: z.number().nullable(), warnings: rules,
  })),
  /** Waiting requests that get a team in the same go (a repair may also fill freed room). */
  placements: z.array(slot.extend({ requestId: id, score: z.number(), warnings: rules })),
  /** Flagged assignments no team can take over: they stay flagged, with the reason. */
  unplaced: z.array(z.object({ assignmentId: id, requestId: id, detail: z.string() })),
  /** How many assignments needed a new place (flagged for re-planning, or on a team that dropped out). */
  flagged: z.number().int(),
  objective: z.number(),
  optimal: z.boolean(),
  cancelled: z.boolean().optional(),
});
export type RepairOutput = z.infer<typeof repairProposal>;

/** Accepting a repair: the moves and the new placements together, one transaction, one undo step. */
export const suggestApplyRepairInput = z.object({
  moves: z.array(moveInput.shape.moves.element).max(10_000).default([]),
  items: z.array(assignInput.shape.items.element).max(10_000).default([]),
}).strict().refine((v) => v.moves.length + v.items.length > 0, { message: 'field.required', path: ['moves'] });

export const repairResult = z.object({ moved: z.array(id), assigned: z.array(id), warnings: z.array(z.object({
  rule: z.enum([...HARD_RULES, ...SOFT_RULES]), hard: z.boolean(), params: z.record(z.string(), z.union([z.string(), z.number()])),
})) });
