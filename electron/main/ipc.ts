import { BrowserWindow, ipcMain } from 'electron';
import os from 'node:os';
import { DATA_CHANGED } from '../../shared/ipc/channels';
import { TASK_PROGRESS } from '../../shared/ipc/taskChannels';
import { bindIpc } from '../core/ipc/bindIpc';
import { createRouter, type Router } from '../core/ipc/router';
import { createHandlers } from '../core/services/handlers';
import type { WorkspaceHost } from '../core/workspace';

export interface IpcOptions {
  host: WorkspaceHost;
  /** The sender check: only calls from the app's own page reach the router. */
  isAppUrl: (url: string) => boolean;
  /** Called after every write with the tables it touched (after the windows were told). */
  onChanged?: (tables: string[]) => void;
}

function currentUser(): string {
  try {
    return os.userInfo().username || 'onbekend';
  } catch {
    // no passwd entry (some containers): the change log still needs a name
    return 'onbekend';
  }
}

/** Wires ipcMain to the core's router. Returns a function that removes every handler again. */
export function startIpc({ host, isAppUrl, onChanged }: IpcOptions): { router: Router; dispose: () => void } {
  const router = createRouter({
    host,
    handlers: createHandlers(),
    actor: currentUser(),
    onChanged: (tables) => {
      for (const win of BrowserWindow.getAllWindows()) {
        if (!win.isDestroyed()) win.webContents.send(DATA_CHANGED, tables);
      }
      onChanged?.(tables);
    },
    onProgress: (progress) => {
      for (const win of BrowserWindow.getAllWindows()) {
        if (!win.isDestroyed()) win.webContents.send(TASK_PROGRESS, progress);
      }
    },
    onInternalError: (error, channel) => console.error(`[ipc] ${channel} failed:`, error),
  });
  const dispose = bindIpc(ipcMain, router, isAppUrl);
  return { router, dispose };
}
