import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS, DATA_CHANGED, MENU_COMMAND } from '../../shared/ipc/channels';
import { bindIpc, type IpcEventLike, type IpcMainLike } from '../../electron/core/ipc/bindIpc';
import { createRouter } from '../../electron/core/ipc/router';
import { createHandlers } from '../../electron/core/services/handlers';
import { WorkspaceHost } from '../../electron/core/workspace';
import { APP_ENTRY_URL, isAppUrl } from '../../electron/main/securityPolicy';
import { buildApi, type IpcRendererLike } from '../../electron/preload/api';
import { makeTempDir } from '../helpers/tempDir';

// window.api as the preload builds it, wired the way Electron wires it (ipcRenderer.invoke -> ipcMain.handle with
// the sender frame's URL), to the real router, handlers and a real SQLite workspace in a temp folder.

type Listener = (event: unknown, ...args: unknown[]) => void;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup(pageUrl = APP_ENTRY_URL) {
  const { dir, cleanup } = makeTempDir('wp-preload-');
  const host = new WorkspaceHost(dir);
  cleanups.push(() => {
    host.close();
    cleanup();
  });

  const handlers = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>();
  const listeners = new Map<string, Set<Listener>>();
  const received: unknown[][] = [];
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  const ipcRenderer: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      received.push(args);
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return handler({ senderFrame: { url: pageUrl } }, ...args);
    },
    on: (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };

  const router = createRouter({
    host,
    handlers: createHandlers(),
    actor: 'test',
    validateOutput: true,
    // what ipc.ts does: webContents.send(DATA_CHANGED, tables), which reaches ipcRenderer listeners as (event, tables)
    onChanged: (tables) => listeners.get(DATA_CHANGED)?.forEach((l) => l({ sender: 'the IPC event' }, tables)),
  });
  bindIpc(ipcMain, router, (url) => isAppUrl(url, APP_ENTRY_URL));
  return { api: buildApi(ipcRenderer), received, listeners };
}

describe('window.api built by the preload', () => {
  it('has exactly one function per channel plus the three event subscriptions, and nothing raw', () => {
    const { api } = setup();
    expect(Object.keys(api).sort()).toEqual([...CHANNELS, 'onDataChanged', 'onMenuCommand', 'onTaskProgress'].sort());
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.isFrozen(api)).toBe(true);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('reads from the real workspace', async () => {
    const { api } = setup();
    const info = await api['app:info']();
    expect(info.ok).toBe(true);
    if (info.ok) expect(info.value.schemaVersion).toBeGreaterThan(0);
    const settings = await api['settings:get']();
    expect(settings).toEqual({ ok: true, value: { language: 'nl' } });
  });

  it('writes, then tells the page which tables changed, passing only the table names', async () => {
    const { api } = setup();
    const seen: unknown[][] = [];
    const unsubscribe = api.onDataChanged((...args: unknown[]) => seen.push(args));

    const created = await api['smes:create']({ name: 'Bakkerij De Korenbloem', kvk: '01234567', fte: 4 });
    expect(created.ok).toBe(true);
    expect(seen).toEqual([[['smes']]]);

    const list = await api['smes:list']();
    expect(list.ok && list.value.map((s) => s.kvk)).toEqual(['01234567']);

    unsubscribe();
    await api['settings:set']({ language: 'en' });
    expect(seen).toHaveLength(1);
  });

  it('passes menu commands on, and only the known ones', () => {
    const { api, listeners } = setup();
    const seen: unknown[][] = [];
    api.onMenuCommand((...args: unknown[]) => seen.push(args));
    for (const command of ['undo', 'rm -rf', 'redo', { evil: true }]) {
      listeners.get(MENU_COMMAND)?.forEach((l) => l({ sender: 'the IPC event' }, command));
    }
    expect(seen).toEqual([['undo'], ['redo']]);
  });

  it('sends exactly one argument per call, whatever the page passes', async () => {
    const { api, received } = setup();
    const call = api['schools:list'] as (...args: unknown[]) => Promise<unknown>;
    await call(undefined, 'extra', { more: true });
    expect(received).toEqual([[undefined]]);
  });

  it('returns the router\'s readable error for bad input', async () => {
    const { api } = setup();
    const result = await api['smes:create']({ name: '', kvk: '123', fte: 4 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toBe('De invoer is niet geldig.');
    }
  });

  it('is refused when the calling page is not the app', async () => {
    const { api } = setup('https://evil.example.com/');
    const result = await api['schools:list']();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('forbidden_sender');
  });
});
