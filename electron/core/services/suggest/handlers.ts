import type { SUGGEST_CONTRACT } from '../../../../shared/ipc/suggestContract';
import type { Handlers } from '../../ipc/router';

export function createSuggestHandlers(): Pick<Handlers, keyof typeof SUGGEST_CONTRACT> {
  return {};
}
