import { EqualityFilter, OrFilter, type Filter } from 'ldapts';
import type { ValidationIssue } from '../../src-preload/contract/index.ts';
import type { UniqueKeys } from '../../src-preload/shared/recipients/recipient-plan.ts';
import { heldSmtpAddresses } from '../../src-preload/shared/recipients/proxy-addresses.ts';
import { parentDnOf, rdnOf, rdnValue, sameDn } from '../../src-preload/shared/dn.ts';
import { strings, type Entry } from '../directory/entry.ts';
import type { DirectorySession } from '../directory/session.ts';
import { CachedDirectory } from '../cache/cached-directory.ts';
import { aliasHolders } from './alias-lookup.ts';
import type { Change } from '../changes/change.ts';
import { isDelta } from '../../src-preload/shared/values.ts';

/**
 * The preflight's uniqueness check: UPN, sAMAccountName, alias and every address a new or
 * converted recipient will have, against the whole domain, in one round of searches. Exchange refuses a
 * duplicate address and Entra Connect reports AttributeValueMustBeUnique; AD itself refuses a
 * taken sAMAccountName but happily stores a duplicate UPN, so all four are checked here. Values
 * travel in filter objects, so nothing typed can change the filter's shape.
 */
export async function uniquenessIssues(
  source: DirectorySession | CachedDirectory,
  keys: UniqueKeys,
  /** The object itself (a conversion), or where a queued create may already stand (its lost reply). */
  own: { guid?: string; dn?: string } = {},
): Promise<ValidationIssue[]> {
  const found = source instanceof CachedDirectory ? inCopy(source, keys) : await inDirectory(source, keys);
  // One object can answer both searches: its clashes are listed once.
  const holders = [...new Map(found.map((holder) => [holder.guid.toLowerCase(), holder])).values()];
  const issues: ValidationIssue[] = [];
  for (const holder of holders) {
    if (own.guid !== undefined && holder.guid.toLowerCase() === own.guid.toLowerCase()) continue;
    if (own.dn !== undefined && sameDn(holder.dn, own.dn)) continue;
    issues.push(...clashes(holder, keys));
  }
  return issues;
}

/**
 * Offline, the creates already queued in the journal hold their names and addresses too, though
 * neither the DC nor the cache has them yet: a second wizard run must not queue the same address
 * (the DC would take the first and the guard refuse the second only when they are sent).
 */
export function queuedCreateIssues(queued: readonly Change[], keys: UniqueKeys): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const change of queued) {
    if (change.operation !== 'create') continue;
    const attrs = new Map<string, string[]>();
    for (const edit of change.edits) if (!isDelta(edit)) attrs.set(edit.attr, edit.desired);
    attrs.set('name', [rdnValue(rdnOf(change.dn))]);
    const entry: Entry = { dn: change.dn, guid: change.objectGuid, objectClass: change.objectClass, attrs };
    issues.push(...clashes(entry, keys, `change #${change.id}, queued and not created yet (${change.dn})`));
  }
  return issues;
}

function clashes(holder: Entry, keys: UniqueKeys, described?: string): ValidationIssue[] {
  const found: ValidationIssue[] = [];
  const who = described ?? `${strings(holder, 'name')[0] ?? holder.dn} (${holder.dn})`;
  if (keys.dn && sameDn(holder.dn, keys.dn))
    found.push({
      code: 'name-taken',
      severity: 'error',
      field: 'name',
      message: `An object named ${rdnValue(rdnOf(holder.dn))} already exists in ${parentDnOf(holder.dn)}${described ? ` (${described})` : ''}; pick another name.`,
    });
  const has = (attr: string, value: string) => strings(holder, attr).some((v) => v.toLowerCase() === value);
  const clash = (field: string, what: string, value: string) =>
    found.push({
      code: 'taken',
      severity: 'error',
      field,
      message: `${what} ${value} is already used by ${who}; it must be unique in the domain.`,
      value,
    });
  if (keys.userPrincipalName && has('userPrincipalName', keys.userPrincipalName))
    clash('userPrincipalName', 'The user logon name', keys.userPrincipalName);
  if (keys.samAccountName && has('sAMAccountName', keys.samAccountName))
    clash('sAMAccountName', 'The pre-Windows 2000 logon name', keys.samAccountName);
  if (keys.alias && has('mailNickname', keys.alias)) clash('mailNickname', 'The alias', keys.alias);
  const theirs = heldSmtpAddresses(strings(holder, 'mail'), strings(holder, 'proxyAddresses'));
  for (const address of keys.addresses)
    if (theirs.has(address)) clash('proxyAddresses', 'The address', address);
  return found;
}

function equalityFilters(keys: UniqueKeys): Filter[] {
  const filters: Filter[] = [];
  const equal = (attribute: string, value: string) => filters.push(new EqualityFilter({ attribute, value }));
  if (keys.userPrincipalName) equal('userPrincipalName', keys.userPrincipalName);
  if (keys.samAccountName) equal('sAMAccountName', keys.samAccountName);
  for (const address of keys.addresses) {
    equal('proxyAddresses', `smtp:${address}`);
    equal('mail', address);
  }
  return filters;
}

/** The live check: one search of the domain, and the alias in a search of its own. */
async function inDirectory(session: DirectorySession, keys: UniqueKeys): Promise<Entry[]> {
  const filters = equalityFilters(keys);
  if (keys.dn) filters.push(new EqualityFilter({ attribute: 'distinguishedName', value: keys.dn }));
  // The alias goes in a search of its own, sent at the same time: mailNickname is indexed only
  // where the Exchange schema gave it its index, and an OR with one unindexed term makes the DC
  // test every term on every entry of the domain (36 ms instead of 15 ms on the test DC).
  const searches: Promise<Entry[]>[] = [];
  if (filters.length > 0)
    searches.push(
      session.search({
        base: session.rootDse.defaultNamingContext,
        scope: 'sub',
        filter: filters.length === 1 ? filters[0]! : new OrFilter({ filters }),
        attributes: ['name', 'userPrincipalName', 'sAMAccountName', 'mailNickname', 'mail', 'proxyAddresses'],
        limit: 50,
      }),
    );
  if (keys.alias) searches.push(aliasHolders(session, keys.alias));
  return (await Promise.all(searches)).flat();
}

/**
 * Offline (the sample, or a DC that is away): the same keys against the cached copy. What was
 * never cached cannot be seen here, so a create made offline is checked again by the DC's
 * answers when it is sent (see create-guard.ts).
 */
function inCopy(copy: CachedDirectory, keys: UniqueKeys): Entry[] {
  const filters = equalityFilters(keys);
  if (keys.alias) filters.push(new EqualityFilter({ attribute: 'mailNickname', value: keys.alias }));
  const values = [keys.userPrincipalName, keys.samAccountName, keys.alias, ...keys.addresses].filter(
    (v): v is string => v !== undefined && v !== '',
  );
  if (filters.length === 0 && !keys.dn) return [];
  const filter = filters.length === 1 ? filters[0]! : new OrFilter({ filters });
  return copy.holders(filter, values, 50, keys.dn);
}
