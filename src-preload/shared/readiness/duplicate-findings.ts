import { parseProxyAddress } from '../recipients/proxy-addresses.ts';
import { baseClassOf } from '../recipients/recipient-kind.ts';
import type { DuplicateHolder, Finding } from './finding.ts';
import { valuesOf, type ScanEntry } from './scan-entry.ts';

/**
 * Values that must be unique across objects, compared the way the service compares them: case
 * ignored, the smtp:/SMTP: prefix dropped so a mail on one object meets a proxy address on another,
 * and every other address type (X500:, SIP:...) compared with its type. Each space is one
 * namespace; UPNs and aliases are their own.
 */
type Space = 'address' | 'userPrincipalName' | 'mailNickname' | 'targetAddress';

interface Holding {
  entry: ScanEntry;
  attribute: string;
  value: string;
}

function keysOf(entry: ScanEntry): { space: Space; key: string; attribute: string; value: string }[] {
  const keys: { space: Space; key: string; attribute: string; value: string }[] = [];
  for (const value of valuesOf(entry, 'proxyAddresses')) {
    const p = parseProxyAddress(value);
    if (p.type === 'invalid') continue;
    const type = p.type === 'smtp' ? 'smtp' : p.prefix.toLowerCase();
    keys.push({
      space: 'address',
      key: `${type}:${p.address.trim().toLowerCase()}`,
      attribute: 'proxyAddresses',
      value,
    });
  }
  // After the proxies: an address held as both is reported on proxyAddresses, where it is fixed.
  for (const value of valuesOf(entry, 'mail'))
    keys.push({ space: 'address', key: `smtp:${value.trim().toLowerCase()}`, attribute: 'mail', value });
  for (const value of valuesOf(entry, 'userPrincipalName'))
    keys.push({
      space: 'userPrincipalName',
      key: value.toLowerCase(),
      attribute: 'userPrincipalName',
      value,
    });
  for (const value of valuesOf(entry, 'mailNickname'))
    keys.push({ space: 'mailNickname', key: value.toLowerCase(), attribute: 'mailNickname', value });
  for (const value of valuesOf(entry, 'targetAddress')) {
    const p = parseProxyAddress(value);
    const address = p.type === 'invalid' ? value : p.address;
    keys.push({ space: 'targetAddress', key: address.toLowerCase(), attribute: 'targetAddress', value });
  }
  return keys;
}

/**
 * Every value held by more than one object, reported on every holder with the others named (IdFix
 * showed one side only). Where the holders are of different kinds (a user and a group), the sync
 * reports ObjectTypeMismatch rather than AttributeValueMustBeUnique, and so does this.
 */
export function duplicateFindings(entries: readonly ScanEntry[]): Finding[] {
  const bySpace = new Map<string, Holding[]>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const k of keysOf(entry)) {
      const id = `${k.space}\u0000${k.key}`;
      // mail and its own SMTP: proxy are one value of one object, not a duplicate.
      if (seen.has(id)) continue;
      seen.add(id);
      const list = bySpace.get(id);
      const holding = { entry, attribute: k.attribute, value: k.value };
      if (list) list.push(holding);
      else bySpace.set(id, [holding]);
    }
  }
  const findings: Finding[] = [];
  for (const holders of bySpace.values()) {
    if (holders.length < 2) continue;
    const kinds = new Set(holders.map((h) => baseClassOf(h.entry.objectClass)));
    const mismatch = kinds.size > 1;
    for (const h of holders) {
      const others: DuplicateHolder[] = holders
        .filter((o) => o !== h)
        .map((o) => ({ dn: o.entry.dn, attribute: o.attribute, value: o.value }));
      const names = others.map((o) => o.dn).join('; ');
      findings.push({
        rule: mismatch ? 'object-type-mismatch' : 'duplicate',
        kind: 'Duplicate',
        severity: 'error',
        dn: h.entry.dn,
        objectGuid: h.entry.objectGuid,
        objectClass: h.entry.objectClass,
        objectKind: baseClassOf(h.entry.objectClass),
        attribute: h.attribute,
        current: valuesOf(h.entry, h.attribute),
        value: h.value,
        problem: mismatch
          ? `${h.value} is also held by an object of another kind (${names}): Entra Connect reports ObjectTypeMismatch and exports neither. Keep it on one object.`
          : `${h.value} is also held by ${names}: Entra Connect reports AttributeValueMustBeUnique and exports only one of them. Keep it on one object.`,
        others,
      });
    }
  }
  return findings;
}
