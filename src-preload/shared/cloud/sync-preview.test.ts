import { describe, expect, it } from 'vitest';
import { expectedCloudUser } from './expected-cloud-user.ts';
import { immutableIdFromGuid } from './immutable-id.ts';
import type { SyncSource, SyncTenant } from './sync-attributes.ts';
import { syncPreview } from './sync-preview.ts';

const guid = '0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9';
const anchor = immutableIdFromGuid(guid);
const tenant: SyncTenant = {
  verifiedDomains: [
    { name: 'contoso.com', isInitial: false, isDefault: true },
    { name: 'contoso.onmicrosoft.com', isInitial: true, isDefault: false },
    { name: 'contoso.mail.onmicrosoft.com', isInitial: false, isDefault: false },
  ],
  hardMatchTakeoverBlocked: false,
};

function pat(attrs: Record<string, string[]> = {}): SyncSource {
  return {
    dn: 'CN=Pat Lee,OU=Sales,DC=corp,DC=contoso,DC=com',
    objectGuid: guid,
    attrs: {
      userPrincipalName: ['pat@contoso.com'],
      sAMAccountName: ['plee'],
      mailNickname: ['pat'],
      displayName: ['Pat Lee'],
      mail: ['pat@contoso.com'],
      proxyAddresses: ['SMTP:pat@contoso.com', 'smtp:p.lee@contoso.com'],
      userAccountControl: ['512'],
      extensionAttribute3: ['cost-centre 41'],
      ...attrs,
    },
  };
}

/** The cloud user as the last sync left it: the expected object of the AD values then. */
function syncedCloud(source: SyncSource): Record<string, unknown> {
  return { id: 'u1', ...expectedCloudUser(source, tenant, null).user };
}

describe('sync preview of a synced user', () => {
  it('shows nothing pending when AD has not changed since the last sync', () => {
    const p = syncPreview(pat(), tenant, { user: syncedCloud(pat()), matchedBy: 'immutableId' });
    expect(p.outcome).toBe('update');
    expect(p.flows).toBe(true);
    expect(p.changes).toEqual([]);
  });

  it('shows an added address and a changed custom attribute, and nothing else', () => {
    const edited = pat({
      proxyAddresses: ['SMTP:pat@contoso.com', 'smtp:p.lee@contoso.com', 'smtp:sales@contoso.com'],
      extensionAttribute3: ['cost-centre 42'],
    });
    const p = syncPreview(edited, tenant, { user: syncedCloud(pat()), matchedBy: 'immutableId' });
    expect(p.changes.map((c) => c.property)).toEqual([
      'proxyAddresses',
      'onPremisesExtensionAttributes/extensionAttribute3',
    ]);
    expect(p.changes[0]?.details).toEqual(['Added: sales@contoso.com']);
    expect(p.changes[1]).toMatchObject({
      adAttribute: 'extensionAttribute3',
      before: 'cost-centre 41',
      after: 'cost-centre 42',
    });
  });

  it('shows a reserved-suffix address as discarded, not as a change, and keeps the service MOERA', () => {
    const edited = pat({
      proxyAddresses: [
        'SMTP:pat@contoso.com',
        'smtp:p.lee@contoso.com',
        'smtp:pat.x@contoso.onmicrosoft.com',
      ],
    });
    const p = syncPreview(edited, tenant, { user: syncedCloud(pat()), matchedBy: 'immutableId' });
    expect(p.changes).toEqual([]);
    expect(p.discarded).toHaveLength(1);
    expect(p.discarded[0]).toMatchObject({ value: 'smtp:pat.x@contoso.onmicrosoft.com' });
    expect(p.discarded[0]?.reason).toMatch(/Microsoft-reserved domain/);
    expect(p.notes.join(' ')).toMatch(/pat@contoso\.onmicrosoft\.com is the service's own address/);
  });

  it('words a primary change as one address changing role, and a removal as dropped', () => {
    const edited = pat({ proxyAddresses: ['smtp:pat@contoso.com', 'SMTP:p.lee@contoso.com'] });
    const cloud = syncedCloud(
      pat({ proxyAddresses: [...pat().attrs.proxyAddresses!, 'smtp:old@contoso.com'] }),
    );
    const change = syncPreview(edited, tenant, { user: cloud, matchedBy: 'immutableId' }).changes[0];
    expect(change?.details).toEqual([
      'No longer the primary address: pat@contoso.com',
      'Becomes the primary address: p.lee@contoso.com',
      "Dropped: old@contoso.com (no longer in AD's proxyAddresses)",
    ]);
  });

  it('says the sync will not add a missing MOERA to an existing user', () => {
    const cloud = {
      ...syncedCloud(pat()),
      proxyAddresses: ['SMTP:pat@contoso.com', 'smtp:p.lee@contoso.com'],
    };
    const p = syncPreview(pat(), tenant, { user: cloud, matchedBy: 'immutableId' });
    expect(p.changes).toEqual([]);
    expect(p.notes.join(' ')).toMatch(
      /no address at contoso\.onmicrosoft\.com, and the sync will not add one/,
    );
  });

  it('reports hide-from-address-lists as not visible in Graph rather than inventing a property', () => {
    const p = syncPreview(pat({ msExchHideFromAddressLists: ['TRUE'] }), tenant, {
      user: syncedCloud(pat()),
      matchedBy: 'immutableId',
    });
    expect(p.changes).toEqual([]);
    expect(p.notInGraph).toHaveLength(1);
    expect(p.notInGraph[0]?.text).toMatch(/^Hidden in address lists.*Microsoft Graph does not show/);
  });

  it('says cloud-managed users do not take AD edits', () => {
    const p = syncPreview(pat({ displayName: ['Pat Lee (Sales)'] }), tenant, {
      user: syncedCloud(pat()),
      matchedBy: 'immutableId',
      cloudManaged: true,
    });
    expect(p.outcome).toBe('cloud-managed');
    expect(p.flows).toBe(false);
    expect(p.changes.map((c) => c.property)).toEqual(['displayName']);
  });
});

describe('sync preview of a user not yet synced', () => {
  it('creates the cloud user: reserved and unverified addresses discarded, MOERA added, UPN moved to the initial domain', () => {
    const p = syncPreview(
      pat({
        userPrincipalName: ['pat@fabrikam.com'],
        proxyAddresses: ['SMTP:pat@contoso.com', 'smtp:pat@fabrikam.com', 'smtp:pat@contoso.onmicrosoft.com'],
        title: ['Buyer'],
      }),
      tenant,
      { user: null, matchedBy: null },
    );
    expect(p.outcome).toBe('create');
    const after = Object.fromEntries(p.changes.map((c) => [c.property, c.after]));
    expect(after).toMatchObject({
      userPrincipalName: 'pat@contoso.onmicrosoft.com',
      onPremisesUserPrincipalName: 'pat@fabrikam.com',
      proxyAddresses: ['SMTP:pat@contoso.com', 'smtp:pat@contoso.onmicrosoft.com'],
      jobTitle: 'Buyer',
      accountEnabled: true,
      onPremisesImmutableId: anchor,
      onPremisesSyncEnabled: true,
      onPremisesDomainName: 'corp.contoso.com',
      'onPremisesExtensionAttributes/extensionAttribute3': 'cost-centre 41',
    });
    expect(p.changes.find((c) => c.property === 'userPrincipalName')?.reason).toMatch(
      /fabrikam\.com is not a verified domain.*signs in as pat@contoso\.onmicrosoft\.com/,
    );
    expect(p.discarded.map((d) => d.value)).toEqual([
      'pat@fabrikam.com',
      'smtp:pat@fabrikam.com',
      'smtp:pat@contoso.onmicrosoft.com',
    ]);
  });

  it('soft matches a cloud-only user by UPN: AD values overwrite, the cloud alias address stays', () => {
    const cloud = {
      id: 'c1',
      userPrincipalName: 'pat@contoso.com',
      displayName: 'Pat (cloud)',
      proxyAddresses: ['SMTP:pat@contoso.com', 'smtp:pat@contoso.onmicrosoft.com'],
      onPremisesImmutableId: null,
      onPremisesSyncEnabled: null,
    };
    const p = syncPreview(pat(), tenant, { user: cloud, matchedBy: 'userPrincipalName' });
    expect(p.outcome).toBe('soft-match');
    const byName = Object.fromEntries(p.changes.map((c) => [c.property, c]));
    expect(byName.displayName).toMatchObject({ before: 'Pat (cloud)', after: 'Pat Lee' });
    expect(byName.onPremisesImmutableId).toMatchObject({ before: null, after: anchor });
    expect(byName.proxyAddresses?.details).toEqual(['Added: p.lee@contoso.com']);
  });

  it('refuses a soft match onto a cloud user that belongs to another AD object', () => {
    const cloud = { id: 'c1', userPrincipalName: 'pat@contoso.com', onPremisesImmutableId: 'b3RoZXI=' };
    const p = syncPreview(pat(), tenant, { user: cloud, matchedBy: 'userPrincipalName' });
    expect(p).toMatchObject({ outcome: 'blocked', flows: false, changes: [] });
    expect(p.outcomeText).toMatch(/InvalidSoftMatch/);
  });

  it('takes over a cloud-only user carrying the anchor, unless the tenant blocks hard-match takeover', () => {
    const cloud = { id: 'c1', userPrincipalName: 'room1@contoso.com', onPremisesImmutableId: anchor };
    expect(syncPreview(pat(), tenant, { user: cloud, matchedBy: 'immutableId' }).outcome).toBe('hard-match');
    const blocked = syncPreview(
      pat(),
      { ...tenant, hardMatchTakeoverBlocked: true },
      {
        user: cloud,
        matchedBy: 'immutableId',
      },
    );
    expect(blocked.outcome).toBe('blocked');
    expect(blocked.outcomeText).toMatch(/InvalidHardMatch/);
  });

  it('does not flow custom attributes or addresses without mailNickname, and says why', () => {
    const source = pat();
    const { mailNickname: _, ...rest } = source.attrs;
    const p = syncPreview({ ...source, attrs: rest }, tenant, { user: null, matchedBy: null });
    expect(p.changes.some((c) => c.property.startsWith('onPremisesExtensionAttributes/'))).toBe(false);
    expect(p.changes.find((c) => c.property === 'mailNickname')?.after).toBe('plee');
    expect(p.notes.join(' ')).toMatch(/mailNickname is not set.*proxyAddresses, extensionAttribute3/);
  });

  it('leaves critical system objects out of sync', () => {
    const p = syncPreview(pat({ isCriticalSystemObject: ['TRUE'] }), tenant, { user: null, matchedBy: null });
    expect(p).toMatchObject({ outcome: 'out-of-scope', flows: false, changes: [] });
  });
});
