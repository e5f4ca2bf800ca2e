import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cacheFolder,
  electronBuildEnv,
  nodeGypCandidates,
  probeBinary,
  readElectronVersion,
} from '../../electron/tools/ensure-electron-native.mjs';
import { makeTempDir } from '../helpers/tempDir';

const root = path.resolve(__dirname, '..', '..');
const script = path.join(root, 'electron', 'tools', 'ensure-electron-native.mjs');
const nodeBuild = path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function cacheDir(): string {
  const { dir, cleanup } = makeTempDir('wp-native-');
  cleanups.push(cleanup);
  return dir;
}

function runTool(cache: string, args: string[] = []) {
  const r = spawnSync(process.execPath, [script, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, WERKPLAATS_NATIVE_CACHE: cache },
    timeout: 60_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function cachedFile(cache: string): string {
  const folder = cacheFolder(cache, readElectronVersion(root), process.platform, process.arch);
  fs.mkdirSync(folder, { recursive: true });
  return path.join(folder, 'better_sqlite3.node');
}

describe('ensure-electron-native', () => {
  it('does nothing when the Electron build is already in the cache', () => {
    const cache = cacheDir();
    const file = cachedFile(cache);
    fs.writeFileSync(file, 'stands in for an Electron build: it does not load in Node');
    const before = sha(nodeBuild);

    const r = runTool(cache);

    expect(r.status).toBe(0);
    expect(r.out).toContain('staat klaar');
    expect(r.out).not.toContain('bouwen');
    expect(fs.readFileSync(file, 'utf8')).toContain('stands in');
    expect(sha(nodeBuild)).toBe(before);
  });

  it('refuses a cached file that is really a Node build, with a message and no stack trace', () => {
    const cache = cacheDir();
    fs.copyFileSync(nodeBuild, cachedFile(cache));

    const r = runTool(cache);

    expect(r.status).toBe(1);
    expect(r.out).toContain('Node-build');
    expect(r.out).not.toMatch(/^\s+at /m);
  });

  it('rejects unknown options clearly', () => {
    const r = runTool(cacheDir(), ['--target=1']);
    expect(r.status).toBe(1);
    expect(r.out).toContain('Onbekende optie: --target=1');
    expect(r.out).not.toMatch(/^\s+at /m);
  });

  it('recognises the Node build the tests use as one (so it is never shipped as the Electron build)', () => {
    expect(probeBinary(nodeBuild).loadsInNode).toBe(true);
  });

  it('keeps npm settings that point node-gyp at Node (nodedir=/usr here) away from the Electron build', () => {
    const env = electronBuildEnv({
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.0.0',
      npm_config_runtime: 'node',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_config_node_gyp: '/x/node-gyp.js',
      PATH: '/usr/bin',
    });
    expect(env).toEqual({ npm_config_node_gyp: '/x/node-gyp.js', PATH: '/usr/bin' });
  });

  it('uses the node-gyp npm names first and falls back to npx', () => {
    const own = path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    const list = nodeGypCandidates({ npm_config_node_gyp: own }, process.execPath, root);
    expect(list[0]?.args[0]).toBe(own);
    expect(list.at(-1)?.label).toBe('npx node-gyp');
  });
});
