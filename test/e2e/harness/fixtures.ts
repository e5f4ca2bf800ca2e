import { test as base, expect, type Page } from '@playwright/test';
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRouter, type Router } from '../../../electron/core/ipc/router';
import { createHandlers } from '../../../electron/core/services/handlers';
import { WorkspaceHost } from '../../../electron/core/workspace';
import type { Channel } from '../../../shared/ipc/channels';
import type { InputOf, OutputOf } from '../../../shared/ipc/contract';
import { waitForReady } from './app';
import { installBridge, sendDataChanged, sendTaskProgress } from './bridge';
import type { TaskProgress } from '../../../shared/schemas/files';
import { loadDemo } from './demo';
import { describePage } from './failureReport';
import { startStaticServer } from './staticServer';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const RENDERER_DIR = path.resolve(process.env.WP_E2E_RENDERER_DIR ?? path.join(REPO_ROOT, 'out', 'renderer'));

/** One test's workspace: a real SQLite file in its own temp folder, behind the same router the app uses. */
export interface E2EWorkspace {
  readonly folder: string;
  readonly host: WorkspaceHost;
  readonly router: Router;
  /** The current connection (changes when the app starts an empty workspace). */
  readonly db: Database;
  /** Calls a channel as the renderer would, through the router (so data:changed reaches the page). */
  call<C extends Channel>(channel: C, input?: InputOf<C>): OutputOf<C>;
  /** The same for channels whose handler runs in the background (exports, imports, the solver). */
  callAsync<C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>>;
  /** First column of the first row of a query, as a number. */
  count(sql: string, ...params: unknown[]): number;
  onChanged(listener: (tables: string[]) => void): () => void;
  onProgress(listener: (progress: TaskProgress) => void): () => void;
}

export interface E2EOptions {
  /** 'demo' fills the workspace with the small demo, as the app does on first start; 'empty' leaves it bare. */
  startWith: 'demo' | 'empty';
  /** Console errors and uncaught page errors fail the test unless a test expects them. */
  allowPageErrors: boolean;
}

interface E2EFixtures {
  workspace: E2EWorkspace;
}

interface WorkerFixtures {
  rendererUrl: string;
}

export const test = base.extend<E2EOptions & E2EFixtures, WorkerFixtures>({
  startWith: ['demo', { option: true }],
  allowPageErrors: [false, { option: true }],

  rendererUrl: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
        throw new Error(`No built renderer in ${RENDERER_DIR}: run \`npx electron-vite build\` first.`);
      }
      const server = await startStaticServer(RENDERER_DIR);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],

  workspace: async ({ startWith }, use) => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-e2e-'));
    const host = new WorkspaceHost(folder);
    const listeners = new Set<(tables: string[]) => void>();
    const progressListeners = new Set<(progress: TaskProgress) => void>();
    const internalErrors: string[] = [];
    try {
      if (startWith === 'demo') (await loadDemo()).generateDemo(host.current.db, { scale: 'small' });
      const router = createRouter({
        host,
        handlers: createHandlers(),
        actor: 'e2e',
        validateOutput: true,
        onChanged: (tables) => listeners.forEach((l) => l(tables)),
        onProgress: (progress) => progressListeners.forEach((l) => l(progress)),
        onInternalError: (error, channel) =>
          internalErrors.push(`${channel}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
      });
      const workspace: E2EWorkspace = {
        folder,
        host,
        router,
        get db() {
          return host.current.db;
        },
        call(channel, input) {
          const result = router.invoke(channel, input);
          if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
          return result.value as OutputOf<typeof channel>;
        },
        async callAsync(channel, input) {
          const result = await router.invokeAsync(channel, input);
          if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
          return result.value as OutputOf<typeof channel>;
        },
        count(sql, ...params) {
          return Number(host.current.db.prepare(sql).pluck().get(...params));
        },
        onChanged(listener) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        onProgress(listener) {
          progressListeners.add(listener);
          return () => progressListeners.delete(listener);
        },
      };
      await use(workspace);
      // An internal error is a bug in the core that the UI may have hidden behind a friendly message.
      expect(internalErrors, 'internal errors in the core').toEqual([]);
    } finally {
      host.close();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  },

  page: async ({ page, workspace, rendererUrl, allowPageErrors }, use, testInfo) => {
    const problems: string[] = [];
    const recent: string[] = [];
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
      recent.push(`${m.type()}: ${m.text().slice(0, 200)}`);
      if (recent.length > 15) recent.shift();
    });
    const off = workspace.onChanged((tables) => void sendDataChanged(page, tables));
    const offProgress = workspace.onProgress((progress) => void sendTaskProgress(page, progress));
    await installBridge(page, (channel, input) => workspace.router.invokeAsync(channel, input));
    await page.goto(rendererUrl);
    await waitForReady(page);
    await use(page);
    if (testInfo.status !== testInfo.expectedStatus) {
      console.log(`\n--- what the page showed when "${testInfo.title}" failed ---\n${await describePage(page, recent)}\n---`);
    }
    off();
    offProgress();
    if (!allowPageErrors) expect(problems, 'errors in the page').toEqual([]);
  },
});

export { expect };
export type { Page };
