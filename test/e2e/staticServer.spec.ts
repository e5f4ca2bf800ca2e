import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startStaticServer, type StaticServer } from './harness/staticServer';

// The harness's file server is the one piece of the e2e setup that is not the app; it must not leak files
// outside the renderer build (the temp workspaces sit next to it in the temp folder).

let root: string;
let server: StaticServer;

test.beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-e2e-static-'));
  fs.mkdirSync(path.join(root, 'www', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'www', 'index.html'), '<!doctype html><title>x</title>');
  fs.writeFileSync(path.join(root, 'www', 'assets', 'app.js'), 'export {};');
  fs.writeFileSync(path.join(root, 'www', 'assets', 'app.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'secret');
  server = await startStaticServer(path.join(root, 'www'));
});

test.afterAll(async () => {
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** A raw request, so the client does not normalise the path before the server sees it. */
function get(rawPath: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serves the build with the right content types', async () => {
  expect(await get('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
  expect(await get('/assets/app.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
  expect(await get('/assets/app.css?v=1')).toMatchObject({ status: 200, type: 'text/css; charset=utf-8' });
  expect((await get('/assets/missing.js')).status).toBe(404);
  expect((await get('/assets')).status).toBe(404);
  expect((await get('/', 'POST')).status).toBe(405);
});

test('refuses paths that leave the build folder', async () => {
  for (const p of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
    const res = await get(p);
    expect([403, 404], p).toContain(res.status);
    expect(res.body, p).not.toContain('secret');
  }
});
