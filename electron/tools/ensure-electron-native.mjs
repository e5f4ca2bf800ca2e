#!/usr/bin/env node
// Makes sure an Electron-ABI build of better-sqlite3 exists in
//   node_modules/.cache/werkplaats-native/electron-<version>-<platform>-<arch>/better_sqlite3.node
// The copy in node_modules/better-sqlite3/build is the Node build the tests load; it is never touched: the
// Electron build is made in a temporary copy of the package and only the finished .node file is kept.
// Run by `npm start`, `npm run dev` and `npm run dist`. Flags: --arch=<arch> --platform=<platform> --force.
// Plain Node ESM with no dependencies beyond what is installed.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BINARY_NAME = 'better_sqlite3.node';
const PREBUILD_TIMEOUT_MS = 3 * 60_000;
const GYP_TIMEOUT_MS = 30 * 60_000;

/** A failure the user can act on: printed as one clear message, no stack trace. */
export class NativeToolError extends Error {
  constructor(message) {
    super(message);
    this.name = 'NativeToolError';
  }
}

export function readElectronVersion(root = ROOT) {
  const file = path.join(root, 'node_modules', 'electron', 'package.json');
  try {
    const { version } = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (typeof version === 'string' && /^\d+\.\d+\.\d+/.test(version)) return version;
  } catch {
    // reported below
  }
  throw new NativeToolError(`Kan de Electron-versie niet lezen uit ${file}. Is "npm install" gedraaid?`);
}

/** Electron's NODE_MODULE_VERSION as its package records it, or null if it does not. */
export function readElectronAbi(root = ROOT) {
  try {
    const abi = Number.parseInt(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'abi_version'), 'utf8'), 10);
    return Number.isInteger(abi) ? abi : null;
  } catch {
    return null;
  }
}

export function cacheRoot(root = ROOT, env = process.env) {
  return env.WERKPLAATS_NATIVE_CACHE ? path.resolve(env.WERKPLAATS_NATIVE_CACHE) : path.join(root, 'node_modules', '.cache', 'werkplaats-native');
}

/** Must match nativeBuildName() in electron/main/paths.ts, which the app uses to find the file. */
export function cacheFolder(cacheDir, electronVersion, platform, arch) {
  return path.join(cacheDir, `electron-${electronVersion}-${platform}-${arch}`);
}

/**
 * The environment for the build tools, without npm settings that would point them at Node instead of Electron.
 * (This machine's npmrc sets nodedir=/usr, which made node-gyp compile against Node's headers: a build that
 * loads in Node and crashes Electron.)
 */
export function electronBuildEnv(env = process.env) {
  const strip = new Set(['nodedir', 'target', 'runtime', 'disturl', 'dist_url', 'arch', 'target_arch', 'platform', 'target_platform', 'build_from_source']);
  const out = {};
  for (const [key, value] of Object.entries(env)) {
    const m = /^npm_config_(.+)$/i.exec(key);
    if (m && strip.has(m[1].toLowerCase().replace(/-/g, '_'))) continue;
    out[key] = value;
  }
  return out;
}

/** node-gyp candidates in order: the one npm names, npm's bundled copy next to node, the project's, npx. */
export function nodeGypCandidates(env = process.env, execPath = process.execPath, root = ROOT) {
  const candidates = [];
  const add = (file) => {
    if (file && fs.existsSync(file) && !candidates.some((c) => c.args[0] === file)) {
      candidates.push({ command: execPath, args: [file], label: file });
    }
  };
  add(env.npm_config_node_gyp);
  const nodeDir = path.dirname(execPath);
  add(path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  add(path.join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  add(path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  candidates.push({ command: process.platform === 'win32' ? 'npx.cmd' : 'npx', args: ['--yes', 'node-gyp'], label: 'npx node-gyp' });
  return candidates;
}

/**
 * Loads the file in a separate Node process. An Electron build must NOT load there; its error names the ABI it
 * was built for. Returns { loadsInNode, moduleVersion, message }.
 */
export function probeBinary(file, execPath = process.execPath) {
  const script = `try { process.dlopen({ exports: {} }, ${JSON.stringify(file)}); console.log('LOADED'); } catch (e) { console.log(String(e && e.message)); }`;
  const r = spawnSync(execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  const out = `${r.stdout ?? ''}`.trim();
  const m = /compiled against a different Node\.js version using\s+NODE_MODULE_VERSION (\d+)/.exec(out);
  return { loadsInNode: out === 'LOADED', moduleVersion: m ? Number(m[1]) : null, message: out };
}

/** Refuses a binary that is a Node build, or one for another Electron ABI than the installed Electron's. */
export function verifyElectronBinary(file, expectedAbi, execPath = process.execPath) {
  const probe = probeBinary(file, execPath);
  if (probe.loadsInNode) {
    throw new NativeToolError(
      `${file} laadt in Node ${process.version}: het is een Node-build, geen Electron-build. Niet gebruikt.`,
    );
  }
  if (expectedAbi !== null && probe.moduleVersion !== null && probe.moduleVersion !== expectedAbi) {
    throw new NativeToolError(
      `${file} is gebouwd voor NODE_MODULE_VERSION ${probe.moduleVersion}, Electron verwacht ${expectedAbi}. Niet gebruikt.`,
    );
  }
  return probe;
}

function tail(text, lines = 12) {
  return `${text ?? ''}`.trim().split('\n').slice(-lines).join('\n');
}

function run(command, args, { cwd, env, timeout, inherit }) {
  const r = spawnSync(command, args, {
    cwd,
    env,
    timeout,
    encoding: 'utf8',
    stdio: inherit ? 'inherit' : 'pipe',
    shell: process.platform === 'win32' && command.endsWith('.cmd'),
  });
  const timedOut = r.error?.code === 'ETIMEDOUT';
  const output = [r.stdout, r.stderr].filter(Boolean).join('\n');
  return { ok: r.status === 0 && !r.error, status: r.status, timedOut, error: r.error, output };
}

function describeFailure(label, r, timeout) {
  if (r.timedOut) return `${label}: gestopt na ${Math.round(timeout / 1000)} s zonder resultaat (geen netwerk?)`;
  if (r.error) return `${label}: kon niet starten (${r.error.message})`;
  const out = tail(r.output);
  return `${label}: afgebroken met code ${r.status}${out ? `\n    ${out.replace(/\n/g, '\n    ')}` : ''}`;
}

/** Copies node_modules/better-sqlite3 without its build folder into a fresh temporary folder. */
export function stagePackage(root = ROOT) {
  const src = path.join(root, 'node_modules', 'better-sqlite3');
  if (!fs.existsSync(path.join(src, 'package.json'))) {
    throw new NativeToolError(`${src} ontbreekt. Draai eerst "npm install".`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'werkplaats-native-'));
  const dest = path.join(tmp, 'better-sqlite3');
  const skip = path.join(src, 'build');
  fs.cpSync(src, dest, { recursive: true, filter: (p) => p !== skip && !p.startsWith(skip + path.sep) });
  return { tmp, dest };
}

/**
 * Ensures the cached Electron build exists. Returns { status: 'cached' | 'built', file, method }.
 * Throws NativeToolError with everything that was tried when no build could be made.
 */
export function ensureElectronNative({
  root = ROOT,
  env = process.env,
  platform = process.platform,
  arch = process.arch,
  force = false,
  log = console.log,
} = {}) {
  const version = readElectronVersion(root);
  const folder = cacheFolder(cacheRoot(root, env), version, platform, arch);
  const target = path.join(folder, BINARY_NAME);
  if (!force && fs.existsSync(target) && fs.statSync(target).size > 0) {
    // A hand-placed or stale file is only refused when it is clearly a Node build; nothing is rebuilt.
    verifyElectronBinary(target, null);
    log(`[native] better-sqlite3 voor Electron ${version} (${platform}-${arch}) staat klaar: ${target}`);
    return { status: 'cached', file: target, method: null };
  }

  log(`[native] better-sqlite3 bouwen voor Electron ${version} (${platform}-${arch}) ...`);
  const { tmp, dest } = stagePackage(root);
  const buildEnv = electronBuildEnv(env);
  const built = path.join(dest, 'build', 'Release', BINARY_NAME);
  const attempts = [];
  try {
    let method = null;
    const prebuild = path.join(root, 'node_modules', 'prebuild-install', 'bin.js');
    if (fs.existsSync(prebuild)) {
      log('[native] (a) kant-en-klare build ophalen met prebuild-install ...');
      const args = [prebuild, '--runtime', 'electron', '--target', version, '--arch', arch, '--platform', platform];
      const r = run(process.execPath, args, { cwd: dest, env: buildEnv, timeout: PREBUILD_TIMEOUT_MS });
      if (r.ok && fs.existsSync(built)) method = 'prebuild-install';
      else attempts.push(describeFailure('prebuild-install', r, PREBUILD_TIMEOUT_MS));
    } else {
      attempts.push(`prebuild-install: niet gevonden (${prebuild})`);
    }

    if (method === null) {
      if (platform !== process.platform || (arch !== process.arch && platform === 'win32')) {
        attempts.push(`node-gyp: overgeslagen, bouwen voor ${platform} kan alleen op ${platform} zelf`);
      } else {
        const gypArgs = ['rebuild', '--release', '--runtime=electron', `--target=${version}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers'];
        for (const candidate of nodeGypCandidates(env, process.execPath, root)) {
          log(`[native] (b) zelf bouwen met ${candidate.label} (duurt enkele minuten) ...`);
          const r = run(candidate.command, [...candidate.args, ...gypArgs], { cwd: dest, env: buildEnv, timeout: GYP_TIMEOUT_MS, inherit: true });
          if (r.ok && fs.existsSync(built)) {
            method = `node-gyp (${candidate.label})`;
            break;
          }
          attempts.push(describeFailure(`node-gyp via ${candidate.label}`, r, GYP_TIMEOUT_MS));
          // A compile, download or time-out failure will not improve with another copy of node-gyp; a missing one would.
          if (r.error?.code !== 'ENOENT') break;
        }
      }
    }

    if (method === null) {
      throw new NativeToolError(
        [
          `Kon better-sqlite3 niet bouwen voor Electron ${version} (${platform}-${arch}). Geprobeerd:`,
          ...attempts.map((a) => `  - ${a}`),
          'Nodig: internettoegang tot de releases van better-sqlite3 (a) of tot de Electron-headers plus een C++-compiler en Python (b).',
          `Tip: een elders gebouwde ${BINARY_NAME} voor deze Electron-versie mag je zelf in ${folder} zetten.`,
          'Gebruik nooit "electron-builder install-app-deps": dat levert hier stilzwijgend een Node-build op.',
        ].join('\n'),
      );
    }

    const probe = verifyElectronBinary(built, platform === process.platform && arch === process.arch ? readElectronAbi(root) : null);
    fs.mkdirSync(folder, { recursive: true });
    const partial = `${target}.${process.pid}.tmp`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, target);
    fs.writeFileSync(
      path.join(folder, 'build-info.json'),
      JSON.stringify({ electron: version, platform, arch, method, moduleVersion: probe.moduleVersion, builtAt: new Date().toISOString() }, null, 2),
    );
    log(`[native] klaar via ${method}: ${target}`);
    return { status: 'built', file: target, method };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export function parseArgs(argv) {
  const options = {};
  for (const arg of argv) {
    const m = /^--(arch|platform)=(.+)$/.exec(arg);
    if (m) options[m[1]] = m[2];
    else if (arg === '--force') options.force = true;
    else throw new NativeToolError(`Onbekende optie: ${arg} (bekend: --arch=, --platform=, --force)`);
  }
  return options;
}

function main() {
  try {
    ensureElectronNative(parseArgs(process.argv.slice(2)));
  } catch (e) {
    if (e instanceof NativeToolError) {
      console.error(`\n[native] ${e.message}\n`);
    } else {
      console.error(`\n[native] Onverwachte fout: ${e instanceof Error ? e.message : String(e)}\n`);
    }
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
