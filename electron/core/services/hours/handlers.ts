import type { HOURS_CONTRACT } from '../../../../shared/ipc/hoursContract';
import type { Handlers } from '../../ipc/router';

export function createHoursHandlers(): Pick<Handlers, keyof typeof HOURS_CONTRACT> {
  return {};
}
