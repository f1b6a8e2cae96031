import { CONTENT_SECURITY_POLICY } from '../web/security.ts';
import { openExternalIfAllowed } from './external-links.ts';

/**
 * Everything a renderer might try beyond showing our own page is refused here: navigation, new
 * windows, webviews and permission prompts. The app never needs any of them. A link to an
 * allow-listed https page (external-links.ts) opens in the user's browser instead, through `open`
 * (shell.openExternal); anything else goes nowhere.
 */
export function guardWebContents(
  contents: Electron.WebContents,
  isAppUrl: (url: string) => boolean,
  open: (url: string) => Promise<void>,
): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternalIfAllowed(url, open);
  });
  // A redirect is the server's choice, not a link the user clicked: refuse it, open nothing.
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url, open);
    return { action: 'deny' };
  });
}

export function hardenSession(session: Electron.Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}
