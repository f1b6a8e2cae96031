// The Electron shell: window, hardening, IPC wiring and the OS keystore. Everything else is plain Node
// in src-main/* and is shared with the browser transport (src-main/web/main.ts).
import { app, ipcMain, Menu, safeStorage, session, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServices, type Services } from './services.ts';
import { appUrlMatcher } from './shell/app-url.ts';
import { bridgeIpc } from './shell/ipc-bridge.ts';
import { guardWebContents, hardenSession } from './shell/hardening.ts';
import { openExternalIfAllowed } from './shell/external-links.ts';
import { SafeStorageSecretStore } from './shell/safe-storage-secrets.ts';
import { cloudEndpointsFromEnv } from './cloud/cloud-endpoints.ts';
import { createMainWindow, rendererPaths } from './shell/window.ts';

const mainDir = import.meta.dirname;
const paths = rendererPaths(mainDir);
const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const appFileUrl = pathToFileURL(paths.html).href;

// Tests pass a fresh profile folder so runs never share state.
const userDataOverride = process.env.RECIPIENTDESK_USER_DATA;
if (userDataOverride) app.setPath('userData', userDataOverride);

const isAppUrl = appUrlMatcher(appFileUrl, devUrl);
// Only ever called by guardWebContents, after external-links.ts has allowed the URL.
const openExternal = (url: string) => shell.openExternal(url);

let win: BrowserWindow | null = null;
let services: Services | null = null;

app.enableSandbox();
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, isAppUrl, openExternal));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void services?.dispose();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    // The default menu carries Reload and Toggle Developer Tools; a packaged app offers neither.
    if (app.isPackaged) Menu.setApplicationMenu(null);
    const userData = app.getPath('userData');
    services = createServices({
      userDataDir: userData,
      secrets: new SafeStorageSecretStore(safeStorage, join(userData, 'secrets.json')),
      facts: {
        name: app.getName(),
        version: app.getVersion(),
        electronVersion: process.versions.electron ?? null,
      },
      log: (message, error) => console.error(message, error),
      resourcesDir: join(mainDir, '../../resources'),
      cloud: cloudEndpointsFromEnv(),
      // The sign-in page goes through the same allow-list as every link (login.microsoftonline.com).
      openBrowser: async (url) => {
        if (!openExternalIfAllowed(url, openExternal))
          throw new Error('The sign-in page is not on the allow-list of external links.');
      },
    });
    bridgeIpc(ipcMain, services.registry, services.bus, () => win);
    win = createMainWindow({
      preloadPath: paths.preload,
      stateFile: join(userData, 'window-state.json'),
      rendererUrl: devUrl,
      rendererFile: paths.html,
      iconPath: join(mainDir, '../../resources/icon.png'),
    });
    win.on('closed', () => {
      win = null;
    });
  });
}
