import type { Result } from './define.ts';
import { type Api, type EventName, isEventName, methodNames, type MethodName } from './index.ts';

export type CallFn = (name: MethodName, input: unknown) => Promise<Result<unknown>>;
export type SubscribeFn = (name: EventName, listener: (payload: unknown) => void) => () => void;

/**
 * Builds one function per contract method around a transport's call function. Both the Electron
 * preload (ipcRenderer.invoke) and the browser transport (fetch) use it, so the two cannot differ in
 * shape. The result is frozen and exposes no way to call a channel by name.
 */
export function buildApi(call: CallFn, subscribe: SubscribeFn): Api {
  const api: Record<string, unknown> = {};
  for (const name of methodNames) {
    api[name] = (input: unknown) => call(name, input);
  }
  api.on = (name: string, listener: (payload: unknown) => void) => {
    if (!isEventName(name)) throw new TypeError(`Unknown event "${name}"`);
    return subscribe(name, listener);
  };
  return Object.freeze(api) as Api;
}
