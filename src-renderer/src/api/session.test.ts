import { describe, expect, it } from 'vitest';
import { openSession, SESSION_TOKEN_KEY, type SessionEnv } from './session.ts';

function fakeEnv(hash: string, answer: unknown, stored: string | null = null) {
  const storage = new Map<string, string>(stored === null ? [] : [[SESSION_TOKEN_KEY, stored]]);
  const requests: { url: string; body: unknown }[] = [];
  const replaced: string[] = [];
  const env: SessionEnv = {
    location: { hash, pathname: '/', search: '' },
    history: { replaceState: (_data, _unused, url) => void replaced.push(String(url)) },
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
    fetch: async (url, init) => {
      requests.push({ url: String(url), body: JSON.parse(String(init?.body)) });
      return new Response(JSON.stringify(answer));
    },
  };
  return { env, storage, requests, replaced };
}

describe('browser session', () => {
  it('exchanges the launch code, keeps the token for the tab and clears the address bar', async () => {
    const fake = fakeEnv('#code=abc_DEF-1', { ok: true, value: { token: 'session-token' } });
    expect(await openSession(fake.env)).toEqual({ ok: true, token: 'session-token' });
    expect(fake.requests).toEqual([{ url: '/api/session', body: { code: 'abc_DEF-1' } }]);
    expect(fake.replaced).toEqual(['/']);
    expect(fake.storage.get(SESSION_TOKEN_KEY)).toBe('session-token');
  });

  it('reuses the tab token on reload without calling the server', async () => {
    const fake = fakeEnv('', null, 'kept');
    expect(await openSession(fake.env)).toEqual({ ok: true, token: 'kept' });
    expect(fake.requests).toEqual([]);
  });

  it('reports a refused code, unless the tab already has a token', async () => {
    const refused = { ok: false, error: { code: 'UNAUTHORIZED', message: 'already used' } };
    expect(await openSession(fakeEnv('#code=spent', refused).env)).toEqual({
      ok: false,
      message: 'already used',
    });
    expect(await openSession(fakeEnv('#code=spent', refused, 'kept').env)).toEqual({
      ok: true,
      token: 'kept',
    });
  });

  it('has nothing to try without a code or a token', () => {
    expect(openSession(fakeEnv('#token=old-style', null).env)).toBeNull();
  });
});
