// The readiness scan compared with the signed-in tenant, through the registry: the AD objects of a
// scratch OU against the Graph test server, where the test planted what a real tenant holds (a
// cloud-only mailbox with someone's address, a cloud-only user to soft-match, a provisioning error,
// a mail user whose Exchange attributes never arrived). Each is found exactly once, on its object.
import { randomUUID } from 'node:crypto';
import { Attribute, Change } from 'ldapts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloudSignInPrompt, ReadinessReport } from '../../src-preload/contract/index.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { importAdUsers } from '../../e2e/graph/ad-import.ts';
import { GraphTestServer } from '../../e2e/graph/graph-server.ts';
import { graphTestEndpoints } from '../../e2e/graph/graph-test-endpoints.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { startServices, type ServicesHarness } from '../../e2e/support/services-harness.ts';

const facts = loadDcFacts();
let server: GraphTestServer;
let scratch: ScratchDirectory;
let app: ServicesHarness;
const s = Date.now().toString(36);
const addr = (local: string) => `${local}.${s}@contoso.com`;

function person(local: string, extra: Record<string, string[]> = {}): Record<string, string[]> {
  return {
    userPrincipalName: [addr(local)],
    displayName: [local],
    mail: [addr(local)],
    mailNickname: [`${local}.${s}`],
    proxyAddresses: [`SMTP:${addr(local)}`],
    ...extra,
  };
}

beforeAll(async () => {
  server = await GraphTestServer.start();
  scratch = await openScratchDirectory('CloudReady');
  app = startServices(facts, { cloud: graphTestEndpoints(server) });
  app.services.bus.subscribe((name, payload) => {
    if (name !== 'onCloudSignInPrompt') return;
    const prompt = payload as CloudSignInPrompt;
    for (const c of server.login.codes.values()) if (c.userCode === prompt.userCode) c.approved = true;
  });
  const profile = await app.saveProfile({ name: 'Admin', port: facts.ldapsPort, identity: facts.admin.upn });
  await app.call('directory.connect', { profileId: profile, password: facts.admin.password });
});
afterAll(async () => {
  await app?.services.dispose();
  await scratch?.cleanup();
  await server?.stop();
});

describe('readiness compared with Microsoft 365', () => {
  it('says so when not signed in, rather than leaving the cloud out silently', async () => {
    const result = await app.dispatch('readiness.scan', { baseDn: scratch.ouDn, cloud: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'CLOUD_NOT_SIGNED_IN' } });
  });

  it('finds the cloud duplicates, the soft match, the reported errors and the missing Exchange attributes', async () => {
    await app.call('cloud.configure', { clientId: null, tenant: 'contoso.onmicrosoft.com' });
    await app.call('cloud.signIn', { signInId: 'ready' });
    const ann = await scratch.createUser(`Ann ${s}`, person('ann'));
    const dan = await scratch.createUser(`Dan ${s}`, person('dan'));
    const ids = await importAdUsers(server, scratch.admin, scratch.ouDn);
    const users = server.sets.get('users')!;
    users.get(ids.get(ann.dn)!)!.onPremisesProvisioningErrors = [
      {
        category: 'PropertyConflict',
        propertyCausingError: 'ProxyAddress',
        value: `smtp:${addr('ann')}`,
        occurredDateTime: new Date().toISOString(),
      },
    ];
    const danTwin = users.get(ids.get(dan.dn)!)!;
    danTwin.mail = null;
    danTwin.proxyAddresses = [];

    // Made after the import: the sync has not seen these yet.
    const bob = await scratch.createUser(
      `Bob ${s}`,
      person('bob', { proxyAddresses: [`SMTP:${addr('bob')}`, `smtp:${addr('shared')}`] }),
    );
    const cara = await scratch.createUser(`Cara ${s}`, person('cara'));
    const team = await scratch.createGroup(`Team ${s}`, []);
    await scratch.admin.modify(team.dn, [
      new Change({ operation: 'add', modification: new Attribute({ type: 'mail', values: [addr('team')] }) }),
    ]);
    const cloudOnly = (local: string, extra: Record<string, unknown> = {}) =>
      server.put('users', {
        id: randomUUID(),
        displayName: `Cloud ${local}`,
        userPrincipalName: addr(local),
        mail: addr(local),
        proxyAddresses: [`SMTP:${addr(local)}`],
        onPremisesSyncEnabled: null,
        onPremisesImmutableId: null,
        ...extra,
      });
    cloudOnly('shared');
    cloudOnly('cara');
    cloudOnly('teamuser', { proxyAddresses: [`SMTP:${addr('teamuser')}`, `smtp:${addr('team')}`] });

    const report = await app.call<ReadinessReport>('readiness.scan', { baseDn: scratch.ouDn, cloud: true });
    expect(report.cloudCompared).toBeGreaterThanOrEqual(5);
    const cloudRules = report.findings
      .filter((f) => f.rule.startsWith('cloud-') || f.rule === 'exchange-attributes-not-in-cloud')
      .map((f) => `${f.dn.split(',')[0]} ${f.rule} ${f.attribute}`)
      .sort();
    expect(cloudRules).toEqual(
      [
        `CN=Ann ${s} cloud-provisioning-error proxyAddresses`,
        `CN=Bob ${s} cloud-duplicate proxyAddresses`,
        `CN=Cara ${s} cloud-soft-match userPrincipalName`,
        `CN=Dan ${s} exchange-attributes-not-in-cloud mail`,
        `CN=Team ${s} cloud-object-type-mismatch mail`,
      ].sort(),
    );
    const bobs = report.findings.find((f) => f.rule === 'cloud-duplicate')!;
    expect(bobs.value).toBe(`smtp:${addr('shared')}`);
    expect(bobs.problem).toContain('Cloud shared');
    expect(bobs.problem).toContain('made in the cloud');
    expect(bob.dn).toBe(bobs.dn);
    expect(cara.dn).toContain('Cara');
    expect(server.violations).toEqual([]);
  });
});
