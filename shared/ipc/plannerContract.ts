import * as p from '../schemas/planner';
import { idResult } from '../schemas/masterRows';
import { z } from 'zod';

/** The planner: one snapshot query, placement commands (each one undo step) and the assignment life cycle. */
export const PLANNER_CONTRACT = {
  'planner:data': { input: p.plannerQuery, output: p.plannerData, writes: [] },
  'planner:assign': { input: p.assignInput, output: p.planResult, writes: ['assignments', 'requests'] },
  'planner:move': { input: p.moveInput, output: p.planResult, writes: ['assignments'] },
  'planner:unplan': { input: p.unplanInput, output: p.planResult, writes: ['assignments', 'requests'] },
  'assignments:setStatus': { input: p.assignmentStatusInput, output: idResult, writes: ['assignments', 'requests'] },
  'assignments:evaluate': { input: p.evaluationInput, output: idResult, writes: ['evaluations', 'assignments', 'requests'] },
  'teams:dropOut': { input: p.teamDropOutInput, output: idResult.extend({ flagged: z.number().int() }), writes: ['teams', 'assignments'] },
} as const;
