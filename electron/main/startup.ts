import { dialog } from 'electron';
import fs from 'node:fs';
import { formatError } from '../../shared/i18n/errorMessages';
import { generateDemo } from '../core/demo/index';
import { AppError } from '../core/errors';
import { WorkspaceHost } from '../core/workspace';

const TITLE = 'Werkplaats Planner kan niet starten';

/** Shows a startup problem natively, in Dutch (no workspace language can be read when the file will not open). */
export function showStartupError(message: string): void {
  dialog.showErrorBox(TITLE, message);
}

export function startupErrorMessage(e: unknown): string {
  if (e instanceof AppError) return formatError(e.code, 'nl', e.params);
  const detail = e instanceof Error ? e.message : String(e);
  return formatError('internal', 'nl', { detail });
}

/**
 * Opens the workspace folder. A corrupt file or one from a newer version throws before anything is written
 * (openDatabase checks before it migrates); the caller shows the message and quits.
 * On the very first start the empty workspace gets the small demo, unless the user chose to start empty.
 */
export function openWorkspace(folder: string, nativeBinding: string): WorkspaceHost {
  if (!fs.existsSync(nativeBinding)) {
    throw new Error(
      `de databasemodule voor Electron ontbreekt (${nativeBinding}). Start de app met "npm start" of "npm run dev": ` +
        'die bouwen haar eerst met electron/tools/ensure-electron-native.mjs',
    );
  }
  const host = new WorkspaceHost(folder, { nativeBinding });
  try {
    const ws = host.current;
    if (ws.isEmpty() && ws.meta('started_empty') === null) {
      generateDemo(ws.db, { scale: 'small' });
    }
  } catch (e) {
    host.close();
    throw e;
  }
  return host;
}
