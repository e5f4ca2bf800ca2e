import { CHANNELS, DATA_CHANGED, MENU_COMMAND, MENU_COMMANDS, type Channel, type MenuCommand } from '../../shared/ipc/channels';
import { TASK_PROGRESS } from '../../shared/ipc/taskChannels';
import type { TaskProgress } from '../../shared/schemas/files';
import type { Api } from '../../shared/ipc/contract';

// Built from the channel list alone (no zod in the preload bundle). Kept apart from index.ts so it can be
// exercised under Node against the real router, without Electron.

/** The parts of ipcRenderer the API uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

type ChannelFunctions = { [C in Channel]: Api[C] };

export function buildApi(ipc: IpcRendererLike): Api {
  const calls = {} as Record<Channel, (input?: unknown) => Promise<never>>;
  for (const channel of CHANNELS) {
    // One argument only: nothing else the page passes reaches the main process. The router parses the input
    // and its reply always has the contract's result shape, which the cast records.
    calls[channel] = (input?: unknown) => ipc.invoke(channel, input) as Promise<never>;
  }
  const channelFunctions: ChannelFunctions = calls;

  const onDataChanged = (listener: (tables: string[]) => void): (() => void) => {
    // The page gets the table names only, never the IPC event (which would expose the sender).
    const handler = (_event: unknown, tables: unknown) => {
      listener(Array.isArray(tables) ? tables.filter((t): t is string => typeof t === 'string') : []);
    };
    ipc.on(DATA_CHANGED, handler);
    return () => {
      ipc.removeListener(DATA_CHANGED, handler);
    };
  };

  const onMenuCommand = (listener: (command: MenuCommand) => void): (() => void) => {
    const handler = (_event: unknown, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipc.on(MENU_COMMAND, handler);
    return () => {
      ipc.removeListener(MENU_COMMAND, handler);
    };
  };

  const onTaskProgress = (listener: (progress: TaskProgress) => void): (() => void) => {
    // Only the three numbers the page needs get through, checked here (no zod in the preload).
    const handler = (_event: unknown, p: unknown) => {
      const { taskId, done, total } = (p ?? {}) as Record<string, unknown>;
      if (typeof taskId === 'string' && typeof done === 'number' && typeof total === 'number') listener({ taskId, done, total });
    };
    ipc.on(TASK_PROGRESS, handler);
    return () => {
      ipc.removeListener(TASK_PROGRESS, handler);
    };
  };

  return Object.freeze({ ...channelFunctions, onDataChanged, onMenuCommand, onTaskProgress });
}
