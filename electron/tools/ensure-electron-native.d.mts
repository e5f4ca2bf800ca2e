// Types for ensure-electron-native.mjs, so TypeScript tests can import its pure helpers.

export declare const ROOT: string;
export declare const BINARY_NAME: string;
export declare class NativeToolError extends Error {}
export declare function readElectronVersion(root?: string): string;
export declare function readElectronAbi(root?: string): number | null;
export declare function cacheRoot(root?: string, env?: NodeJS.ProcessEnv): string;
export declare function cacheFolder(cacheDir: string, electronVersion: string, platform: string, arch: string): string;
export declare function electronBuildEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export declare function nodeGypCandidates(
  env?: NodeJS.ProcessEnv,
  execPath?: string,
  root?: string,
): { command: string; args: string[]; label: string }[];
export declare function probeBinary(
  file: string,
  execPath?: string,
): { loadsInNode: boolean; moduleVersion: number | null; message: string };
export declare function verifyElectronBinary(
  file: string,
  expectedAbi: number | null,
  execPath?: string,
): { loadsInNode: boolean; moduleVersion: number | null; message: string };
export declare function stagePackage(root?: string): { tmp: string; dest: string };
export declare function ensureElectronNative(options?: {
  root?: string;
  env?: NodeJS.ProcessEnv;
  platform?: string;
  arch?: string;
  force?: boolean;
  log?: (message: string) => void;
}): { status: 'cached' | 'built'; file: string; method: string | null };
export declare function parseArgs(argv: string[]): { arch?: string; platform?: string; force?: boolean };
