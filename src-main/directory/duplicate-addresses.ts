import { EqualityFilter, OrFilter } from 'ldapts';
import type { ValidationIssue } from '../../src-preload/contract/index.ts';
import type { DirectorySession } from './session.ts';
import { strings } from './entry.ts';
import { heldSmtpAddresses, parseProxyAddress } from '../../src-preload/shared/recipients/proxy-addresses.ts';

/**
 * An SMTP address must be unique in the whole forest: Exchange refuses a duplicate and Entra Connect
 * reports an AttributeValueMustBeUnique error. Filter objects carry the values, so nothing a user
 * types can change the filter's shape.
 */
export async function duplicateAddressIssues(
  session: DirectorySession,
  ownDn: string,
  mail: string,
  proxyAddresses: readonly string[],
): Promise<ValidationIssue[]> {
  const addresses = new Set<string>();
  if (mail.trim() !== '') addresses.add(mail.trim().toLowerCase());
  for (const value of proxyAddresses) {
    const parsed = parseProxyAddress(value);
    if (parsed.type === 'smtp' && parsed.address.includes('@')) addresses.add(parsed.address.toLowerCase());
  }
  if (addresses.size === 0) return [];
  const filters = [...addresses].flatMap((address) => [
    new EqualityFilter({ attribute: 'proxyAddresses', value: `smtp:${address}` }),
    new EqualityFilter({ attribute: 'mail', value: address }),
  ]);
  const holders = await session.search({
    base: session.rootDse.defaultNamingContext,
    scope: 'sub',
    filter: new OrFilter({ filters }),
    attributes: ['name', 'mail', 'proxyAddresses'],
    limit: 50,
  });
  const issues: ValidationIssue[] = [];
  for (const holder of holders) {
    if (holder.dn.toLowerCase() === ownDn.toLowerCase()) continue;
    const theirs = heldSmtpAddresses(strings(holder, 'mail'), strings(holder, 'proxyAddresses'));
    for (const address of addresses) {
      if (!theirs.has(address)) continue;
      issues.push({
        code: 'duplicate-in-directory',
        severity: 'error',
        field: 'proxyAddresses',
        message: `${address} already belongs to ${strings(holder, 'name')[0] ?? holder.dn} (${holder.dn}). An address can belong to one object only.`,
        value: address,
      });
    }
  }
  return issues;
}
