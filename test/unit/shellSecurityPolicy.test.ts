import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  contentSecurityPolicy,
  downloadAllowed,
  externalLinkAllowed,
  isAppUrl,
  navigationDecision,
  requestAllowed,
  resolveAppFile,
  windowOpenDecision,
} from '../../electron/main/securityPolicy';

const DEV = 'http://localhost:5173/';

describe('isAppUrl: which pages may call the IPC channels', () => {
  it('accepts the packaged app page and its routes', () => {
    expect(isAppUrl('app://renderer/index.html', APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://renderer/index.html#/planner', APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://renderer/', APP_ENTRY_URL)).toBe(true);
  });

  it('refuses other hosts and schemes, even though URL.origin of a custom scheme is "null"', () => {
    expect(isAppUrl('app://evil/index.html', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('file:///tmp/index.html', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('https://renderer/index.html', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('about:blank', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('not a url', APP_ENTRY_URL)).toBe(false);
    expect(isAppUrl('app://user:pw@renderer/index.html', APP_ENTRY_URL)).toBe(false);
  });

  it('in development accepts the dev server only on its own port', () => {
    expect(isAppUrl('http://localhost:5173/#/smes', DEV)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', DEV)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', DEV)).toBe(false);
    expect(isAppUrl('app://renderer/index.html', DEV)).toBe(false);
  });
});

describe('navigation and new windows', () => {
  it('allows moving within the app and denies leaving it', () => {
    expect(navigationDecision('app://renderer/index.html#/requests', APP_ENTRY_URL)).toBe('allow');
    expect(navigationDecision('https://example.com/', APP_ENTRY_URL)).toBe('deny');
    expect(navigationDecision('file:///etc/passwd', APP_ENTRY_URL)).toBe('deny');
    expect(navigationDecision('javascript:alert(1)', APP_ENTRY_URL)).toBe('deny');
  });

  it('never opens an app window; a safe https link goes to the browser', () => {
    expect(windowOpenDecision('https://www.kvk.nl/zoeken/')).toEqual({ action: 'deny', openExternally: true });
    expect(windowOpenDecision('http://www.kvk.nl/')).toEqual({ action: 'deny', openExternally: false });
    expect(windowOpenDecision('app://renderer/index.html')).toEqual({ action: 'deny', openExternally: false });
  });
});

describe('externalLinkAllowed', () => {
  it.each([
    'https://www.kvk.nl/',
    'https://digitalewerkplaats.nl/over-ons?x=1#top',
    'https://sub.domain.example.org/pad/met%20spatie',
    'https://xn--bcher-kva.example/',
  ])('allows %s', (url) => expect(externalLinkAllowed(url)).toBe(true));

  it.each([
    'http://www.kvk.nl/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'mailto:info@example.nl',
    'smb://server/share',
    'https://user:secret@example.nl/',
    'https://example.nl:8443/',
    'https://127.0.0.1/',
    'https://[::1]/',
    'https://localhost/',
    'https://printer.local/',
    'https://intranet/',
    'https://-bad-.example.nl/',
    `https://example.nl/${'a'.repeat(3000)}`,
    'not a url',
  ])('refuses %s', (url) => expect(externalLinkAllowed(url)).toBe(false));
});

describe('requestAllowed: no remote content', () => {
  it('lets the app load its own files and inline data', () => {
    expect(requestAllowed('app://renderer/assets/index-abc.js', APP_ENTRY_URL)).toBe(true);
    expect(requestAllowed('data:image/png;base64,AAAA', APP_ENTRY_URL)).toBe(true);
    expect(requestAllowed('blob:app://renderer/123', APP_ENTRY_URL)).toBe(true);
  });

  it('cancels anything from the network or disk', () => {
    expect(requestAllowed('https://fonts.googleapis.com/css', APP_ENTRY_URL)).toBe(false);
    expect(requestAllowed('http://localhost:5173/', APP_ENTRY_URL)).toBe(false);
    expect(requestAllowed('file:///home/user/.ssh/id_rsa', APP_ENTRY_URL)).toBe(false);
    expect(requestAllowed('wss://example.com/socket', APP_ENTRY_URL)).toBe(false);
  });

  it('in development also allows the dev server and its HMR websocket, nothing else', () => {
    expect(requestAllowed('http://localhost:5173/@vite/client', DEV)).toBe(true);
    expect(requestAllowed('ws://localhost:5173/', DEV)).toBe(true);
    expect(requestAllowed('ws://localhost:9999/', DEV)).toBe(false);
    expect(requestAllowed('https://cdn.example.com/x.js', DEV)).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  it('is strict in the packaged app', () => {
    expect(contentSecurityPolicy(false)).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('in development only adds what Vite needs', () => {
    const csp = contentSecurityPolicy(true, DEV);
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).toContain('connect-src \'self\' ws://localhost:5173');
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
  });
});

describe('resolveAppFile: the app:// protocol serves only the renderer folder', () => {
  const root = path.resolve('/opt/app/out/renderer');

  it('maps app files into the folder', () => {
    expect(resolveAppFile('app://renderer/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://renderer/assets/index-abc.js', root)).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile('app://renderer/assets/a%20b.css', root)).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it('serves index.html for the root and for client-side routes', () => {
    expect(resolveAppFile('app://renderer/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://renderer/planner', root)).toBe(path.join(root, 'index.html'));
  });

  it.each([
    'app://renderer/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://renderer/assets/%2e%2e%5c%2e%2e%5csecret.txt',
    'app://renderer/a%00.js',
    'app://renderer/%E0%A4%A',
    'app://other/index.html',
    'file:///opt/app/out/renderer/index.html',
  ])('refuses %s', (url) => expect(resolveAppFile(url, root)).toBeNull());

  it('keeps dot segments inside the folder (the URL parser folds them before we see them)', () => {
    expect(resolveAppFile('app://renderer/../../etc/passwd.txt', root)).toBe(path.join(root, 'etc', 'passwd.txt'));
    expect(resolveAppFile('app://renderer/%2e%2e/%2e%2e/etc/x.js', root)).toBe(path.join(root, 'etc', 'x.js'));
  });

  it('never yields a path outside the folder, whatever follows app://renderer/', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E%2E', '..%2f', '%2f', '%5c', '\\', '%00', 'assets', 'index.html', 'a.js', '/'),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (parts) => {
        const file = resolveAppFile(`app://renderer/${parts.join('/')}`, root);
        if (file === null) return true;
        const rel = path.relative(root, file);
        return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('downloadAllowed: only files the app page made itself', () => {
  it('lets the page hand over a file it made (an export)', () => {
    expect(downloadAllowed('blob:app://renderer/6b1f0c2e-8d7a-4f43-9a52-1c1d2e3f4a5b', APP_ENTRY_URL)).toBe(true);
  });
  it.each([
    ['a remote file', 'https://evil.example/payload.exe'],
    ['a blob of another origin', 'blob:https://evil.example/6b1f0c2e'],
    ['a local file', 'file:///etc/passwd'],
    ['a data URL', 'data:application/octet-stream;base64,AAAA'],
    ['a look-alike host', 'blob:app://renderer.evil/6b1f0c2e'],
  ])('cancels %s', (_, url) => {
    expect(downloadAllowed(url, APP_ENTRY_URL)).toBe(false);
  });
});
