import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src-preload/contract/errors.ts';
import { facts, ldapsProfile } from '../../e2e/support/int-test-dc.ts';
import { LDAP_OP, startLdapRelay, type LdapRelay } from '../../e2e/support/ldap-relay.ts';
import { DirectorySession } from './session.ts';
import type { SessionState } from './session.ts';

// A relay on 127.0.0.1 between the session and the DC: cutting it is a real dropped connection
// (what a VPN drop or a DC reboot looks like to the client), at an exact protocol moment.
let relay: LdapRelay;

beforeAll(async () => {
  relay = await startLdapRelay(facts);
});

afterAll(async () => {
  await relay?.close();
});

function waitFor(states: SessionState[], target: SessionState, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = (): void => {
      if (states.includes(target)) resolve();
      else if (Date.now() - started > timeoutMs)
        reject(new Error(`never reached ${target}: ${states.join(' → ')}`));
      else setTimeout(tick, 20);
    };
    tick();
  });
}

describe('a dropped connection', () => {
  it('goes offline, refuses work with OFFLINE, reconnects and works again', async () => {
    const session = await DirectorySession.connect(ldapsProfile({ port: relay.port }), facts.admin.password, {
      reconnectDelaysMs: [300],
    });
    const states: SessionState[] = [];
    session.onStateChange = (state) => states.push(state);
    try {
      expect(session.state).toBe('online');
      relay.block();
      relay.unblock();
      await waitFor(states, 'offline');
      const during = await session.read(facts.admin.dn).catch((e: unknown) => e);
      // The first retry waits 300 ms: the session is still offline here.
      expect((during as AppError).code).toBe('OFFLINE');
      await waitFor(states, 'online');
      expect(states).toEqual(['offline', 'reconnecting', 'online']);
      expect((await session.read(facts.admin.dn)).dn).toBe(facts.admin.dn);
    } finally {
      await session.close();
    }
    expect(session.state).toBe('closed');
  });

  it('turns an operation cut in the middle into OFFLINE', async () => {
    const session = await DirectorySession.connect(ldapsProfile({ port: relay.port }), facts.admin.password, {
      reconnectDelaysMs: [60_000],
    });
    try {
      // The relay cuts the link the moment the search request arrives: no timing guess.
      const cut = relay.cutOnNextRequest(LDAP_OP.searchRequest);
      const pending = session.search({ base: facts.domainDn, attributes: ['*'] });
      await cut;
      const error = await pending.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('OFFLINE');
    } finally {
      await session.close();
    }
  });
});
