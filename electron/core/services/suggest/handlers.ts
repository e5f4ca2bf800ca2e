import type { SUGGEST_CONTRACT } from '../../../../shared/ipc/suggestContract';
import type { Handlers } from '../../ipc/router';
import { assign } from '../planner/commands';
import { runSuggest } from './run';
import { setSuggestWeights, suggestSettings } from './weights';

export function createSuggestHandlers(): Pick<Handlers, keyof typeof SUGGEST_CONTRACT> {
  return {
    'suggest:run': (input, { host }) => runSuggest(host.current.db, input, host.current.language()),
    // Accepting is planner:assign's command under its own label: the planner's rules, all or nothing, one undo step.
    'suggest:accept': (input, ctx) => ctx.action('suggest:accept', () => assign(ctx.host.current.db, input, ctx.host.current.language())),
    'suggest:settings': (_, { host }) => suggestSettings(host.current.db, host.current.language()),
    'suggest:setWeights': (input, { host }) => setSuggestWeights(host.current.db, input, host.current.language()),
  };
}
