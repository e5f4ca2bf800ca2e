import { app, shell, type Session, type WebContents } from 'electron';
import path from 'node:path';
import {
  contentSecurityPolicy,
  downloadAllowed,
  navigationDecision,
  requestAllowed,
  windowOpenDecision,
} from './securityPolicy';

/**
 * Session-wide rules: no permission is ever granted, no remote content is fetched, and (in development, where
 * the page comes from Vite's server rather than app://) the CSP header is added to the server's responses.
 */
export function hardenSession(ses: Session, appBaseUrl: string, devServerUrl: string | undefined): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);

  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = requestAllowed(details.url, appBaseUrl);
    if (!allowed) console.warn(`[security] blocked request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });

  // Files the page offers (exports, reports) go through the system's save dialog, starting in Documents with
  // the name the core suggested; nothing else may be downloaded.
  ses.on('will-download', (event, item) => {
    if (!downloadAllowed(item.getURL(), appBaseUrl)) {
      event.preventDefault();
      console.warn(`[security] refused a download from ${item.getURL().slice(0, 200)}`);
      return;
    }
    item.setSaveDialogOptions({ defaultPath: path.join(app.getPath('documents'), item.getFilename()) });
  });

  if (devServerUrl) {
    const csp = contentSecurityPolicy(true, devServerUrl);
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
    });
  }
}

/** Rules for every web contents the app ever creates (windows, devtools, and any attempt at a webview). */
export function hardenAllWebContents(appBaseUrl: string): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appBaseUrl));
}

function hardenWebContents(contents: WebContents, appBaseUrl: string): void {
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    console.warn('[security] refused to attach a webview');
  });

  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) void shell.openExternal(url);
    else console.warn(`[security] refused to open a window for ${url.slice(0, 200)}`);
    return { action: decision.action };
  });

  const guardNavigation = (event: { preventDefault(): void }, url: string) => {
    if (navigationDecision(url, appBaseUrl) === 'deny') {
      event.preventDefault();
      console.warn(`[security] blocked navigation to ${url.slice(0, 200)}`);
    }
  };
  contents.on('will-navigate', (details) => guardNavigation(details, details.url));
  contents.on('will-frame-navigate', (details) => guardNavigation(details, details.url));
  contents.on('will-redirect', (details) => guardNavigation(details, details.url));
}
