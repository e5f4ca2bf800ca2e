import type { Page } from '@playwright/test';
import { CHANNELS } from '../../../shared/ipc/channels';

const INVOKE_BINDING = '__wpInvoke';
const CHANGED_EVENT = '__wp:data-changed';
const PROGRESS_EVENT = '__wp:task-progress';

interface BridgeArgs {
  channels: string[];
  invokeName: string;
  eventName: string;
  progressEventName: string;
}

/**
 * Runs in the page before any app script, like the preload (electron/preload/api.ts) does in Electron: window.api
 * gets one function per channel plus onDataChanged, and nothing else. Must be self-contained: Playwright sends
 * its source text, so it cannot import the preload's buildApi.
 */
function buildWindowApi({ channels, invokeName, eventName, progressEventName }: BridgeArgs): void {
  const w = window as unknown as Record<string, unknown>;
  // async, like ipcRenderer.invoke: a bad argument becomes a rejected promise, not a synchronous throw.
  const call = async (channel: string, input: unknown): Promise<unknown> => {
    const invoke = w[invokeName] as (c: string, i: unknown) => Promise<string>;
    // ipcRenderer.invoke structured-clones its argument; do the same so an uncloneable input fails here too.
    const reply = await invoke(channel, input === undefined ? undefined : structuredClone(input));
    return JSON.parse(reply) as unknown;
  };
  const api: Record<string, unknown> = {};
  for (const channel of channels) api[channel] = (input?: unknown) => call(channel, input);
  api.onDataChanged = (listener: (tables: string[]) => void) => {
    // As in electron/preload/api.ts: the table names only, never the event itself.
    const handler = (e: Event) => {
      const tables: unknown = (e as CustomEvent<unknown>).detail;
      listener(Array.isArray(tables) ? tables.filter((t): t is string => typeof t === 'string') : []);
    };
    window.addEventListener(eventName, handler);
    return () => window.removeEventListener(eventName, handler);
  };
  api.onTaskProgress = (listener: (p: { taskId: string; done: number; total: number }) => void) => {
    const handler = (e: Event) => {
      const { taskId, done, total } = ((e as CustomEvent<unknown>).detail ?? {}) as Record<string, unknown>;
      if (typeof taskId === 'string' && typeof done === 'number' && typeof total === 'number') listener({ taskId, done, total });
    };
    window.addEventListener(progressEventName, handler);
    return () => window.removeEventListener(progressEventName, handler);
  };
  // The browser has no application menu; the keyboard shortcuts in the page cover undo and redo there.
  api.onMenuCommand = () => () => undefined;
  Object.defineProperty(window, 'api', { value: Object.freeze(api), enumerable: true });
}

/** Bridges window.api of `page` to `invoke` (the router). Call before the first navigation. */
export async function installBridge(page: Page, invoke: (channel: unknown, input: unknown) => unknown): Promise<void> {
  // The reply crosses as one JSON string: Playwright's own value serialisation walks every object, which makes a
  // large snapshot take a second in the harness where Electron's structured clone takes milliseconds.
  await page.exposeFunction(INVOKE_BINDING, async (channel: unknown, input: unknown) => JSON.stringify(await invoke(channel, input)));
  await page.addInitScript(buildWindowApi, {
    channels: [...CHANNELS],
    invokeName: INVOKE_BINDING,
    eventName: CHANGED_EVENT,
    progressEventName: PROGRESS_EVENT,
  } satisfies BridgeArgs);
}

/** What the main process does with webContents.send('data:changed', tables). */
export async function sendDataChanged(page: Page, tables: string[]): Promise<void> {
  if (page.isClosed()) return;
  try {
    await page.evaluate(
      ([eventName, detail]) => window.dispatchEvent(new CustomEvent(eventName, { detail })),
      [CHANGED_EVENT, tables] as const,
    );
  } catch {
    // The page was navigating or closing; a fresh document loads fresh data anyway, as in Electron.
  }
}

/** What the main process does with webContents.send('task:progress', progress). */
export async function sendTaskProgress(page: Page, progress: { taskId: string; done: number; total: number }): Promise<void> {
  if (page.isClosed()) return;
  try {
    await page.evaluate(
      ([eventName, detail]) => window.dispatchEvent(new CustomEvent(eventName, { detail })),
      [PROGRESS_EVENT, progress] as const,
    );
  } catch {
    // navigating or closing: the progress of a call the page no longer shows
  }
}
