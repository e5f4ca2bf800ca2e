import path from 'node:path';

// Security decisions as pure functions (no Electron import) so each rule is unit-tested under Node.
// security.ts and appProtocol.ts apply them to Electron's sessions and web contents.

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
/** The packaged renderer's entry: a custom standard, secure scheme gives a fixed origin to check senders against. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether `url` belongs to the app's own page. Compares scheme, host and port explicitly: for a custom scheme
 * Node's URL.origin is the string "null", which would make every custom-scheme URL look alike.
 */
export function isAppUrl(url: string, appBaseUrl: string): boolean {
  const u = parse(url);
  const base = parse(appBaseUrl);
  if (!u || !base) return false;
  if (u.username || u.password) return false;
  return u.protocol === base.protocol && u.host === base.host && u.host !== '';
}

export type NavigationDecision = 'allow' | 'deny';

/** In-page navigation (reload, another route of the app) is fine; anything that would leave the app is not. */
export function navigationDecision(url: string, appBaseUrl: string): NavigationDecision {
  return isAppUrl(url, appBaseUrl) ? 'allow' : 'deny';
}

const DNS_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * A link may go to the user's browser only if it is https, names a plain DNS host (no credentials, no port,
 * no IP literal, no single-label or local name) and is of sane length.
 */
export function externalLinkAllowed(url: string): boolean {
  if (url.length > 2048) return false;
  const u = parse(url);
  if (!u || u.protocol !== 'https:') return false;
  if (u.username || u.password || u.port) return false;
  const host = u.hostname.toLowerCase();
  if (host.length > 253 || host.startsWith('[')) return false;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => DNS_LABEL.test(l))) return false;
  const tld = labels[labels.length - 1] ?? '';
  if (/^\d+$/.test(tld)) return false; // IPv4 literal or numeric TLD
  if (['localhost', 'local', 'internal', 'localdomain'].includes(tld)) return false;
  return true;
}

export type WindowOpenDecision = { action: 'deny'; openExternally: boolean };

/** window.open and target=_blank never create an app window; a safe https link opens in the browser instead. */
export function windowOpenDecision(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: externalLinkAllowed(url) };
}

/**
 * Requests the app's pages may make: only the app itself (and, in development, the dev server including its
 * websocket), inline data/blob resources and devtools. Everything else is remote content and is cancelled.
 */
export function requestAllowed(url: string, appBaseUrl: string): boolean {
  const u = parse(url);
  if (!u) return false;
  if (['data:', 'blob:', 'devtools:'].includes(u.protocol)) return true;
  if (isAppUrl(url, appBaseUrl)) return true;
  const base = parse(appBaseUrl);
  // Vite's dev server talks HMR over a websocket on the same host and port.
  if (base && base.protocol === 'http:' && u.protocol === 'ws:' && u.host === base.host) return true;
  return false;
}

const CSP_PRODUCTION = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
];

/**
 * The Content-Security-Policy header. In development Vite's React refresh needs an inline preamble and a
 * websocket; the packaged app gets the strict policy.
 */
export function contentSecurityPolicy(dev: boolean, devServerUrl?: string): string {
  if (!dev) return CSP_PRODUCTION.join('; ');
  const ws = devServerUrl ? parse(devServerUrl) : null;
  const connect = ws ? `connect-src 'self' ws://${ws.host}` : "connect-src 'self'";
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    ...CSP_PRODUCTION.slice(2),
    connect,
  ].join('; ');
}

/**
 * Maps an app:// URL to a file under the renderer folder, or null when it is not ours or would escape the folder
 * (`..`, encoded separators, absolute paths, NUL). Paths without an extension fall back to index.html so a
 * reload on a client-side route still finds the app.
 */
export function resolveAppFile(url: string, rendererRoot: string): string | null {
  const u = parse(url);
  if (!u || u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname.split('/').some((segment) => segment === '..')) return null;
  const relative = pathname.replace(/^\/+/, '');
  const target = relative === '' || path.posix.extname(relative) === '' ? 'index.html' : relative;
  const root = path.resolve(rendererRoot);
  const file = path.resolve(root, target);
  const rel = path.relative(root, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return file;
}

/**
 * Downloads are how the page hands over a file the core made (an export, a report): a blob: URL of the app's
 * own page. Anything else (a remote URL, a file: URL, a blob from another origin) is cancelled.
 */
export function downloadAllowed(url: string, appBaseUrl: string): boolean {
  if (!url.startsWith('blob:')) return false;
  // A blob URL carries its creator's origin: blob:app://renderer/<uuid>.
  return isAppUrl(url.slice('blob:'.length), appBaseUrl);
}
