import path from 'node:path';
import { AppError } from '../core/errors';
import { createRouter, type Router } from '../core/ipc/router';
import { createHandlers } from '../core/services/handlers';
import { Workspace as WorkspaceClass, type Workspace, type WorkspaceHost } from '../core/workspace';
import { CliError } from './io';
import { appMessage } from './messages';

/**
 * The router wants a WorkspaceHost, which manages a folder; the CLI works on one file someone names. The router
 * and handlers only use `current` (and `startEmpty`, which no CLI command calls), so a small stand-in does.
 * WorkspaceHost has private fields, which makes TypeScript compare it by name, hence the cast.
 */
export function singleFileHost(ws: Workspace): WorkspaceHost {
  const host = {
    folder: path.dirname(ws.file),
    get current(): Workspace {
      return ws;
    },
    startEmpty(): Workspace {
      throw new Error('startEmpty is not available from the command line');
    },
    close(): void {
      ws.close();
    },
  };
  return host as unknown as WorkspaceHost;
}

/**
 * Opens an existing workspace file (never creating or a newer one), runs `fn` with the app's own router on it,
 * and closes it again. A file the core refuses becomes a CLI error with the core's Dutch message.
 */
export function withFileRouter<T>(file: string, fn: (router: Router) => T): T {
  let ws: Workspace;
  try {
    ws = WorkspaceClass.open(file, { create: false });
  } catch (e) {
    if (e instanceof AppError) throw new CliError(appMessage(e.code, e.params));
    throw e;
  }
  let result: T;
  try {
    result = fn(createRouter({ host: singleFileHost(ws), handlers: createHandlers(), actor: 'cli' }));
  } catch (e) {
    ws.close();
    throw e;
  }
  // An async command (router.invokeAsync) keeps the file open until it has finished.
  if (result instanceof Promise) return result.finally(() => ws.close()) as T;
  ws.close();
  return result;
}
