import { createHash } from 'node:crypto';
import path from 'node:path';

// Pure path decisions of the shell (no Electron import), so they are unit-tested under Node.

export const WORKSPACE_FLAG = '--workspace';
export const WORKSPACE_ENV = 'WERKPLAATS_WORKSPACE';

/** The workspace folder the user asked for on the command line or in the environment, or null. */
export function explicitWorkspaceFolder(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): string | null {
  const fromArgs = workspaceFromArgv(argv);
  if (fromArgs !== null) return path.resolve(cwd, fromArgs);
  const fromEnv = env[WORKSPACE_ENV]?.trim();
  if (fromEnv) return path.resolve(cwd, fromEnv);
  return null;
}

/** Flag, else environment variable, else `<userData>/workspace`. */
export function workspaceFolder(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  userData: string,
): string {
  return explicitWorkspaceFolder(argv, env, cwd) ?? path.join(userData, 'workspace');
}

/** Accepts `--workspace=DIR` and `--workspace DIR`; the last one given wins, an empty value is ignored. */
function workspaceFromArgv(argv: readonly string[]): string | null {
  let found: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith(`${WORKSPACE_FLAG}=`)) {
      const value = arg.slice(WORKSPACE_FLAG.length + 1).trim();
      if (value) found = value;
    } else if (arg === WORKSPACE_FLAG) {
      const next = argv[i + 1];
      if (next !== undefined && next.trim() && !next.startsWith('--')) {
        found = next.trim();
        i++;
      }
    }
  }
  return found;
}

/**
 * The single-instance lock lives in the userData folder. A workspace chosen explicitly gets its own userData
 * (under the default one), so the lock guards that workspace's database file: a second launch on the same folder
 * focuses the first window, while a launch on another folder (a demo, a test) can run beside it.
 */
export function instanceUserDataFolder(defaultUserData: string, explicitWorkspace: string | null): string {
  if (explicitWorkspace === null) return defaultUserData;
  const key = createHash('sha256').update(path.resolve(explicitWorkspace)).digest('hex').slice(0, 16);
  return path.join(defaultUserData, 'workspaces', key);
}

/** Folder name the native-module tool (electron/tools/ensure-electron-native.mjs) builds into. */
export function nativeBuildName(electronVersion: string, platform: string, arch: string): string {
  return `electron-${electronVersion}-${platform}-${arch}`;
}

export interface NativeLocation {
  packaged: boolean;
  /** process.resourcesPath: where electron-builder's extraResources land. */
  resourcesPath: string;
  /** Folder holding package.json in development (app.getAppPath()). */
  appRoot: string;
  electronVersion: string;
  platform: string;
  arch: string;
}

/** Where the Electron-ABI build of better-sqlite3 is: shipped in resources, or in the dev cache. */
export function nativeBindingPath(loc: NativeLocation): string {
  const name = nativeBuildName(loc.electronVersion, loc.platform, loc.arch);
  return loc.packaged
    ? path.join(loc.resourcesPath, 'native', name, 'better_sqlite3.node')
    : path.join(loc.appRoot, 'node_modules', '.cache', 'werkplaats-native', name, 'better_sqlite3.node');
}
