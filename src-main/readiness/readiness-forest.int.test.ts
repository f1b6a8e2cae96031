// The forest scope: the same rules over the connected DC's global catalog. The test forest has one
// domain, so the forest-wide scan must report exactly what the domain scan reports (no object of
// another partition counted, none of the domain's lost), and a re-scan reads only what changed.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadinessReport } from '../../src-preload/contract/index.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { openScratchDirectory, type ScratchDirectory } from '../../e2e/support/scratch-directory.ts';
import { startServices, type ServicesHarness } from '../../e2e/support/services-harness.ts';

const facts = loadDcFacts();
let app: ServicesHarness;
let scratch: ScratchDirectory;
const rules = { excludeDns: [facts.seed.notSyncedOuDn], verifiedDomains: [facts.seed.verifiedUpnSuffix] };
const keys = (r: ReadinessReport) =>
  r.findings.map((f) => `${f.dn.toLowerCase()}|${f.rule}|${f.attribute}|${f.value ?? ''}`).sort();

beforeAll(async () => {
  app = startServices(facts);
  scratch = await openScratchDirectory('Forest');
  await app.call('directory.connect', {
    profile: {
      name: 'Forest',
      host: facts.host,
      port: facts.ldapsPort,
      security: 'ldaps',
      bindIdentity: facts.admin.upn,
      caPem: readFileSync(facts.caFile, 'utf8'),
    },
    password: facts.admin.password,
  });
}, 60_000);
afterAll(async () => {
  await app?.services.dispose();
  await scratch?.cleanup();
});

describe('readiness scan of the forest through the global catalog', () => {
  it('reports what the domain scan reports, and re-scans only what changed', async () => {
    const domain = await app.call<ReadinessReport>('readiness.scan', { baseDn: facts.domainDn, ...rules });
    const forest = await app.call<ReadinessReport>('readiness.scan', { forest: true, ...rules });
    expect(forest.checked).toBe(domain.checked);
    expect(forest.outOfScope).toBe(domain.outOfScope);
    expect(keys(forest)).toEqual(keys(domain));
    expect(forest.findings.length).toBeGreaterThan(10);

    await scratch.createUser('Forest Alias Space', {
      mailNickname: ['has space'],
      mail: ['fas@contoso.com'],
    });
    const again = await app.call<ReadinessReport>('readiness.scan', {
      forest: true,
      incremental: true,
      ...rules,
    });
    expect(again.incremental).toBe(true);
    expect(again.read).toBeLessThan(10);
    expect(
      again.findings.some((f) => f.dn.startsWith('CN=Forest Alias Space') && f.rule === 'contains-space'),
    ).toBe(true);
  });

  it('wants a scope: an OU or domain, or the forest', async () => {
    const result = await app.dispatch('readiness.scan', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
