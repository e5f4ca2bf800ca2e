import { CHANNELS } from '../../../shared/ipc/channels';
import type { IpcResult } from '../../../shared/ipc/contract';
import { formatError } from '../../../shared/i18n/errorMessages';
import type { Router } from './router';

/** The parts of Electron's ipcMain and its event that the binding uses, so it can be tested without Electron. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}
export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

/**
 * Registers every contract channel on ipcMain. A call whose sender frame is not the app's own page is refused
 * before its payload is even parsed.
 */
export function bindIpc(ipc: IpcMainLike, router: Router, isAppUrl: (url: string) => boolean): () => void {
  for (const channel of CHANNELS) {
    ipc.handle(channel, async (event, ...args): Promise<IpcResult<unknown>> => {
      const url = event.senderFrame?.url ?? '';
      if (!isAppUrl(url)) {
        return { ok: false, error: { code: 'forbidden_sender', message: formatError('forbidden_sender', 'nl') } };
      }
      return router.invokeAsync(channel, args[0]);
    });
  }
  return () => CHANNELS.forEach((c) => ipc.removeHandler(c));
}
