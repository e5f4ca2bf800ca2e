import type { SUGGEST_CONTRACT } from '../../../../shared/ipc/suggestContract';
import type { Handlers } from '../../ipc/router';
import { assign } from '../planner/commands';
import { applyRepair, runRepairTask } from './repair';
import { runSuggestTask } from './run';
import { setSuggestWeights, suggestSettings } from './weights';

export function createSuggestHandlers(): Pick<Handlers, keyof typeof SUGGEST_CONTRACT> {
  return {
    // Async: the solve runs in slices with pauses, so the app stays usable and the user can cancel it.
    'suggest:run': (input, ctx) => runSuggestTask(ctx.host.current.db, input, ctx.host.current.language(), ctx.task(input.taskId)),
    // Accepting is planner:assign's command under its own label: the planner's rules, all or nothing, one undo step.
    'suggest:accept': (input, ctx) => ctx.action('suggest:accept', () => assign(ctx.host.current.db, input, ctx.host.current.language())),
    'suggest:settings': (_, { host }) => suggestSettings(host.current.db, host.current.language()),
    'suggest:setWeights': (input, { host }) => setSuggestWeights(host.current.db, input, host.current.language()),
    'suggest:repair': (input, ctx) => runRepairTask(ctx.host.current.db, input, ctx.host.current.language(), ctx.task(input.taskId)),
    // A repair is accepted like a suggestion (same undo label): moves and new placements in one transaction.
    'suggest:applyRepair': (input, ctx) => ctx.action('suggest:applyRepair', () => applyRepair(ctx.host.current.db, input, ctx.host.current.language())),
  };
}
