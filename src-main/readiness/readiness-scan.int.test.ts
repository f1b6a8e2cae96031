import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeView, Finding, ReadinessReport } from '../../src-preload/contract/index.ts';
import { fixChanges } from '../../src-preload/shared/readiness/fix-edit.ts';
import { ScratchDirectory } from '../../e2e/support/scratch-objects.ts';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { startServices, type ServicesHarness } from '../../e2e/support/services-harness.ts';
import { readFileSync } from 'node:fs';

// The seed plants every problem a readiness checker must find, and tricky valid objects it must
// not flag (e2e/dc/seed/broken-cases.ts, valid-cases.ts; their DNs are in the DC facts). The scan
// runs over the whole domain with OU=Not Synced outside the sync scope, as Entra Connect would be.
const facts = loadDcFacts();
let app: ServicesHarness;
let report: ReadinessReport;

// Which rule each planted problem is reported under.
const EXPECTED_RULE: Record<string, string[]> = {
  'duplicate-proxy-users': ['duplicate'],
  'duplicate-proxy-user-group': ['object-type-mismatch'],
  'two-smtp-primaries': ['multiple-primaries'],
  'mail-not-primary': ['mail-differs-from-primary'],
  'upn-unverified-suffix': ['unverified-suffix'],
  'onmicrosoft-proxy': ['reserved-cloud-domain'],
  'alias-with-space': ['contains-space'],
  'alias-with-ampersand': ['ampersand'],
  'alias-leading-dot': ['dot-at-edge'],
  'display-name-spaces': ['surrounding-space'],
  'invalid-address-characters': ['contains-space', 'invalid-character'],
  'no-smtp-primary': ['no-primary'],
};

beforeAll(async () => {
  app = startServices(facts);
  await app.call('directory.connect', {
    profile: {
      name: 'Readiness',
      host: facts.host,
      port: facts.ldapsPort,
      security: 'ldaps',
      bindIdentity: facts.admin.upn,
      caPem: readFileSync(facts.caFile, 'utf8'),
    },
    password: facts.admin.password,
  });
  report = await app.call<ReadinessReport>('readiness.scan', {
    baseDn: facts.domainDn,
    excludeDns: [facts.seed.notSyncedOuDn],
    verifiedDomains: [facts.seed.verifiedUpnSuffix],
  });
}, 120_000);
afterAll(async () => {
  await app?.services.dispose();
});

const on = (dn: string, attribute?: string): Finding[] =>
  report.findings.filter(
    (f) => f.dn.toLowerCase() === dn.toLowerCase() && (attribute === undefined || f.attribute === attribute),
  );

describe('readiness scan of the seeded domain', () => {
  const flagged = facts.seed.cases.filter((c) => c.expect === 'flag');
  const valid = facts.seed.cases.filter((c) => c.expect === 'ok');

  it('knows a rule for every planted problem (a new seed case needs one here)', () => {
    expect(flagged.map((c) => c.id).sort()).toEqual(Object.keys(EXPECTED_RULE).sort());
    expect(report.checked).toBeGreaterThan(facts.seed.users / 2);
    expect(report.outOfScope).toBeGreaterThan(0);
  });

  it('says the Exchange attributes are in the schema and since when (the test DC extends it at provisioning)', () => {
    expect(report.health.exchangeSchema).toBe(true);
    const at = Date.parse(report.health.extendedAt ?? '');
    expect(at).toBeGreaterThan(Date.parse('2020-01-01'));
    expect(at).toBeLessThanOrEqual(Date.now());
    expect(report.health.advice).toContain('Start-ADSyncSyncCycle -PolicyType Initial');
  });

  for (const c of facts.seed.cases.filter((x) => x.expect === 'flag')) {
    it(`finds ${c.id} on every object it was planted on: ${c.description}`, () => {
      for (const dn of c.dns) {
        const rules = on(dn, c.attribute).map((f) => f.rule);
        expect(rules, `${dn}: ${JSON.stringify(on(dn))}`).toEqual(
          expect.arrayContaining(EXPECTED_RULE[c.id] ?? ['?']),
        );
      }
    });
  }

  it('lists every member of a duplicate set, each naming the others', () => {
    for (const id of ['duplicate-proxy-users', 'duplicate-proxy-user-group']) {
      const c = flagged.find((x) => x.id === id)!;
      for (const dn of c.dns) {
        const dup = on(dn, 'proxyAddresses').find((f) => f.kind === 'Duplicate')!;
        const others = dup.others!.map((o) => o.dn.toLowerCase());
        for (const other of c.dns.filter((d) => d !== dn)) expect(others).toContain(other.toLowerCase());
      }
    }
  });

  it('flags no valid tricky value (apostrophes, plus signs, X500 with parentheses, escaped names)', () => {
    // A valid case's object may also carry a planted problem of its own (a flag case on the same
    // DN and attribute); anything else reported on it is a false alarm.
    for (const c of valid) {
      for (const dn of c.dns) {
        const explained = new Set(
          flagged
            .filter((f) => f.dns.includes(dn) && f.attribute === c.attribute)
            .flatMap((f) => EXPECTED_RULE[f.id] ?? []),
        );
        const alarms = on(dn, c.attribute).filter((f) => !explained.has(f.rule) && f.severity === 'error');
        expect(alarms, `${c.id} on ${dn}`).toEqual([]);
      }
    }
  });

  it('does not count a duplicate held outside the sync scope', () => {
    const c = valid.find((x) => x.id === 'duplicate-outside-sync-scope')!;
    const inScope = c.dns.find((dn) => !dn.toLowerCase().endsWith(facts.seed.notSyncedOuDn.toLowerCase()))!;
    const shared = on(inScope, 'proxyAddresses').filter(
      (f) => f.kind === 'Duplicate' && f.others?.some((o) => /not synced/i.test(o.dn)),
    );
    expect(shared).toEqual([]);
    expect(report.findings.some((f) => /OU=Not Synced/i.test(f.dn))).toBe(false);
  });
});

describe('progress and cancel', () => {
  it('counts up page by page, and Stop ends the scan at once with nothing reported', async () => {
    const seen: number[] = [];
    const stop = app.services.bus.subscribe((name, payload) => {
      if (name !== 'onReadinessProgress') return;
      const { scanId, read } = payload as { scanId: string; read: number };
      if (scanId !== 'stop-me') return;
      seen.push(read);
      if (seen.length === 1) void app.call('readiness.cancel', { scanId });
    });
    try {
      const stopped = await app.call<ReadinessReport>('readiness.scan', {
        baseDn: facts.domainDn,
        scanId: 'stop-me',
      });
      expect(seen[0]).toBeGreaterThan(0);
      expect(stopped.cancelled).toBe(true);
      expect(stopped.findings).toEqual([]);
      expect(stopped.read).toBeLessThan(report.checked + report.skipped);
    } finally {
      stop();
    }
  });
});

describe('fixing what the scan found', () => {
  it('applies the suggested fixes through the journal, and a re-scan of the OU comes back clean', async () => {
    const scratch = new ScratchDirectory(facts);
    try {
      const client = await scratch.client();
      const dn = `CN=Fix Me,${scratch.ouDn}`;
      await client.add(dn, {
        objectClass: ['top', 'person', 'organizationalPerson', 'user'],
        cn: 'Fix Me',
        sAMAccountName: `fix${Date.now() % 1_000_000}`,
        userAccountControl: '514',
        displayName: ' Fix Me ',
        mail: 'fix.me@contoso.com',
        mailNickname: 'Fix Me',
        proxyAddresses: [
          'SMTP:fix.me@contoso.com',
          'SMTP:f.me@contoso.com',
          'smtp:fix.me@contoso.onmicrosoft.com',
          'smtp:fix me@contoso.com',
        ],
      });
      const scan = () => app.call<ReadinessReport>('readiness.scan', { baseDn: scratch.ouDn });
      const before = await scan();
      expect(new Set(before.findings.map((f) => f.rule))).toEqual(
        new Set(['surrounding-space', 'contains-space', 'multiple-primaries', 'reserved-cloud-domain']),
      );
      const changes = fixChanges(before.findings);
      expect(changes).toHaveLength(1);
      const applied = await app.call<ChangeView[]>('changes.submit', { changes });
      expect(applied.map((c) => c.status)).toEqual(['applied']);

      expect((await scan()).findings).toEqual([]);
      expect(await scratch.read(dn, 'proxyAddresses')).toEqual(
        expect.arrayContaining(['SMTP:fix.me@contoso.com', 'smtp:f.me@contoso.com']),
      );
      expect(await scratch.read(dn, 'proxyAddresses')).toHaveLength(2);
      expect(await scratch.read(dn, 'displayName')).toEqual(['Fix Me']);
      expect(await scratch.read(dn, 'mailNickname')).toEqual(['Fix.Me']);
    } finally {
      await scratch.dispose();
    }
  });
});

describe('re-scanning', () => {
  it('reads only what changed since the last scan: an edit, a new object, a deletion and a move out', async () => {
    const scratch = new ScratchDirectory(facts);
    try {
      const client = await scratch.client();
      const elsewhere = `OU=Elsewhere,${scratch.ouDn}`;
      await client.add(elsewhere, { objectClass: ['top', 'organizationalUnit'], ou: 'Elsewhere' });
      const SIZE = 40;
      for (let i = 1; i <= SIZE; i++)
        await scratch.createUser(`User ${i} Rescan`, {
          displayName: `User ${i} Rescan`,
          mailNickname: `user${i}.rescan`,
        });
      const scan = (incremental: boolean) =>
        app.call<ReadinessReport>('readiness.scan', {
          baseDn: scratch.ouDn,
          excludeDns: [elsewhere],
          incremental,
        });
      const full = await scan(true); // nothing to build on yet: a full scan
      expect(full).toMatchObject({ incremental: false, checked: SIZE, findings: [], read: SIZE });

      // Another admin's work between the scans.
      await scratch.replace(`CN=User 1 Rescan,${scratch.ouDn}`, 'displayName', [' User 1 Rescan ']);
      await scratch.createUser('New Rescan', { displayName: 'New Rescan', mailNickname: 'new rescan' });
      await client.del(`CN=User 2 Rescan,${scratch.ouDn}`);
      await client.modifyDN(`CN=User 3 Rescan,${scratch.ouDn}`, `CN=User 3 Rescan,${elsewhere}`);

      const again = await scan(true);
      expect(again.incremental).toBe(true);
      // The four changed objects (an edit, an add, a tombstone, a move), plus whatever other tests
      // changed in the domain meanwhile: far fewer than the scope.
      expect(again.read).toBeGreaterThanOrEqual(4);
      expect(again.read).toBeLessThan(SIZE);
      expect(again.checked).toBe(SIZE - 2 + 1);
      expect(again.outOfScope).toBe(1);
      expect(again.findings.map((f) => [f.dn.split(',')[0], f.rule]).sort()).toEqual([
        ['CN=New Rescan', 'contains-space'],
        ['CN=User 1 Rescan', 'surrounding-space'],
      ]);
      // Asked for in full, the same scope reads it all again and agrees.
      const fresh = await scan(false);
      expect(fresh).toMatchObject({ incremental: false, checked: again.checked, read: SIZE, outOfScope: 1 });
      expect(fresh.findings).toEqual(again.findings);
    } finally {
      await scratch.dispose();
    }
  });
});
