import type { AttributeFacts, ObjectSheet } from '../../src-preload/contract/index.ts';
import { cloudDomainKind } from '../../src-preload/shared/recipients/address-validation.ts';
import { parseTargetAddress } from '../../src-preload/shared/recipients/target-address.ts';
import { knownUpnSuffixes } from '../../src-preload/shared/recipients/upn.ts';
import type { DirectoryReader } from '../directory/reader.ts';
import { toObjectDetails } from './object-details.ts';

/**
 * What a property sheet opens with: the object, every attribute it may hold with the schema's facts
 * (the editors are chosen from them), the forest's UPN suffixes, and the tenant its routing address
 * names, so "Use alias@tenant.mail.onmicrosoft.com" can be offered filled in.
 */
export async function loadSheet(session: DirectoryReader, dn: string): Promise<ObjectSheet> {
  const entry = await session.read(dn);
  const allowedNames = await session.allowedAttributes(entry);
  const allowed: AttributeFacts[] = [];
  for (const name of allowedNames) {
    const definition = session.schema.attribute(name);
    if (!definition) continue;
    const facts: AttributeFacts = {
      name: definition.name,
      syntax: definition.syntax,
      singleValued: definition.singleValued,
      binary: session.schema.isBinary(definition.name),
      systemOnly: definition.systemOnly,
    };
    if (definition.rangeUpper !== undefined) facts.rangeUpper = definition.rangeUpper;
    if (definition.rangeLower !== undefined) facts.rangeLower = definition.rangeLower;
    if (definition.linkId !== undefined) facts.linkId = definition.linkId;
    allowed.push(facts);
  }
  allowed.sort((a, b) => a.name.localeCompare(b.name));
  const details = toObjectDetails(session, entry);
  const tenantHint = routingTenant([
    ...(details.attributes.targetAddress ?? []),
    ...(details.attributes.proxyAddresses ?? []),
  ]);
  return {
    details,
    allowed,
    upnSuffixes: knownUpnSuffixes(session.rootDse.upnSuffixes, [session.rootDse.domainDnsName]),
    tenantHint,
  };
}

/** The tenant of the first remote routing address (alias@tenant.mail.onmicrosoft.com), or null. */
function routingTenant(values: readonly string[]): string | null {
  for (const value of values) {
    const { type, address } = parseTargetAddress(value);
    if (type !== 'smtp' || cloudDomainKind(address) !== 'routing') continue;
    const domain = address.slice(address.lastIndexOf('@') + 1);
    return domain.slice(0, domain.indexOf('.'));
  }
  return null;
}
