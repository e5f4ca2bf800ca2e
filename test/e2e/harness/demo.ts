import { register } from 'node:module';

type DemoModule = typeof import('../../../electron/core/demo/index');

// Node refuses `import x from './file.json'` without `with { type: 'json' }`, and Playwright's TypeScript loader
// (unlike Vite, Vitest and tsx) does not add it. This hook, registered once per worker, loads such JSON imports
// as JSON; it does nothing once the imports carry the attribute themselves.
const JSON_IMPORT_HOOK = `
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
export async function load(url, context, next) {
  if (url.startsWith('file:') && url.endsWith('.json') && context.importAttributes?.type !== 'json') {
    return { format: 'json', source: fs.readFileSync(fileURLToPath(url), 'utf8'), shortCircuit: true };
  }
  return next(url, context);
}`;

let demo: Promise<DemoModule> | null = null;

/** The demo generator, imported after the hook is in place (a static import would fail while linking). */
export function loadDemo(): Promise<DemoModule> {
  if (!demo) {
    register(`data:text/javascript,${encodeURIComponent(JSON_IMPORT_HOOK)}`);
    demo = import('../../../electron/core/demo/index');
  }
  return demo;
}
