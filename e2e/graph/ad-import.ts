// Test-only: puts AD users of the test DC into the Graph test server as Entra Connect would sync
// them: onPremisesImmutableId = base64 of objectGUID (or mS-DS-ConsistencyGuid where set), the
// proxy addresses with reserved suffixes discarded and the MOERA added, onPremisesSyncEnabled.

import { randomUUID } from 'node:crypto';
import type { Client, Entry } from 'ldapts';
import type { GraphTestServer } from './graph-server.ts';

const RESERVED = /@[^@]*\b(onmicrosoft\.com|microsoftonline\.com)$/i;

function first(e: Entry, name: string): string | undefined {
  const v = e[name];
  const one = Array.isArray(v) ? v[0] : v;
  return one === undefined ? undefined : String(one);
}

function many(e: Entry, name: string): string[] {
  const v = e[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(String);
}

/** Imports every user below baseDn; returns the cloud ids by AD DN. */
export async function importAdUsers(
  server: GraphTestServer,
  ldap: Client,
  baseDn: string,
  initialDomain = 'contoso.onmicrosoft.com',
): Promise<Map<string, string>> {
  const { searchEntries } = await ldap.search(baseDn, {
    scope: 'sub',
    filter: '(&(objectCategory=person)(objectClass=user))',
    attributes: [
      'objectGUID',
      'mS-DS-ConsistencyGuid',
      'userPrincipalName',
      'displayName',
      'mail',
      'mailNickname',
      'proxyAddresses',
      'givenName',
      'sn',
      'sAMAccountName',
      'objectSid',
    ],
    explicitBufferAttributes: ['objectGUID', 'mS-DS-ConsistencyGuid', 'objectSid'],
  });
  const ids = new Map<string, string>();
  const now = new Date().toISOString();
  for (const e of searchEntries) {
    const bytesOf = (name: string): Buffer | undefined => {
      const v = e[name] as Buffer | Buffer[] | undefined;
      const one = Array.isArray(v) ? v[0] : v;
      return Buffer.isBuffer(one) && one.length === 16 ? one : undefined;
    };
    // ldapts lists an absent attribute as []: the consistency GUID counts only when it holds 16 bytes.
    const anchorBytes = bytesOf('mS-DS-ConsistencyGuid') ?? bytesOf('objectGUID');
    if (!anchorBytes) continue;
    const alias = first(e, 'mailNickname') ?? first(e, 'sAMAccountName') ?? 'user';
    const proxies = many(e, 'proxyAddresses').filter((p) => !RESERVED.test(p));
    const moera = `smtp:${alias}@${initialDomain}`;
    if (!proxies.some((p) => p.toLowerCase() === moera.toLowerCase())) proxies.push(moera);
    const id = randomUUID();
    server.put('users', {
      id,
      displayName: first(e, 'displayName') ?? null,
      givenName: first(e, 'givenName') ?? null,
      surname: first(e, 'sn') ?? null,
      userPrincipalName: first(e, 'userPrincipalName') ?? `${alias}@${initialDomain}`,
      mail: first(e, 'mail') ?? null,
      mailNickname: alias,
      proxyAddresses: proxies,
      onPremisesImmutableId: anchorBytes.toString('base64'),
      onPremisesSyncEnabled: true,
      onPremisesLastSyncDateTime: now,
      onPremisesSamAccountName: first(e, 'sAMAccountName') ?? null,
      onPremisesDistinguishedName: e.dn,
      onPremisesProvisioningErrors: [],
      assignedLicenses: [],
      usageLocation: null,
    });
    ids.set(e.dn, id);
  }
  return ids;
}
