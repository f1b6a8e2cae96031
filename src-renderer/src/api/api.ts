import type { Api } from '../../../src-preload/contract/index.ts';
import { createBrowserApi } from './browser-transport.ts';
import { openSession } from './session.ts';

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
  const session = openSession();
  if (!session)
    throw new Error(
      'Open RecipientDesk from the address it printed when it started (it carries a launch code).',
    );
  api = createBrowserApi(session);
  return api;
}
