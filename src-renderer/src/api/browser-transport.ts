import { buildApi } from '../../../src-preload/contract/build-api.ts';
import type { Api, EventName, Result } from '../../../src-preload/contract/index.ts';
import type { SessionOutcome } from './session.ts';

/**
 * The same Api as the Electron preload, carried over fetch (calls) and one WebSocket (events). Both
 * wait for the session (the launch-code exchange); if it failed, every call says why instead.
 */
export function createBrowserApi(session: Promise<SessionOutcome>): Api {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  void session.then((outcome) => {
    if (outcome.ok) connectEvents(outcome.token, listeners);
    else console.error(`RecipientDesk: ${outcome.message}`);
  });
  return buildApi(
    async (name, input) => {
      const outcome = await session;
      if (!outcome.ok) return { ok: false, error: { code: 'UNAUTHORIZED', message: outcome.message } };
      try {
        const response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${outcome.token}` },
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
  // Browsers cannot set headers on a WebSocket: the token rides as a subprotocol the server checks.
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
