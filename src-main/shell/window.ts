import { app, BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { loadWindowState, saveWindowState } from './window-state.ts';

export interface WindowOptions {
  preloadPath: string;
  stateFile: string;
  rendererUrl: string | undefined;
  rendererFile: string;
  iconPath: string;
}

/** The one app window, hardened, at the size and place the user left it. */
export function createMainWindow(options: WindowOptions): BrowserWindow {
  const state = loadWindowState(
    options.stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...state,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'RecipientDesk',
    icon: options.iconPath,
    backgroundColor: '#00000000',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // DevTools would let anyone at the keyboard run code with the preload's API; development only.
      devTools: !app.isPackaged,
      // Middle-click would open links in new windows; nothing in the app needs it.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    saveWindowState(options.stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  if (options.rendererUrl) void win.loadURL(options.rendererUrl);
  else void win.loadFile(options.rendererFile);
  return win;
}

export function rendererPaths(mainDir: string): { preload: string; html: string } {
  return { preload: join(mainDir, '../preload/index.cjs'), html: join(mainDir, '../renderer/index.html') };
}
