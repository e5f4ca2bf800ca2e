import { app, dialog, Menu, shell, BrowserWindow } from 'electron';
import { MENU_COMMAND, type MenuCommand } from '../../shared/ipc/channels';
import type { Language } from '../../shared/domain/constants';
import { buildMenuTemplate } from './menuTemplate';

const ABOUT = {
  nl: (v: string) => `Werkplaats Planner ${v}\n\nPlant hulpvragen van mkb-bedrijven op studententeams van de Digitale Werkplaats.`,
  en: (v: string) => `Werkplaats Planner ${v}\n\nPlans SME requests onto student teams of the Digitale Werkplaats.`,
} as const;

/** Installs the application menu in the workspace's language; call again whenever the language may have changed. */
export function installMenu(language: Language, workspaceFolder: string): void {
  const template = buildMenuTemplate({
    language,
    platform: process.platform,
    dev: !app.isPackaged,
    actions: {
      about: () => {
        const win = BrowserWindow.getFocusedWindow();
        const options = {
          type: 'info' as const,
          title: 'Werkplaats Planner',
          message: ABOUT[language](app.getVersion()),
          buttons: ['OK'],
        };
        void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
      },
      openWorkspaceFolder: () => void shell.openPath(workspaceFolder),
      undo: () => sendMenuCommand('undo'),
      redo: () => sendMenuCommand('redo'),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function sendMenuCommand(command: MenuCommand): void {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (win && !win.isDestroyed()) win.webContents.send(MENU_COMMAND, command);
}
