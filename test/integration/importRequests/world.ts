import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Channel } from '../../../shared/ipc/channels';
import type { InputOf, IpcError, OutputOf } from '../../../shared/ipc/contract';
import { createRouter } from '../../../electron/core/ipc/router';
import { createHandlers } from '../../../electron/core/services/handlers';
import { WorkspaceHost } from '../../../electron/core/workspace';
import { makeTempDir } from '../../helpers/tempDir';

export const FIX = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/import-requests');

/** A corpus file as the page sends it: its name and its bytes in base64. */
export const fileOf = (name: string) => ({ name, base64: fs.readFileSync(path.join(FIX, name)).toString('base64') });
export const bytesOf = (name: string, data: string | Buffer) => ({ name, base64: Buffer.from(data).toString('base64') });

/** The menukaart items the form export names (as in the demo) and an intermediary. */
const OFFERINGS = ['Website- en SEO-quickscan', 'Webshop bouwen', 'Social-mediaplan', 'Cyberhygiënecheck', 'Digitale roadmap'];

/** The real core on a temp workspace, called through the router's async entry point like the app does. */
export function openImportCore() {
  const temp = makeTempDir('wp-import-');
  const host = new WorkspaceHost(temp.dir);
  const progress: { taskId: string; done: number; total: number }[] = [];
  const listeners = new Set<(p: { taskId: string; done: number; total: number }) => void>();
  const router = createRouter({
    host, handlers: createHandlers(), actor: 'test', validateOutput: true, onInternalError: (e) => console.error(e),
    onProgress: (p) => { progress.push(p); listeners.forEach((l) => l(p)); },
  });
  const call = async <C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> => {
    const res = await router.invokeAsync(channel, input);
    if (!res.ok) throw Object.assign(new Error(`${res.error.code}: ${res.error.message}`), { ipc: res.error });
    return res.value as OutputOf<C>;
  };
  const fail = async <C extends Channel>(channel: C, input?: InputOf<C>): Promise<IpcError> => {
    const res = await router.invokeAsync(channel, input);
    if (res.ok) throw new Error(`expected ${channel} to fail`);
    return res.error;
  };
  const db = () => host.current.db;
  const count = (sql: string) => db().prepare(sql).pluck().get() as number;
  /** What a failed import must leave untouched: every domain table's rows and the change log. */
  const snapshot = () => ({
    smes: db().prepare(`SELECT * FROM smes ORDER BY id`).all(),
    requests: db().prepare(`SELECT * FROM requests ORDER BY id`).all(),
    history: count(`SELECT count(*) FROM request_status_history`),
    changeLog: count(`SELECT count(*) FROM change_log`),
    groups: count(`SELECT count(*) FROM action_groups`),
  });
  return {
    host, call, fail, db, count, snapshot, progress,
    onProgress: (l: (p: { taskId: string; done: number; total: number }) => void) => { listeners.add(l); return () => listeners.delete(l); },
    close: () => { host.close(); temp.cleanup(); },
  };
}
export type ImportCore = ReturnType<typeof openImportCore>;

export async function seedWorld(core: ImportCore): Promise<void> {
  for (const name of OFFERINGS) {
    await core.call('offerings:create', {
      name, theme: 'other', durationValue: 10, durationUnit: 'weeks', effortMinutes: 600, teamSize: 3, levels: ['bachelor'],
    });
  }
}
