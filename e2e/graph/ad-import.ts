// Test-only: puts AD users of the test DC into the Graph test server as Entra Connect would sync
// them, through the same rule the sync preview uses (shared/cloud/expected-cloud-user.ts): the
// anchor, the UPN, the proxy calculation with its MOERA, the custom attributes, and so on. An
// imported user therefore previews with nothing pending until it is edited in AD.

import { randomUUID } from 'node:crypto';
import type { Client } from 'ldapts';
import { expectedCloudUser } from '../../src-preload/shared/cloud/expected-cloud-user.ts';
import { outOfSyncScope, type SyncTenant } from '../../src-preload/shared/cloud/sync-attributes.ts';
import { toEntry } from '../../src-main/directory/entry.ts';
import { SYNC_READ_ATTRIBUTES, syncSourceOf } from '../../src-main/cloud/sync-source.ts';
import type { GraphTestServer } from './graph-server.ts';

/** The test server's tenant as the sync rules need it: its organization's verified domains. */
export function serverTenant(server: GraphTestServer): SyncTenant {
  const org = [...server.sets.get('organization')!.values()][0];
  const domains = (org?.verifiedDomains ?? []) as { name: string; isInitial: boolean; isDefault: boolean }[];
  return {
    verifiedDomains: domains.map((d) => ({ name: d.name, isInitial: d.isInitial, isDefault: d.isDefault })),
    hardMatchTakeoverBlocked: server.blockHardMatchTakeover,
  };
}

/** Imports every user below baseDn; returns the cloud ids by AD DN. */
export async function importAdUsers(
  server: GraphTestServer,
  ldap: Client,
  baseDn: string,
): Promise<Map<string, string>> {
  const { searchEntries } = await ldap.search(baseDn, {
    scope: 'sub',
    filter: '(&(objectCategory=person)(objectClass=user))',
    attributes: [...SYNC_READ_ATTRIBUTES],
    explicitBufferAttributes: ['objectGUID', 'mS-DS-ConsistencyGuid'],
    paged: { pageSize: 1000 },
  });
  const tenant = serverTenant(server);
  const ids = new Map<string, string>();
  const now = new Date().toISOString();
  for (const raw of searchEntries) {
    const source = syncSourceOf(toEntry(raw));
    // Entra Connect skips what is out of its scope (critical system objects...) and anchorless entries.
    if (source.objectGuid === '' || outOfSyncScope(source) !== null) continue;
    const { user } = expectedCloudUser(source, tenant, null);
    const id = randomUUID();
    server.put('users', {
      ...user,
      id,
      onPremisesLastSyncDateTime: now,
      onPremisesProvisioningErrors: [],
      assignedLicenses: [],
      usageLocation: null,
    });
    ids.set(raw.dn, id);
  }
  return ids;
}
