import { z } from 'zod';
import { HARD_RULES, SOFT_RULES } from '../domain/planning/violations';
import { UNPLANNED_REASONS } from '../domain/suggest/explain';
import { PRESET_NAMES, SCORE_PARTS, type ScorePart } from '../domain/suggest/weights';
import { id, isoDate, weekKey } from './fields';
import { assignInput } from './planner';

// Match suggestions (issue 5): run the solver on chosen terms, accept (part of) a proposal, and the weights.

const weight = z.number().int('field.integer').min(0, 'field.min0').max(10, 'field.invalid');
export const weights = z.object(Object.fromEntries(SCORE_PARTS.map((p) => [p, weight])) as Record<ScorePart, typeof weight>).strict();
const parts = z.object(Object.fromEntries(SCORE_PARTS.map((p) => [p, z.number()])) as Record<ScorePart, z.ZodNumber>);

export const suggestRunInput = z.object({
  termIds: z.array(id).min(1).max(50),
  /** Weights for this run only; default: the saved weights (suggest:settings). */
  weights: weights.optional(),
  /** Plan only these waiting requests; default: every request waiting for a team. */
  requestIds: z.array(id).max(100_000).optional(),
  /** The day the plan is made (waiting time, no starts before its week); default today. */
  today: isoDate.optional(),
}).strict();

export const proposal = z.object({
  suggestions: z.array(z.object({
    requestId: id, teamId: id, startWeek: weekKey, endWeek: weekKey, score: z.number(), parts,
    warnings: z.array(z.enum([...HARD_RULES, ...SOFT_RULES])),
  })),
  unplanned: z.array(z.object({ requestId: id, reason: z.enum(UNPLANNED_REASONS), detail: z.string(), by: z.array(id) })),
  objective: z.number(),
  greedyObjective: z.number(),
  /** Proven upper bound; equals objective when optimal. */
  bound: z.number(),
  optimal: z.boolean(),
  stats: z.object({
    requests: z.number().int(), candidates: z.number().int(), components: z.number().int(), nodes: z.number().int(),
    milliseconds: z.number(),
  }),
});
export type ProposalOutput = z.infer<typeof proposal>;

/** Accepting is assigning: the same items, rules and single undo step as planner:assign. */
export const suggestAcceptInput = assignInput;

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
