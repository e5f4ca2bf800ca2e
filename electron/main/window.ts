import { app, BrowserWindow } from 'electron';
import path from 'node:path';
import { MIN_HEIGHT, MIN_WIDTH } from './windowBounds';
import { loadWindowState, trackWindowState } from './windowState';

export interface WindowOptions {
  /** The page to show: the dev server in development, app://renderer/index.html otherwise. */
  url: string;
  /** out/preload/index.cjs: sandboxed preloads must be a single CommonJS file. */
  preload: string;
  icon?: string;
}

export function createMainWindow({ url, preload, icon }: WindowOptions): BrowserWindow {
  const state = loadWindowState();
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Werkplaats Planner',
    show: false,
    backgroundColor: '#ffffff',
    ...(icon ? { icon } : {}),
    webPreferences: {
      preload: path.resolve(preload),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  trackWindowState(win);
  // The page sets its own <title>; keep the product name in the title bar.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(url);
  return win;
}

/** Brings an existing window to the front (a second launch of the app lands here). */
export function focusWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}
