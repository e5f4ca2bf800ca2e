import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANNELS } from '../../shared/ipc/channels';
import type { Api } from '../../shared/ipc/contract';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const electronPkg = path.join(root, 'node_modules', 'electron');

/**
 * The Electron executable, or why there is none. Checks the files before calling require('electron'): with no
 * path.txt that require tries to download Electron, which cannot work here.
 */
function findElectron(): { executable: string } | { missing: string } {
  if (!fs.existsSync(path.join(electronPkg, 'dist'))) {
    return { missing: 'node_modules/electron/dist is missing (Electron was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)' };
  }
  if (!fs.existsSync(path.join(electronPkg, 'path.txt'))) {
    return { missing: 'node_modules/electron/path.txt is missing: the Electron binary was never installed' };
  }
  try {
    const executable = createRequire(import.meta.url)('electron') as unknown as string;
    if (typeof executable === 'string' && fs.existsSync(executable)) return { executable };
    return { missing: `require('electron') points at ${String(executable)}, which does not exist` };
  } catch (e) {
    return { missing: `require('electron') failed: ${(e as Error).message}` };
  }
}

const found = findElectron();

test.describe('Electron app', () => {
  let app: ElectronApplication | undefined;
  let workspace = '';

  test.beforeAll(() => {
    if ('missing' in found) return;
    if (!fs.existsSync(path.join(root, 'out', 'main', 'index.js'))) {
      throw new Error('out/main/index.js is missing: run `npx electron-vite build` first');
    }
    // The app needs the Electron build of better-sqlite3; make it (or find it cached) as `npm start` does.
    const native = spawnSync(process.execPath, [path.join(root, 'electron', 'tools', 'ensure-electron-native.mjs')], {
      cwd: root,
      encoding: 'utf8',
    });
    if (native.status !== 0) throw new Error(`ensure-electron-native failed:\n${native.stdout}${native.stderr}`);
  });

  test.afterEach(async () => {
    await app?.close();
    app = undefined;
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  test('starts on a new workspace with the demo and exposes exactly the API channels', async () => {
    if ('missing' in found) {
      console.log(`[electron smoke] skipped: ${found.missing}`);
      test.skip(true, found.missing);
      return;
    }
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-electron-'));
    const env = { ...process.env } as Record<string, string>;
    delete env.ELECTRON_RENDERER_URL; // load the built renderer over app://, as the packaged app does
    delete env.WERKPLAATS_WORKSPACE;
    app = await electron.launch({
      executablePath: found.executable,
      args: [path.join(root, 'out', 'main', 'index.js'), `--workspace=${workspace}`],
      cwd: root,
      env,
    });

    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toMatch(/^app:\/\/renderer\//);
    const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(title).toBe('Werkplaats Planner');

    // The page sees window.api and nothing of Node or Electron.
    const surface = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const api = w.api as Record<string, unknown>;
      return {
        keys: Object.keys(api).sort(),
        allFunctions: Object.values(api).every((v) => typeof v === 'function'),
        require: typeof w.require,
        process: typeof w.process,
      };
    });
    expect(surface.keys).toEqual([...CHANNELS, 'onDataChanged', 'onMenuCommand'].sort());
    expect(surface.allFunctions).toBe(true);
    expect(surface.require).toBe('undefined');
    expect(surface.process).toBe('undefined');

    // First start on an empty folder: the small demo was generated into it.
    const data = await page.evaluate(async () => {
      const api = (window as unknown as { api: Api }).api;
      return { info: await api['app:info'](), schools: await api['schools:list']() };
    });
    expect(data.info.ok && data.info.value.demoScale).toBe('small');
    expect(fs.existsSync(path.join(workspace, 'werkplaats.db'))).toBe(true);
    const schoolNames = data.schools.ok ? data.schools.value.map((s) => s.name).sort((a, b) => a.localeCompare(b)) : [];
    expect(schoolNames.length).toBeGreaterThan(0);

    // ...and the window shows it.
    await page.evaluate(() => {
      window.location.hash = '#/education';
    });
    await expect(page.getByText(schoolNames[0] ?? '', { exact: true }).first()).toBeVisible();
  });
});
