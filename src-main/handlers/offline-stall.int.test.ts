import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeView, ObjectSheet } from '../../src-preload/contract/index.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { startLdapRelay, type LdapRelay } from '../../e2e/support/ldap-relay.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { startServices, until, type ServicesHarness } from '../../e2e/support/services-harness.ts';

// A network that stalls instead of closing (a VPN whose tunnel died, a NAT entry that expired): no
// socket closes, so only the timeouts notice. The app runs with short ones here (1.5 s per request)
// so the test can show that every call comes back within its timeout and the edit is kept.
const facts = loadDcFacts();
const OPERATION_TIMEOUT_MS = 1500;
let relay: LdapRelay;
let app: ServicesHarness;
let scratch: ScratchDirectory;

beforeAll(async () => {
  relay = await startLdapRelay(facts);
  scratch = await openScratchDirectory('StallTests');
  app = startServices(facts, {
    sessionTiming: {
      connectTimeoutMs: OPERATION_TIMEOUT_MS,
      operationTimeoutMs: OPERATION_TIMEOUT_MS,
      reconnectDelaysMs: [500],
    },
  });
  const profileId = await app.saveProfile({ name: 'Via relay', port: relay.port, identity: facts.admin.upn });
  await app.call('directory.connect', { profileId, password: facts.admin.password });
});

afterAll(async () => {
  await app?.services.dispose();
  await relay?.close();
  await scratch?.cleanup();
});

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
}

describe('editing while the network to the DC stalls', () => {
  it('the edit comes back within the timeout and waits, a sheet opens from the cache, and after the network resumes the edit is applied once', async () => {
    const { dn } = await scratch.createUser('Stella Stall', { extensionAttribute4: ['before'] });
    const sheet = await app.call<ObjectSheet>('objects.load', { dn });
    const { row, objectClass } = sheet.details;

    relay.stall();
    const submitted = await timed(() =>
      app.call<ChangeView[]>('changes.submit', {
        changes: [
          {
            dn,
            objectGuid: row.guid,
            objectClass,
            edits: [{ attr: 'extensionAttribute4', base: ['before'], desired: ['after'] }],
          },
        ],
      }),
    );
    const change = submitted.value[0];
    // Kept and waiting, not lost and not failed: the modify never reached the DC.
    expect(submitted.ms).toBeLessThan(OPERATION_TIMEOUT_MS + 2000);
    expect(change?.status === 'pending' || change?.status === 'retryable').toBe(true);
    expect((await scratch.read(dn, ['extensionAttribute4'])).extensionAttribute4).toEqual(['before']);
    await until(
      () => app.states.at(-1),
      (s) => s === 'offline' || s === 'reconnecting',
    );

    // While it stalls, reads answer at once from the cache instead of hanging.
    const reopened = await timed(() => app.call<ObjectSheet>('objects.load', { dn }));
    expect(reopened.ms).toBeLessThan(OPERATION_TIMEOUT_MS + 2000);
    expect(reopened.value.details.row.guid).toBe(row.guid);

    relay.resume();
    await until(
      () => app.states.at(-1),
      (s) => s === 'online',
    );
    const list = await until(
      () => app.call<ChangeView[]>('changes.list', {}),
      (all) => all.find((c) => c.id === change?.id)?.status === 'applied',
    );
    expect(list.filter((c) => c.dn === dn)).toHaveLength(1);
    expect((await scratch.read(dn, ['extensionAttribute4'])).extensionAttribute4).toEqual(['after']);
  });
});
