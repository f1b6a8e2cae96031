// Sandboxed preload: exposes exactly one function per contract method and `on` for events.
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from './contract/build-api.ts';
import { type Api, eventChannel, methodChannel, type Result } from './contract/index.ts';

const api = buildApi(
  (name, input) => ipcRenderer.invoke(methodChannel(name), input) as Promise<Result<unknown>>,
  (name, listener) => {
    const channel = eventChannel(name);
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
) satisfies Api;

contextBridge.exposeInMainWorld('api', api);
