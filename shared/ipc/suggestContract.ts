import { empty } from '../schemas/inputs';
import { planResult } from '../schemas/planner';
import * as s from '../schemas/suggest';

// Contract entries of the match-suggestion solver (issue 5): channel → { input, output, writes }.
export const SUGGEST_CONTRACT = {
  /** Reads only: the proposal is computed on a snapshot and changes nothing until accepted. */
  'suggest:run': { input: s.suggestRunInput, output: s.proposal, writes: [] },
  'suggest:accept': { input: s.suggestAcceptInput, output: planResult, writes: ['assignments', 'requests'] },
  'suggest:settings': { input: empty, output: s.suggestSettings, writes: [] },
  'suggest:setWeights': { input: s.suggestSetWeightsInput, output: s.suggestSettings, writes: ['settings'] },
} as const;
