import { eventChannel, methodChannel, methodNames } from '../../src-preload/contract/index.ts';
import type { EventBus } from '../ipc/event-bus.ts';
import type { HandlerRegistry } from '../ipc/registry.ts';

/**
 * Wires every contract method to ipcMain. A call is answered only when it comes from the main frame
 * of our own window: a subframe or any other webContents gets UNTRUSTED_SENDER and no handler runs.
 */
export function bridgeIpc(
  ipcMain: Electron.IpcMain,
  registry: HandlerRegistry,
  bus: EventBus,
  getWindow: () => Electron.BrowserWindow | null,
): () => void {
  for (const name of methodNames) {
    ipcMain.handle(methodChannel(name), async (event, input: unknown) => {
      const win = getWindow();
      const trusted =
        win !== null &&
        !win.isDestroyed() &&
        event.sender === win.webContents &&
        event.senderFrame === win.webContents.mainFrame;
      if (!trusted) {
        return { ok: false, error: { code: 'UNTRUSTED_SENDER', message: 'Call refused: unknown sender.' } };
      }
      return registry.dispatch(name, input, { transport: 'electron' });
    });
  }
  const unsubscribe = bus.subscribe((name, payload) => {
    const win = getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(eventChannel(name), payload);
  });
  return () => {
    unsubscribe();
    for (const name of methodNames) ipcMain.removeHandler(methodChannel(name));
  };
}
