import { immutableIdFromGuid } from '../cloud/immutable-id.ts';
import { provisioningErrorText, type ProvisioningError } from '../cloud/match.ts';
import { parseProxyAddress } from '../recipients/proxy-addresses.ts';
import { baseClassOf } from '../recipients/recipient-kind.ts';
import type { Finding } from './finding.ts';
import { firstValue, valuesOf, type ScanEntry } from './scan-entry.ts';

/** One user, group or contact as Microsoft 365 holds it: what the sync will meet there. */
export interface CloudDirectoryObject {
  id: string;
  kind: 'user' | 'group' | 'contact';
  displayName: string | null;
  userPrincipalName: string | null;
  mail: string | null;
  proxyAddresses: string[];
  onPremisesImmutableId: string | null;
  onPremisesSyncEnabled: boolean | null;
  provisioningErrors: ProvisioningError[];
}

/** Addresses the service makes itself (the MOERA): the AD rules flag them on the AD side already. */
const SERVICE_DOMAIN = /@([a-z0-9-]+\.)*(onmicrosoft\.com|microsoftonline\.com)$/i;

function cloudAddresses(o: CloudDirectoryObject): string[] {
  const list = o.proxyAddresses
    .map(parseProxyAddress)
    .filter((p) => p.type === 'smtp')
    .map((p) => p.address.toLowerCase());
  if (o.mail) list.push(o.mail.toLowerCase());
  return [...new Set(list)].filter((a) => !SERVICE_DOMAIN.test(a));
}

function cloudPrimary(o: CloudDirectoryObject): string | null {
  const primary = o.proxyAddresses.map(parseProxyAddress).find((p) => p.type === 'smtp' && p.primary);
  return (primary?.address ?? o.mail ?? '').toLowerCase() || null;
}

function describe(o: CloudDirectoryObject): string {
  const name = o.displayName ?? o.userPrincipalName ?? o.mail ?? o.id;
  const origin =
    o.onPremisesSyncEnabled === true || o.onPremisesImmutableId
      ? 'synced from another AD object'
      : 'made in the cloud';
  return `the cloud ${o.kind} "${name}"${o.userPrincipalName ? ` (${o.userPrincipalName})` : ''}, ${origin}`;
}

const kindOf = (e: ScanEntry): 'user' | 'group' | 'contact' | null => {
  const base = baseClassOf(e.objectClass);
  return base === 'user' || base === 'group' || base === 'contact' ? base : null;
};

/**
 * The AD object's cloud twin, as the sync finds it: a user by its anchor (ImmutableId from the
 * objectGUID, as Entra Connect sets it), a synced group or contact by its mail. Null when the
 * sync would create a new object.
 */
function twinOf(
  entry: ScanEntry,
  byAnchor: Map<string, CloudDirectoryObject>,
  syncedByMail: Map<string, CloudDirectoryObject>,
): CloudDirectoryObject | null {
  const kind = kindOf(entry);
  if (kind === 'user') {
    const anchor = immutableIdFromGuid(entry.objectGuid);
    return anchor ? (byAnchor.get(anchor) ?? null) : null;
  }
  const mail = firstValue(entry, 'mail').toLowerCase();
  const twin = mail ? syncedByMail.get(`${kind}:${mail}`) : undefined;
  return twin ?? null;
}

/**
 * What the next sync will meet in Microsoft 365 that the AD side alone cannot show: the same UPN or
 * address on a cloud object that is not the AD object's twin (the export fails with
 * AttributeValueMustBeUnique), a cloud-only user the sync will join instead (a soft match), the
 * provisioning errors the tenant reports already, and mail-enabled objects whose Exchange
 * attributes never reached the cloud (seed scenario 7).
 */
export function cloudFindings(
  entries: readonly ScanEntry[],
  cloud: readonly CloudDirectoryObject[],
): Finding[] {
  const byAnchor = new Map<string, CloudDirectoryObject>();
  const syncedByMail = new Map<string, CloudDirectoryObject>();
  const byAddress = new Map<string, CloudDirectoryObject[]>();
  const byUpn = new Map<string, CloudDirectoryObject>();
  // Cloud-only users: the ones a soft match can join.
  const softByUpn = new Map<string, CloudDirectoryObject>();
  const softByPrimary = new Map<string, CloudDirectoryObject>();
  for (const o of cloud) {
    if (o.onPremisesImmutableId) byAnchor.set(o.onPremisesImmutableId, o);
    if (o.kind !== 'user' && o.onPremisesSyncEnabled === true && o.mail)
      syncedByMail.set(`${o.kind}:${o.mail.toLowerCase()}`, o);
    for (const a of cloudAddresses(o)) byAddress.set(a, [...(byAddress.get(a) ?? []), o]);
    if (o.userPrincipalName) byUpn.set(o.userPrincipalName.toLowerCase(), o);
    if (o.kind === 'user' && !o.onPremisesImmutableId && o.onPremisesSyncEnabled !== true) {
      if (o.userPrincipalName) softByUpn.set(o.userPrincipalName.toLowerCase(), o);
      const p = cloudPrimary(o);
      if (p) softByPrimary.set(p, o);
    }
  }
  const findings: Finding[] = [];
  for (const entry of entries) {
    const kind = kindOf(entry);
    if (kind === null) continue;
    const twin = twinOf(entry, byAnchor, syncedByMail);
    const base = {
      dn: entry.dn,
      objectGuid: entry.objectGuid,
      objectClass: entry.objectClass,
      objectKind: kind,
    };
    const upn = firstValue(entry, 'userPrincipalName');
    const proxies = valuesOf(entry, 'proxyAddresses');
    const primary = proxies
      .map(parseProxyAddress)
      .find((p) => p.type === 'smtp' && p.primary)
      ?.address.toLowerCase();
    // A cloud-only user of the same UPN or primary address is joined, not duplicated.
    const soft =
      twin === null && kind === 'user'
        ? ((upn !== '' ? softByUpn.get(upn.toLowerCase()) : undefined) ??
          (primary !== undefined ? softByPrimary.get(primary) : undefined) ??
          null)
        : null;
    if (soft)
      findings.push({
        ...base,
        rule: 'cloud-soft-match',
        kind: 'Duplicate',
        severity: 'warning',
        attribute:
          upn && soft.userPrincipalName?.toLowerCase() === upn.toLowerCase()
            ? 'userPrincipalName'
            : 'proxyAddresses',
        current: [],
        problem: `The sync will join this account to ${describe(soft)} (a soft match) and overwrite its values from AD. If that is not the same person or mailbox, change the UPN or address here first; if it is, this is how a cloud mailbox is taken over.`,
      });
    const mine = (o: CloudDirectoryObject) => o === twin || o === soft;
    const clash = (attribute: string, value: string, holder: CloudDirectoryObject) =>
      findings.push({
        ...base,
        rule: holder.kind === kind ? 'cloud-duplicate' : 'cloud-object-type-mismatch',
        kind: 'Duplicate',
        severity: 'error',
        attribute,
        value,
        current: valuesOf(entry, attribute),
        problem: `Microsoft 365 already has ${value.replace(/^smtp:/i, '')} on ${describe(holder)}: the export fails with ${holder.kind === kind ? 'AttributeValueMustBeUnique' : 'ObjectTypeMismatch'} until one of them gives it up.`,
        others: [
          { dn: `Microsoft 365: ${holder.displayName ?? holder.id}`, attribute: 'proxyAddresses', value },
        ],
      });
    if (kind === 'user' && upn !== '') {
      const holder = byUpn.get(upn.toLowerCase());
      if (holder && !mine(holder)) clash('userPrincipalName', upn, holder);
    }
    const seen = new Set<string>();
    const addresses = [
      ...proxies
        .map((raw) => ({ raw, p: parseProxyAddress(raw) }))
        .filter((x) => x.p.type === 'smtp')
        .map((x) => ({ attribute: 'proxyAddresses', raw: x.raw, key: x.p.address.toLowerCase() })),
      ...valuesOf(entry, 'mail').map((raw) => ({ attribute: 'mail', raw, key: raw.toLowerCase() })),
    ];
    for (const a of addresses) {
      if (seen.has(a.key) || SERVICE_DOMAIN.test(a.key)) continue;
      seen.add(a.key);
      const holder = (byAddress.get(a.key) ?? []).find((o) => !mine(o));
      if (holder) clash(a.attribute, a.raw, holder);
    }
    if (twin === null) continue;
    for (const e of twin.provisioningErrors)
      findings.push({
        ...base,
        rule: 'cloud-provisioning-error',
        kind: 'Duplicate',
        severity: 'error',
        attribute: e.propertyCausingError === 'UserPrincipalName' ? 'userPrincipalName' : 'proxyAddresses',
        ...(e.value ? { value: e.value } : {}),
        current: [],
        problem: `Microsoft 365 reports for this object: ${provisioningErrorText(e)}`,
      });
    const mailEnabled = firstValue(entry, 'mailNickname') !== '' && firstValue(entry, 'mail') !== '';
    if (
      kind === 'user' &&
      mailEnabled &&
      twin.onPremisesSyncEnabled === true &&
      !twin.mail &&
      twin.proxyAddresses.length === 0
    )
      findings.push({
        ...base,
        rule: 'exchange-attributes-not-in-cloud',
        kind: 'Blank',
        severity: 'warning',
        attribute: 'mail',
        current: valuesOf(entry, 'mail'),
        problem:
          'This user is mail-enabled in AD, but its cloud twin has no mail and no addresses: the sync does not carry its Exchange attributes. That happens when the Exchange schema was added after Entra Connect was installed: refresh the connector schema (Entra Connect wizard: Refresh directory schema), then run Start-ADSyncSyncCycle -PolicyType Initial.',
      });
  }
  return findings;
}
