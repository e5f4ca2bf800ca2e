import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import directions of DESIGN.md §3 are enforced by lint; these cases prove the rules bite.
const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals');
}

describe('import directions', () => {
  it.each([
    ['shared/ importing Node', 'shared/domain/x.ts', `import fs from 'node:fs'; export const a = fs;`],
    ['shared/ importing the database', 'shared/domain/x.ts', `import D from 'better-sqlite3'; export const a = D;`],
    ['shared/ using the DOM', 'shared/domain/x.ts', `export const a = document.title;`],
    ['shared/ importing the core', 'shared/domain/x.ts', `import { AppError } from '../../electron/core/errors'; export const a = AppError;`],
    ['the renderer importing the core', 'renderer/src/x.ts', `import { Workspace } from '../../electron/core/workspace'; export const a = Workspace;`],
    ['the renderer importing Electron', 'renderer/src/x.ts', `import { ipcRenderer } from 'electron'; export const a = ipcRenderer;`],
    ['the core importing Electron', 'electron/core/x.ts', `import { app } from 'electron'; export const a = app;`],
    ['the core importing the renderer', 'electron/core/x.ts', `import * as r from '../../renderer/src/App'; export const a = r;`],
  ])('refuses %s', async (_, file, code) => {
    expect(await restricted(file, code)).toBe(true);
  });

  it.each([
    ['shared/ using date-fns', 'shared/domain/x.ts', `import { addDays } from 'date-fns'; export const a = addDays;`],
    ['the renderer using shared/', 'renderer/src/x.ts', `import { LEVELS } from '../../shared/domain/constants'; export const a = LEVELS;`],
    ['the shell using Electron', 'electron/main/x.ts', `import { app } from 'electron'; export const a = app;`],
  ])('allows %s', async (_, file, code) => {
    expect(await restricted(file, code)).toBe(false);
  });
});
