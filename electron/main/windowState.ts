import { app, screen, type BrowserWindow } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { initialWindowState, parseWindowState, type InitialWindowState, type SavedWindowState } from './windowBounds';

const fileName = () => path.join(app.getPath('userData'), 'window-state.json');

/** The saved size, position and maximised state, if still usable on the displays attached now. */
export function loadWindowState(): InitialWindowState {
  let saved: SavedWindowState | null = null;
  try {
    saved = parseWindowState(JSON.parse(fs.readFileSync(fileName(), 'utf8')));
  } catch {
    // first start, or an unreadable file: open with defaults
  }
  return initialWindowState(saved, screen.getAllDisplays().map((d) => d.workArea));
}

/** Remembers the window's normal (unmaximised) bounds when it closes. */
export function trackWindowState(win: BrowserWindow): void {
  win.on('close', () => {
    const state: SavedWindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      fs.mkdirSync(path.dirname(fileName()), { recursive: true });
      const tmp = `${fileName()}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(state));
      fs.renameSync(tmp, fileName());
    } catch (e) {
      console.warn('[window-state] not saved:', (e as Error).message);
    }
  });
}
