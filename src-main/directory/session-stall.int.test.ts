import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src-preload/contract/errors.ts';
import { facts, ldapsProfile } from '../../e2e/support/int-test-dc.ts';
import { startLdapRelay, type LdapRelay } from '../../e2e/support/ldap-relay.ts';
import { DirectorySession } from './session.ts';
import type { SessionState } from './session.ts';

// A stalled link closes nothing: the relay keeps every socket open and forwards nothing, as a
// hung VPN or a firewall dropping packets would. Only the session's own timeouts can see it.
const TIMEOUT_MS = 1500;
// What a timed-out read may take beyond the timeout itself (timers, a loaded CI machine).
const MARGIN_MS = 1000;

let relay: LdapRelay;

beforeAll(async () => {
  relay = await startLdapRelay(facts);
});

afterAll(async () => {
  await relay?.close();
});

interface Seen {
  state: SessionState;
  code?: string | undefined;
  nextAttemptAt?: Date | undefined;
}

function waitFor(seen: Seen[], accept: (s: Seen) => boolean, from = 0, timeoutMs = 15_000): Promise<Seen> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = (): void => {
      const found = seen.slice(from).find(accept);
      if (found) resolve(found);
      else if (Date.now() - started > timeoutMs)
        reject(new Error(`not seen: ${seen.map((s) => `${s.state}/${s.code ?? ''}`).join(' → ')}`));
      else setTimeout(tick, 20);
    };
    tick();
  });
}

describe('a stalled connection', () => {
  it('fails a read within its timeout, reconnects with backoff, and works once the link is back', async () => {
    const session = await DirectorySession.connect(
      ldapsProfile({ port: relay.port, timeoutMs: TIMEOUT_MS, operationTimeoutMs: TIMEOUT_MS }),
      facts.admin.password,
      { reconnectDelaysMs: [200] },
    );
    const seen: Seen[] = [];
    session.onStateChange = (state, problem, nextAttemptAt) =>
      seen.push({ state, code: problem?.code, nextAttemptAt });
    try {
      relay.stall();
      const started = Date.now();
      const error = await session.read(facts.admin.dn).catch((e: unknown) => e);
      const took = Date.now() - started;

      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('TIMEOUT');
      expect(took).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(took).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
      // Offline as the caller hears of it, with the next attempt's time for the banner.
      expect(session.state).toBe('offline');
      expect(seen[0]?.state).toBe('offline');
      expect(seen[0]?.nextAttemptAt?.getTime()).toBeGreaterThan(Date.now() - 200);
      expect((await session.read(facts.admin.dn).catch((e: unknown) => e)) as AppError).toMatchObject({
        code: 'OFFLINE',
      });

      // A reconnection into the stall hangs in the handshake: it too gives up within the timeout.
      await waitFor(seen, (s) => s.state === 'reconnecting');
      const failed = await waitFor(seen, (s) => s.state === 'offline' && s.code === 'TIMEOUT', 1);
      expect(failed.nextAttemptAt).toBeInstanceOf(Date);

      relay.resume();
      await waitFor(seen, (s) => s.state === 'online');
      expect((await session.read(facts.admin.dn)).dn).toBe(facts.admin.dn);
    } finally {
      await session.close();
    }
  });
});
