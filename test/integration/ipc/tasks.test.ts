import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouter, type Handlers, type Router } from '../../../electron/core/ipc/router';
import { createHandlers } from '../../../electron/core/services/handlers';
import { WorkspaceHost } from '../../../electron/core/workspace';
import type { TaskProgress } from '../../../shared/schemas/files';
import { makeTempDir } from '../../helpers/tempDir';

// The router's part of long calls: awaiting an async handler, passing progress on, and stopping on cancel.
// The handler below stands in for an export that works in chunks; everything around it is the real router.

let temp: ReturnType<typeof makeTempDir>;
let host: WorkspaceHost;
let router: Router;
let progress: TaskProgress[];
let changed: string[][];
let chunksDone: number;
/** The taskId the page would have put in the call's input (this channel's schema has no such field). */
let taskId: string | undefined;

beforeEach(() => {
  temp = makeTempDir();
  host = new WorkspaceHost(temp.dir);
  progress = [];
  changed = [];
  chunksDone = 0;
  const handlers: Handlers = {
    ...createHandlers(),
    // A write in 20 chunks that only touches the database once every chunk is through.
    'smes:create': async (input, ctx) => {
      const task = ctx.task(taskId);
      for (let i = 0; i < 20; i += 1) {
        chunksDone = i + 1;
        task.progress(i + 1, 20);
        await task.yield();
      }
      return ctx.action('smes:create', () => createHandlers()['smes:create'](input, ctx)) as never;
    },
  };
  router = createRouter({
    host, handlers, actor: 'test', validateOutput: false,
    onChanged: (t) => changed.push(t), onProgress: (p) => progress.push(p),
  });
});
afterEach(() => {
  host.close();
  temp.cleanup();
});

const sme = { name: 'Kapsalon Knip', kvk: '01234567', fte: 3 };
const count = () => host.current.db.prepare('SELECT count(*) FROM smes').pluck().get();

describe('long calls through the router', () => {
  it('awaits an async handler, announces the change once, and always reports the last progress', async () => {
      taskId = 'export-1';
    const res = await router.invokeAsync('smes:create', sme);
    expect(res.ok).toBe(true);
    expect(count()).toBe(1);
    expect(changed).toEqual([['smes']]);
    expect(progress.at(-1)).toEqual({ taskId: 'export-1', done: 20, total: 20 });
    // Throttled: twenty chunks in a few milliseconds are not twenty events.
    expect(progress.length).toBeLessThan(20);
  });

  it('refuses an async handler on the synchronous entry point, and the handler stops before writing', async () => {
    const res = router.invoke('smes:create', sme);
    expect(res).toMatchObject({ ok: false, error: { code: 'async_channel' } });
    // The refused yield rejects at once; one turn of the event loop lets the handler end there.
    await new Promise((r) => setImmediate(r));
    expect(chunksDone).toBe(1);
    expect(count()).toBe(0);
    expect(changed).toEqual([]);
  });

  it('stops a cancelled call at its next pause, writes nothing and says so in Dutch', async () => {
    taskId = 'export-2';
    const running = router.invokeAsync('smes:create', sme);
    await new Promise((r) => setImmediate(r));
    const cancel = await router.invokeAsync('tasks:cancel', { taskId: 'export-2' });
    expect(cancel).toEqual({ ok: true, value: { cancelled: true } });
    const res = await running;
    expect(res).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'Geannuleerd: er is niets gewijzigd.' } });
    expect(chunksDone).toBeLessThan(20);
    expect(count()).toBe(0);
    expect(changed).toEqual([]);
  });

  it('answers that nothing was cancelled once the call has ended', async () => {
    taskId = 'export-3';
    await router.invokeAsync('smes:create', sme);
    expect(await router.invokeAsync('tasks:cancel', { taskId: 'export-3' })).toEqual({ ok: true, value: { cancelled: false } });
  });
});
