import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  explicitWorkspaceFolder,
  instanceUserDataFolder,
  nativeBindingPath,
  nativeBuildName,
  workspaceFolder,
} from '../../electron/main/paths';

const cwd = path.resolve('/home/coordinator');
const userData = path.resolve('/home/coordinator/.config/Werkplaats Planner');
const exe = ['/usr/bin/electron', 'out/main/index.js'];

describe('workspaceFolder', () => {
  it('defaults to a workspace folder inside userData', () => {
    expect(workspaceFolder(exe, {}, cwd, userData)).toBe(path.join(userData, 'workspace'));
  });

  it('takes --workspace=DIR, relative to the working directory', () => {
    expect(workspaceFolder([...exe, '--workspace=/data/wp'], {}, cwd, userData)).toBe(path.resolve('/data/wp'));
    expect(workspaceFolder([...exe, '--workspace=demo'], {}, cwd, userData)).toBe(path.join(cwd, 'demo'));
  });

  it('takes --workspace DIR as two arguments too', () => {
    expect(workspaceFolder([...exe, '--workspace', '/data/wp'], {}, cwd, userData)).toBe(path.resolve('/data/wp'));
  });

  it('prefers the flag over WERKPLAATS_WORKSPACE, and uses the variable when there is no flag', () => {
    const env = { WERKPLAATS_WORKSPACE: '/from/env' };
    expect(workspaceFolder([...exe, '--workspace=/from/flag'], env, cwd, userData)).toBe(path.resolve('/from/flag'));
    expect(workspaceFolder(exe, env, cwd, userData)).toBe(path.resolve('/from/env'));
  });

  it('ignores empty values and a dangling flag', () => {
    expect(workspaceFolder([...exe, '--workspace='], { WERKPLAATS_WORKSPACE: '  ' }, cwd, userData)).toBe(
      path.join(userData, 'workspace'),
    );
    expect(workspaceFolder([...exe, '--workspace', '--inspect=0'], {}, cwd, userData)).toBe(path.join(userData, 'workspace'));
    expect(explicitWorkspaceFolder([...exe, '--workspace'], {}, cwd)).toBeNull();
  });

  it('does not mistake a similar flag for the workspace flag', () => {
    expect(explicitWorkspaceFolder([...exe, '--workspaces=/x', '--no-workspace'], {}, cwd)).toBeNull();
  });
});

describe('instanceUserDataFolder: what the single-instance lock guards', () => {
  it('keeps the default userData for the default workspace', () => {
    expect(instanceUserDataFolder(userData, null)).toBe(userData);
  });

  it('gives each explicit workspace its own stable folder under userData', () => {
    const a = instanceUserDataFolder(userData, '/data/a');
    expect(a.startsWith(path.join(userData, 'workspaces') + path.sep)).toBe(true);
    expect(instanceUserDataFolder(userData, '/data/a')).toBe(a);
    expect(instanceUserDataFolder(userData, '/data/b')).not.toBe(a);
  });
});

describe('nativeBindingPath', () => {
  const loc = {
    resourcesPath: path.resolve('/opt/Werkplaats Planner/resources'),
    appRoot: path.resolve('/src/werkplaats'),
    electronVersion: '45.5.0',
    platform: 'linux',
    arch: 'x64',
  };

  it('finds the dev build in the cache the native tool writes', () => {
    expect(nativeBindingPath({ ...loc, packaged: false })).toBe(
      path.join(loc.appRoot, 'node_modules', '.cache', 'werkplaats-native', 'electron-45.5.0-linux-x64', 'better_sqlite3.node'),
    );
  });

  it('finds the shipped build in resources/native when packaged', () => {
    expect(nativeBindingPath({ ...loc, packaged: true })).toBe(
      path.join(loc.resourcesPath, 'native', 'electron-45.5.0-linux-x64', 'better_sqlite3.node'),
    );
  });

  it('names the folder exactly as the native tool does', async () => {
    const tool = await import('../../electron/tools/ensure-electron-native.mjs');
    expect(path.basename(tool.cacheFolder('/c', '45.5.0', 'linux', 'x64'))).toBe(nativeBuildName('45.5.0', 'linux', 'x64'));
  });
});
