import { app, BrowserWindow, session } from 'electron';
import path from 'node:path';
import type { WorkspaceHost } from '../core/workspace';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { startIpc } from './ipc';
import { installMenu } from './menu';
import { explicitWorkspaceFolder, instanceUserDataFolder, nativeBindingPath, workspaceFolder } from './paths';
import { hardenAllWebContents, hardenSession } from './security';
import { APP_ENTRY_URL, isAppUrl } from './securityPolicy';
import { openWorkspace, showStartupError, startupErrorMessage } from './startup';
import { createMainWindow, focusWindow } from './window';

// out/main/index.js: the preload and the renderer are built next to it.
const mainDir = import.meta.dirname;
const appRoot = path.resolve(mainDir, '..', '..');
// electron-vite sets this in `dev` only; a packaged app never loads from a server.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const appBaseUrl = devServerUrl ?? APP_ENTRY_URL;

registerAppScheme();
app.enableSandbox();

const defaultUserData = app.getPath('userData');
const explicitWorkspace = explicitWorkspaceFolder(process.argv, process.env, process.cwd());
app.setPath('userData', instanceUserDataFolder(defaultUserData, explicitWorkspace));
const folder = workspaceFolder(process.argv, process.env, process.cwd(), defaultUserData);

let mainWindow: BrowserWindow | null = null;
let host: WorkspaceHost | null = null;
let disposeIpc: (() => void) | null = null;

function openMainWindow(): void {
  const icon = path.join(app.isPackaged ? process.resourcesPath : path.join(appRoot, 'resources'), 'icons', 'icon-512.png');
  mainWindow = createMainWindow({
    url: appBaseUrl,
    preload: path.join(mainDir, '..', 'preload', 'index.cjs'),
    icon,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function start(): void {
  hardenSession(session.defaultSession, appBaseUrl, devServerUrl);
  if (!devServerUrl) handleAppProtocol(path.join(mainDir, '..', 'renderer'));

  const nativeBinding = nativeBindingPath({
    packaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appRoot,
    electronVersion: process.versions.electron,
    platform: process.platform,
    arch: process.arch,
  });
  try {
    host = openWorkspace(folder, nativeBinding);
  } catch (e) {
    console.error('[startup]', e);
    showStartupError(startupErrorMessage(e));
    app.exit(1);
    return;
  }

  const current = host;
  const ipc = startIpc({
    host: current,
    isAppUrl: (url) => isAppUrl(url, appBaseUrl),
    onChanged: (tables) => {
      if (tables.includes('settings') || tables.includes('*')) installMenu(current.current.language(), folder);
    },
  });
  disposeIpc = ipc.dispose;
  installMenu(current.current.language(), folder);
  openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another instance has this workspace open; it focuses its window (see 'second-instance').
  app.quit();
} else {
  hardenAllWebContents(appBaseUrl);

  app.on('second-instance', () => {
    if (mainWindow) focusWindow(mainWindow);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (host && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  app.on('will-quit', () => {
    disposeIpc?.();
    host?.close();
  });

  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      console.error('[startup]', e);
      showStartupError(startupErrorMessage(e));
      app.exit(1);
    });
}
