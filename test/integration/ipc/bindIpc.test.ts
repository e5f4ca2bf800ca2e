import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/channels';
import { bindIpc, type IpcEventLike, type IpcMainLike } from '../../../electron/core/ipc/bindIpc';
import { createRouter } from '../../../electron/core/ipc/router';
import { createHandlers } from '../../../electron/core/services/handlers';
import { WorkspaceHost } from '../../../electron/core/workspace';
import { makeTempDir } from '../../helpers/tempDir';

const APP_URL = 'app://renderer/index.html';

/** Records handlers the way Electron's ipcMain would, so calls can be made with chosen sender frames. */
class RecordingIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown) {
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  async call(url: string | null, channel: string, payload?: unknown) {
    const h = this.handlers.get(channel);
    if (!h) throw new Error(`no handler for ${channel}`);
    return (await h({ senderFrame: url === null ? null : { url } }, payload)) as { ok: boolean; value?: unknown; error?: { code: string; message: string; details?: unknown } };
  }
}

let temp: ReturnType<typeof makeTempDir>;
let host: WorkspaceHost;
let ipc: RecordingIpcMain;
let changed: string[][];

beforeEach(() => {
  temp = makeTempDir();
  host = new WorkspaceHost(temp.dir);
  changed = [];
  const router = createRouter({
    host,
    handlers: createHandlers(),
    actor: 'test',
    validateOutput: true,
    onChanged: (t) => changed.push(t),
  });
  ipc = new RecordingIpcMain();
  bindIpc(ipc, router, (url) => url.startsWith('app://renderer/'));
});
afterEach(() => {
  host.close();
  temp.cleanup();
});

const sme = { name: 'Kapsalon Knip', kvk: '01234567', fte: 3, postcode: '3511ab' };
const count = (table: string) => host.current.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('IPC binding', () => {
  it('registers exactly one handler per contract channel', async () => {
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('accepts a valid write from the app page, normalises it, logs it and announces the change', async () => {
    const res = await ipc.call(APP_URL, 'smes:create', sme);
    expect(res.ok).toBe(true);
    expect(res.value).toMatchObject({ kvk: '01234567', postcode: '3511 AB', sizeClass: 'micro' });
    expect(changed).toEqual([['smes']]);
    expect(count('change_log')).toBe(1);
  });

  it.each([
    ['another site', 'https://evil.example/index.html'],
    ['a file URL', 'file:///tmp/index.html'],
    ['no frame', null],
  ])('refuses a call from %s and changes nothing', async (_, url) => {
    const res = await ipc.call(url, 'smes:create', sme);
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(count('smes')).toBe(0);
    expect(count('action_groups')).toBe(0);
    expect(changed).toEqual([]);
  });

  it.each([
    ['a string instead of an object', 'Kapsalon'],
    ['a number for the name', { ...sme, name: 42 }],
    ['an extra field', { ...sme, isAdmin: true }],
    ['a KvK of 7 digits', { ...sme, kvk: '1234567' }],
    ['a postcode starting with 0', { ...sme, postcode: '0123 AB' }],
  ])('refuses a malformed payload (%s) with a message in Dutch and changes nothing', async (_, payload) => {
    const res = await ipc.call(APP_URL, 'smes:create', payload);
    expect(res.ok).toBe(false);
    expect(res.error?.code).toBe('invalid_input');
    expect(res.error?.message).toBe('De invoer is niet geldig.');
    expect(count('smes')).toBe(0);
    expect(changed).toEqual([]);
  });

  it('says which field is wrong, in the user language', async () => {
    await ipc.call(APP_URL, 'settings:set', { language: 'en' });
    const res = await ipc.call(APP_URL, 'smes:create', { ...sme, kvk: '12 34' });
    expect(res.error?.message).toBe('The input is not valid.');
    expect(res.error?.details).toEqual([
      { path: ['kvk'], key: 'field.kvk', message: 'A KvK number is exactly 8 digits (leading zeros count).' },
    ]);
  });

  it('refuses a duplicate KvK with a clear message and keeps the first company', async () => {
    await ipc.call(APP_URL, 'smes:create', sme);
    const res = await ipc.call(APP_URL, 'smes:create', { ...sme, name: 'Andere naam' });
    expect(res.error).toMatchObject({ code: 'kvk_taken' });
    expect(res.error?.message).toContain('Kapsalon Knip');
    expect(count('smes')).toBe(1);
  });

  it('answers an unknown channel through the router with an error, not a crash', async () => {
    const router = createRouter({ host, handlers: createHandlers(), actor: 'test' });
    expect(router.invoke('smes:drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(router.invoke({ toString: null }, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('rolls back a whole action when a database rule fails halfway', async () => {
    const created = await ipc.call(APP_URL, 'smes:create', sme);
    const smeId = (created.value as { id: number }).id;
    host.current.db.prepare(`INSERT INTO requests (id, sme_id, received_on) VALUES (1, ?, '2026-09-01')`).run(smeId);
    // Moving to 'rejected' needs a reason; without one the core refuses before writing anything.
    const res = await ipc.call(APP_URL, 'requests:setStatus', { requestId: 1, status: 'rejected' });
    expect(res.ok).toBe(false);
    expect(host.current.db.prepare(`SELECT status FROM requests WHERE id = 1`).pluck().get()).toBe('new');
    expect(count('request_status_history')).toBe(0);
    const ok = await ipc.call(APP_URL, 'requests:setStatus', { requestId: 1, status: 'rejected', reason: 'Geen digitale vraag' });
    expect(ok.value).toMatchObject({ status: 'rejected', statusReason: 'Geen digitale vraag' });
    expect(count('request_status_history')).toBe(1);
  });
});
