import type { Channel } from '../../shared/ipc/channels';
import type { InputOf, IpcError, OutputOf } from '../../shared/ipc/contract';
import { createRouter } from '../../electron/core/ipc/router';
import { createHandlers } from '../../electron/core/services/handlers';
import { WorkspaceHost } from '../../electron/core/workspace';
import { makeTempDir } from './tempDir';

/** The real core on a temp workspace, called exactly as the UI calls it (through the router). */
export function openCore() {
  const temp = makeTempDir();
  const host = new WorkspaceHost(temp.dir);
  const changed: string[][] = [];
  const router = createRouter({
    host, handlers: createHandlers(), actor: 'test', validateOutput: true, onChanged: (t) => changed.push(t),
    onInternalError: (e) => console.error(e),
  });
  const call = <C extends Channel>(channel: C, input?: InputOf<C>): OutputOf<C> => {
    const res = router.invoke(channel, input);
    if (!res.ok) throw Object.assign(new Error(`${res.error.code}: ${res.error.message}`), { ipc: res.error });
    return res.value as OutputOf<C>;
  };
  const fail = <C extends Channel>(channel: C, input?: InputOf<C>): IpcError => {
    const res = router.invoke(channel, input);
    if (res.ok) throw new Error(`expected ${channel} to fail`);
    return res.error;
  };
  /** For channels whose handler runs in the background (exports, imports, the solver). */
  const callAsync = async <C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> => {
    const res = await router.invokeAsync(channel, input);
    if (!res.ok) throw Object.assign(new Error(`${res.error.code}: ${res.error.message}`), { ipc: res.error });
    return res.value as OutputOf<C>;
  };
  const failAsync = async <C extends Channel>(channel: C, input?: InputOf<C>): Promise<IpcError> => {
    const res = await router.invokeAsync(channel, input);
    if (res.ok) throw new Error(`expected ${channel} to fail`);
    return res.error;
  };
  const db = () => host.current.db;
  return {
    host, call, fail, callAsync, failAsync, db, changed,
    count: (sql: string, ...args: unknown[]) => db().prepare(sql).pluck().get(...(args as never[])) as number,
    close: () => {
      host.close();
      temp.cleanup();
    },
  };
}
export type Core = ReturnType<typeof openCore>;
