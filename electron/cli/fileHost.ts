import path from 'node:path';
import type { Workspace, WorkspaceHost } from '../core/workspace';

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
