import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, MENU_LABELS } from '../../electron/main/menuTemplate';

const sent: string[] = [];
const actions = {
  about: () => {},
  openWorkspaceFolder: () => {},
  undo: () => sent.push('undo'),
  redo: () => sent.push('redo'),
};

const submenu = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[];

describe('application menu', () => {
  it('speaks Dutch, with the standard edit roles and undo/redo handed to the page', () => {
    const menu = buildMenuTemplate({ language: 'nl', platform: 'linux', dev: false, actions });
    expect(menu.map((m) => m.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    const edit = submenu(menu[1]);
    expect(edit.slice(0, 2).map((i) => [i.label, i.accelerator])).toEqual([
      ['Ongedaan maken', 'CmdOrCtrl+Z'],
      ['Opnieuw', 'CmdOrCtrl+Y'],
    ]);
    (edit[0]!.click as () => void)();
    (edit[1]!.click as () => void)();
    expect(sent).toEqual(['undo', 'redo']);
    expect(edit.filter((i) => i.role).map((i) => [i.role, i.label])).toEqual([
      ['cut', 'Knippen'],
      ['copy', 'Kopiëren'],
      ['paste', 'Plakken'],
      ['selectAll', 'Alles selecteren'],
    ]);
    expect(submenu(menu[0]).some((i) => i.role === 'quit' && i.label === 'Afsluiten')).toBe(true);
  });

  it('switches to English', () => {
    const menu = buildMenuTemplate({ language: 'en', platform: 'win32', dev: false, actions });
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(submenu(menu[1])[0]?.label).toBe('Undo');
  });

  it('has the same entries in both languages', () => {
    expect(Object.keys(MENU_LABELS.en).sort()).toEqual(Object.keys(MENU_LABELS.nl).sort());
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (dev: boolean) =>
      submenu(buildMenuTemplate({ language: 'nl', platform: 'linux', dev, actions })[2]).map((i) => i.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
  });

  it('on macOS starts with the app menu and keeps Quit there', () => {
    const menu = buildMenuTemplate({ language: 'nl', platform: 'darwin', dev: false, actions });
    expect(menu[0]?.label).toBe('Werkplaats Planner');
    expect(submenu(menu[0]).some((i) => i.role === 'quit')).toBe(true);
    expect(submenu(menu[1]).some((i) => i.role === 'quit')).toBe(false);
  });
});
