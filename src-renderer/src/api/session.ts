/** Per tab: a reload of this tab keeps working, another tab or a new browser session does not. */
export const SESSION_TOKEN_KEY = 'recipientdesk.sessionToken';
const SESSION_PATH = '/api/session';

/** What the session needs from the page, so a test can hand in fakes. */
export interface SessionEnv {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  fetch: typeof fetch;
}

export type SessionOutcome = { ok: true; token: string } | { ok: false; message: string };

/**
 * The printed URL carries a one-time launch code in its fragment. It is taken off the address bar at
 * once (no screenshot, bookmark or history entry keeps it) and exchanged, same-origin, for the
 * session token, which lives only in this tab's memory and sessionStorage. Null, synchronously,
 * when the tab has neither a code nor a token: there is nothing to try.
 */
export function openSession(env: SessionEnv = pageEnv()): Promise<SessionOutcome> | null {
  const code = /(?:^#|&)code=([A-Za-z0-9_-]+)/.exec(env.location.hash)?.[1];
  if (code) env.history.replaceState(null, '', env.location.pathname + env.location.search);
  const stored = env.storage.getItem(SESSION_TOKEN_KEY);
  if (!code) return stored ? Promise.resolve({ ok: true, token: stored }) : null;
  return exchange(env.fetch, code).then((exchanged) => {
    if (exchanged.ok) {
      env.storage.setItem(SESSION_TOKEN_KEY, exchanged.token);
      return exchanged;
    }
    // The same URL pasted again into a tab that already holds a session: the spent code is no
    // reason to drop a token that still works.
    return stored ? { ok: true, token: stored } : exchanged;
  });
}

async function exchange(fetchFn: typeof fetch, code: string): Promise<SessionOutcome> {
  try {
    const response = await fetchFn(SESSION_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const body = (await response.json()) as
      { ok: true; value: { token: string } } | { ok: false; error: { message: string } };
    return body.ok ? { ok: true, token: body.value.token } : { ok: false, message: body.error.message };
  } catch {
    return { ok: false, message: 'RecipientDesk is not running any more: restart it.' };
  }
}

function pageEnv(): SessionEnv {
  return {
    location: window.location,
    history: window.history,
    storage: window.sessionStorage,
    fetch: (input, init) => window.fetch(input, init),
  };
}
