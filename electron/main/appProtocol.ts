import { protocol } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import { APP_SCHEME, contentSecurityPolicy, resolveAppFile } from './securityPolicy';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/** Must run before app 'ready': a standard, secure scheme gets a real origin, storage and 'self' in the CSP. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer from `rendererRoot` on app://renderer/, with the CSP header on every response. */
export function handleAppProtocol(rendererRoot: string): void {
  const csp = contentSecurityPolicy(false);
  protocol.handle(APP_SCHEME, async (request) => {
    const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Security-Policy': csp } });
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const file = resolveAppFile(request.url, rendererRoot);
    if (file === null) return notFound();
    try {
      const body = await fs.readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: {
          'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
          'Content-Security-Policy': csp,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return notFound();
    }
  });
}
