import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/domain/constants';

// The menu as data (only a type import from Electron), so its wording in both languages is unit-tested.

export const MENU_LABELS = {
  nl: {
    file: 'Bestand',
    edit: 'Bewerken',
    view: 'Beeld',
    window: 'Venster',
    help: 'Help',
    quit: 'Afsluiten',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
    reload: 'Opnieuw laden',
    devTools: 'Ontwikkelaarshulpmiddelen',
    resetZoom: 'Werkelijke grootte',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fullScreen: 'Volledig scherm',
    minimize: 'Minimaliseren',
    zoom: 'Zoomen',
    close: 'Venster sluiten',
    about: 'Over Werkplaats Planner',
    openWorkspace: 'Werkmap openen',
    hide: 'Werkplaats Planner verbergen',
    hideOthers: 'Andere verbergen',
    unhide: 'Alles tonen',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    quit: 'Quit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    reload: 'Reload',
    devTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    minimize: 'Minimize',
    zoom: 'Zoom',
    close: 'Close Window',
    about: 'About Werkplaats Planner',
    openWorkspace: 'Open Workspace Folder',
    hide: 'Hide Werkplaats Planner',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
  },
} as const satisfies Record<Language, Record<string, string>>;

export interface MenuActions {
  about(): void;
  openWorkspaceFolder(): void;
  /** Undo/redo go to the page: it undoes typing in a field, or the last saved action otherwise. */
  undo(): void;
  redo(): void;
}

export interface MenuOptions {
  language: Language;
  platform: NodeJS.Platform;
  /** Developer tools and reload only where they help: in development. */
  dev: boolean;
  actions: MenuActions;
}

export function buildMenuTemplate({ language, platform, dev, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const t = MENU_LABELS[language];
  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];

  if (mac) {
    template.push({
      label: 'Werkplaats Planner',
      submenu: [
        { label: t.about, click: actions.about },
        { type: 'separator' },
        { role: 'hide', label: t.hide },
        { role: 'hideOthers', label: t.hideOthers },
        { role: 'unhide', label: t.unhide },
        { type: 'separator' },
        { role: 'quit', label: t.quit },
      ],
    });
  }

  template.push({
    label: t.file,
    submenu: [
      { label: t.openWorkspace, click: actions.openWorkspaceFolder },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: t.quit } as const]),
    ],
  });

  template.push({
    label: t.edit,
    submenu: [
      { label: t.undo, accelerator: 'CmdOrCtrl+Z', click: actions.undo },
      { label: t.redo, accelerator: mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y', click: actions.redo },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  });

  template.push({
    label: t.view,
    submenu: [
      ...(dev
        ? [
            { role: 'reload', label: t.reload } as const,
            { role: 'toggleDevTools', label: t.devTools } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullScreen },
    ],
  });

  template.push({
    label: t.window,
    submenu: [
      { role: 'minimize', label: t.minimize },
      ...(mac ? [{ role: 'zoom', label: t.zoom } as const] : []),
      { role: 'close', label: t.close },
    ],
  });

  template.push({
    role: 'help',
    label: t.help,
    submenu: [...(mac ? [] : [{ label: t.about, click: actions.about }])],
  });
  return template;
}
