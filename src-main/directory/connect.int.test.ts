import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-preload/contract/errors.ts';
import { caPem, facts, ldapsProfile } from '../../e2e/support/int-test-dc.ts';
import type { DirectoryProfile } from './profile.ts';
import { DirectorySession } from './session.ts';

const opened: DirectorySession[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

async function connect(profile: DirectoryProfile, password: string): Promise<DirectorySession> {
  const session = await DirectorySession.connect(profile, password);
  opened.push(session);
  return session;
}

async function failure(profile: DirectoryProfile, password: string): Promise<AppError> {
  try {
    await connect(profile, password);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the connection to fail');
}

/** The fingerprint of the certificate the DC serves, from its file (the test DC keeps it beside its CA). */
function serverFingerprint(): string {
  return new X509Certificate(readFileSync(join(dirname(facts.caFile), 'cert.pem'))).fingerprint256;
}

const otherPin = 'AA:'.repeat(31) + 'AA';
const caFingerprint = new X509Certificate(caPem).fingerprint256;

describe('connecting to the test DC', () => {
  it('binds over LDAPS with the test CA and reads rootDSE facts', async () => {
    const session = await connect(ldapsProfile(), facts.admin.password);
    expect(session.state).toBe('online');
    expect(session.rootDse.defaultNamingContext).toBe(facts.domainDn);
    expect(session.rootDse.dnsHostName.toLowerCase()).toBe(facts.dnsHostName.toLowerCase());
    expect(session.rootDse.domainDnsName.toLowerCase()).toBe(facts.realm.toLowerCase());
    expect(session.rootDse.domainNetbiosName).toBe(facts.netbios);
    expect(session.rootDse.upnSuffixes).toContain(facts.seed.verifiedUpnSuffix);
    expect(session.rootDse.supportedControl).toContain('1.2.840.113556.1.4.319'); // paged results
    expect(Number(session.rootDse.highestCommittedUSN)).toBeGreaterThan(0);
  });

  it('binds with StartTLS on the LDAP port', async () => {
    const session = await connect(
      ldapsProfile({ security: 'starttls', port: facts.ldapPort }),
      facts.admin.password,
    );
    expect(session.rootDse.schemaNamingContext).toBe(facts.schemaDn);
  });

  it('accepts DOMAIN\\user and DN bind names', async () => {
    await connect(
      ldapsProfile({ bindIdentity: `${facts.netbios}\\${facts.accounts.helpdesk.sam}` }),
      facts.accounts.helpdesk.password,
    );
    await connect(
      ldapsProfile({ bindIdentity: facts.accounts.helpdesk.dn }),
      facts.accounts.helpdesk.password,
    );
  });

  it.each([
    ['a wrong password', () => facts.admin.upn, 'not-the-password', 'INVALID_CREDENTIALS'],
    ['a locked account', () => facts.accounts.locked.upn, facts.accounts.locked.password, 'ACCOUNT_LOCKED'],
    [
      'a disabled account',
      () => facts.accounts.disabled.upn,
      facts.accounts.disabled.password,
      'ACCOUNT_DISABLED',
    ],
    [
      'an expired account',
      () => facts.accounts.expired.upn,
      facts.accounts.expired.password,
      'ACCOUNT_EXPIRED',
    ],
    [
      'a password that must change',
      () => facts.accounts.mustChange.upn,
      facts.accounts.mustChange.password,
      'PASSWORD_MUST_CHANGE',
    ],
  ])('maps %s to its code', async (_case, identity, password, code) => {
    const error = await failure(ldapsProfile({ bindIdentity: identity() }), password);
    expect(error.code).toBe(code);
    expect(error.details?.resultCode).toBe(49);
    expect(String(error.details?.diagnostic)).not.toBe('');
  });

  it('refuses an untrusted certificate with its facts, then accepts it once pinned', async () => {
    const untrusted = ldapsProfile({ caPem: undefined });
    const error = await failure(untrusted, facts.admin.password);
    expect(error.code).toBe('TLS_UNTRUSTED');
    const fingerprint = serverFingerprint();
    expect(error.details).toMatchObject({ fingerprint256: fingerprint, nameMatches: true });
    expect(String(error.details?.subject)).toContain(facts.dnsHostName);
    expect(String(error.details?.issuer)).toContain('RecipientDesk Test CA');
    expect(error.details?.san).toContain('IP Address:127.0.0.1');
    expect(typeof error.details?.validTo).toBe('string');

    const pinned = await connect(
      { ...untrusted, pinnedFingerprints: [String(error.details?.fingerprint256)] },
      facts.admin.password,
    );
    expect(pinned.state).toBe('online');
  });

  it('does not accept an untrusted certificate with a different pin', async () => {
    const error = await failure(
      ldapsProfile({ caPem: undefined, pinnedFingerprints: [otherPin] }),
      facts.admin.password,
    );
    expect(error.code).toBe('TLS_UNTRUSTED');
  });

  it.each([
    ['LDAPS', {}],
    ['StartTLS', { security: 'starttls', port: facts.ldapPort }],
  ] as const)('%s: refuses a chain the CA trusts when it holds none of the pins', async (_, transport) => {
    const error = await failure(
      ldapsProfile({ ...transport, pinnedFingerprints: [otherPin] }),
      facts.admin.password,
    );
    expect(error.code).toBe('TLS_UNTRUSTED');
    expect(error.details).toMatchObject({ fingerprint256: serverFingerprint(), reason: 'NOT_PINNED' });
  });

  it.each([
    ['LDAPS', {}],
    ['StartTLS', { security: 'starttls', port: facts.ldapPort }],
  ] as const)(
    '%s: of two pins, accepts the one in the chain (the DC certificate or its CA)',
    async (_, transport) => {
      const leafPinned = ldapsProfile({
        ...transport,
        caPem: undefined,
        pinnedFingerprints: [otherPin, serverFingerprint()],
      });
      expect((await connect(leafPinned, facts.admin.password)).state).toBe('online');
      const caPinned = ldapsProfile({ ...transport, pinnedFingerprints: [otherPin, caFingerprint] });
      expect((await connect(caPinned, facts.admin.password)).state).toBe('online');
    },
  );

  it('refuses ldaps://[::1], which the certificate does not name', async () => {
    const error = await failure(ldapsProfile({ host: '::1' }), facts.admin.password);
    expect(error.code).toBe('TLS_NAME_MISMATCH');
    expect(error.details?.names).toEqual(expect.arrayContaining(['127.0.0.1', 'localhost']));
  });

  it('reports the DC refusing a simple bind over plain LDAP', async () => {
    const error = await failure(
      ldapsProfile({ security: 'plain', port: facts.ldapPort, allowPlain: true }),
      facts.admin.password,
    );
    expect(error.code).toBe('STRONG_AUTH_REQUIRED');
  });

  it('refuses plain LDAP without consent before connecting at all', async () => {
    // Port 1 has no listener: reaching the network would give HOST_UNREACHABLE instead.
    const error = await failure(ldapsProfile({ security: 'plain', port: 1 }), facts.admin.password);
    expect(error.code).toBe('CONSENT_REQUIRED');
  });

  it('maps a port with no listener to HOST_UNREACHABLE', async () => {
    expect((await failure(ldapsProfile({ port: 1 }), facts.admin.password)).code).toBe('HOST_UNREACHABLE');
  });
});
