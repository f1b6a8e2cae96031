import type { Api } from '../../../src-preload/contract/index.ts';
import { createBrowserApi, takeLaunchToken } from './browser-transport.ts';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser transport. */
    api?: Api;
  }
}

let api: Api | null = null;

/** The one Api of this window: the preload's in Electron, else the browser transport's. */
export function getApi(): Api {
  if (api) return api;
  if (window.api) {
    api = window.api;
    return api;
  }
  const token = takeLaunchToken();
  if (!token)
    throw new Error('Open RecipientDesk from the address it printed when it started (it carries a token).');
  api = createBrowserApi(token);
  return api;
}
