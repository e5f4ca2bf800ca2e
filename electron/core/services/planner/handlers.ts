import type { PLANNER_CONTRACT } from '../../../../shared/ipc/plannerContract';
import type { Handlers } from '../../ipc/router';
import { assign, move, unplan } from './commands';
import { evaluate, setAssignmentStatus, setTeamDropOut } from './lifecycle';
import { plannerData } from './snapshot';

type PlannerHandlers = Pick<Handlers, keyof typeof PLANNER_CONTRACT>;

export function createPlannerHandlers(): PlannerHandlers {
  return {
    'planner:data': ({ termIds }, { host }) => plannerData(host.current.db, termIds),
    'planner:assign': (input, ctx) => ctx.action('planner:assign', () => assign(ctx.host.current.db, input, ctx.host.current.language())),
    'planner:move': (input, ctx) => ctx.action('planner:move', () => move(ctx.host.current.db, input, ctx.host.current.language())),
    'planner:unplan': ({ assignmentIds }, ctx) => ctx.action('planner:unplan', () => unplan(ctx.host.current.db, assignmentIds)),
    'assignments:setStatus': (input, ctx) => ctx.action('assignments:setStatus', () => setAssignmentStatus(ctx.host.current.db, input)),
    'assignments:evaluate': (input, ctx) => ctx.action('assignments:evaluate', () => evaluate(ctx.host.current.db, input)),
    'teams:dropOut': (input, ctx) => ctx.action('teams:dropOut', () => setTeamDropOut(ctx.host.current.db, input)),
  };
}
