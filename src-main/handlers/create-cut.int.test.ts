import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeView } from '../../src-preload/contract/index.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { LDAP_OP, startLdapRelay, type LdapRelay } from '../../e2e/support/ldap-relay.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { startServices, until, type ServicesHarness } from '../../e2e/support/services-harness.ts';

// A creation whose connection is cut part-way (issue 10): the journal shows which step stopped,
// the session reconnects by itself, and the steps are sent again to completion without a second
// object or an account left disabled.
const facts = loadDcFacts();
const domain = facts.realm.toLowerCase();
let relay: LdapRelay;
let app: ServicesHarness;
let scratch: ScratchDirectory;

beforeAll(async () => {
  relay = await startLdapRelay(facts);
  scratch = await openScratchDirectory('CreateCut');
  app = startServices(facts);
  const profileId = await app.saveProfile({
    name: 'Admin via relay',
    port: relay.port,
    identity: facts.admin.upn,
  });
  await app.call('directory.connect', { profileId, password: facts.admin.password });
});

afterAll(async () => {
  await app?.services.dispose();
  await relay?.close();
  // The app created these, not the scratch helper: removed here so its OU can go.
  if (scratch !== undefined) {
    const { searchEntries } = await scratch.admin.search(scratch.ouDn, { scope: 'one', attributes: ['dn'] });
    for (const entry of searchEntries) await scratch.admin.del(entry.dn).catch(() => undefined);
  }
  await scratch?.cleanup();
});

const byId = async (id: number) =>
  (await app.call<ChangeView[]>('changes.list', {})).find((c) => c.id === id)!;

function mailbox() {
  const alias = `cc${randomBytes(4).toString('hex')}`;
  return {
    kind: 'remoteUserMailbox',
    parentDn: scratch.ouDn,
    fields: {
      givenName: 'Cut',
      sn: alias,
      name: `Cut ${alias}`,
      upnPrefix: alias,
      upnSuffix: domain,
      samAccountName: alias,
      alias,
      primaryAddress: `${alias}@${domain}`,
      tenant: facts.tenant,
    },
    password: `Cc-${randomBytes(6).toString('base64url')}-9a!`,
  };
}

async function holders(name: string) {
  const { searchEntries } = await scratch.admin.search(scratch.ouDn, {
    scope: 'one',
    filter: `(cn=${name})`,
    attributes: ['userAccountControl'],
  });
  return searchEntries;
}

describe('a creation whose connection is cut', () => {
  it('after the DC added the entry: the add is retried, found as ours, and the password and enable follow', async () => {
    const input = mailbox();
    const cut = relay.cutOnNextResponse(LDAP_OP.addResponse);
    const steps = await app.call<ChangeView[]>('recipients.create', input);
    await cut;
    // What the journal shows: the add waits to be checked, the password and enable wait behind it.
    expect(steps.map((s) => s.status)).toEqual(['retryable', 'pending', 'pending']);
    const done = await until(
      async () => Promise.all(steps.map((s) => byId(s.id))),
      (now) => now.every((s) => s.status === 'applied'),
    );
    expect(done[0]!.outcome).toMatchObject({ kind: 'applied', alreadyInPlace: true });
    const found = await holders(input.fields.name);
    expect(found).toHaveLength(1);
    expect(Number(found[0]!.userAccountControl) & 2).toBe(0); // enabled
  });

  it('after the password was set: the enable step is retried and the account ends enabled', async () => {
    const input = mailbox();
    const cut = relay.cutOnNextResponse(LDAP_OP.modifyResponse);
    const steps = await app.call<ChangeView[]>('recipients.create', input);
    await cut;
    expect(steps.map((s) => s.status)).toEqual(['applied', 'retryable', 'pending']);
    expect(Number((await holders(input.fields.name))[0]!.userAccountControl) & 2).toBe(2); // still disabled
    const done = await until(
      async () => Promise.all(steps.map((s) => byId(s.id))),
      (now) => now.every((s) => s.status === 'applied'),
    );
    expect(done.map((s) => s.status)).toEqual(['applied', 'applied', 'applied']);
    const found = await holders(input.fields.name);
    expect(found).toHaveLength(1);
    expect(Number(found[0]!.userAccountControl) & 2).toBe(0);
  });
});
