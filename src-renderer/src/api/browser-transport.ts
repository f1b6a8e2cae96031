import { buildApi } from '../../../src-preload/contract/build-api.ts';
import type { Api, EventName, Result } from '../../../src-preload/contract/index.ts';

const TOKEN_KEY = 'recipientdesk.launchToken';

/**
 * The launch token arrives in the URL fragment (never sent to any server); it is kept for this tab
 * only and removed from the address bar so it does not end up in a screenshot or a bookmark.
 */
export function takeLaunchToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** The same Api as the Electron preload, carried over fetch (calls) and one WebSocket (events). */
export function createBrowserApi(token: string): Api {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  connectEvents(token, listeners);
  return buildApi(
    async (name, input) => {
      try {
        const response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as Result<unknown>;
      } catch {
        return {
          ok: false,
          error: {
            code: 'SERVER_UNAVAILABLE',
            message: 'RecipientDesk is not running any more: restart it.',
          },
        };
      }
    },
    (name, listener) => {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => {
        set.delete(listener);
      };
    },
  );
}

function connectEvents(token: string, listeners: Map<EventName, Set<(payload: unknown) => void>>): void {
  const url = `${window.location.origin.replace(/^http/, 'ws')}/api/events`;
  const socket = new WebSocket(url, ['rd-events', `rd-token.${token}`]);
  socket.addEventListener('message', (message) => {
    const frame = JSON.parse(String(message.data)) as { event: EventName; payload: unknown };
    for (const listener of listeners.get(frame.event) ?? []) listener(frame.payload);
  });
  // A dropped socket means the server restarted or the laptop slept: try again, gently.
  socket.addEventListener('close', () => {
    setTimeout(() => connectEvents(token, listeners), 2000);
  });
}
