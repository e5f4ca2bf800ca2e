import { empty } from '../schemas/inputs';
import { planResult } from '../schemas/planner';
import * as s from '../schemas/suggest';

// Contract entries of the match-suggestion solver (issue 5): channel → { input, output, writes }.
export const SUGGEST_CONTRACT = {
  /** Reads only: the proposal is computed on a snapshot and changes nothing until accepted. Async, with progress. */
  'suggest:run': { input: s.suggestRunInput, output: s.proposal, writes: [] },
  'suggest:accept': { input: s.suggestAcceptInput, output: planResult, writes: ['assignments', 'requests'] },
  'suggest:settings': { input: empty, output: s.suggestSettings, writes: [] },
  'suggest:setWeights': { input: s.suggestSetWeightsInput, output: s.suggestSettings, writes: ['settings'] },
  /** Reads only: how to re-place the assignments flagged for re-planning, and what else moves for it. */
  'suggest:repair': { input: s.suggestRepairInput, output: s.repairProposal, writes: [] },
  /** The repair's moves and new placements in one transaction: one undo step, all or nothing. */
  'suggest:applyRepair': { input: s.suggestApplyRepairInput, output: s.repairResult, writes: ['assignments', 'requests'] },
} as const;
