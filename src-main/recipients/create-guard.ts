import type { UniqueKeys } from '../../src-preload/shared/recipients/recipient-plan.ts';
import { heldSmtpAddresses } from '../../src-preload/shared/recipients/proxy-addresses.ts';
import type { CreateCheck } from '../changes/apply-naming.ts';
import type { Change } from '../changes/change.ts';
import { isDelta, valuesOf } from '../../src-preload/shared/values.ts';
import type { DirectorySession } from '../directory/session.ts';
import { uniquenessIssues } from './uniqueness.ts';

/**
 * The keys a create's own attributes must keep unique in the domain: those AD itself does not
 * refuse (a taken name or sAMAccountName it refuses on the add; the rest it stores twice).
 */
export function uniqueKeysOfCreate(change: Pick<Change, 'edits'>): UniqueKeys {
  const values: Record<string, string[]> = {};
  for (const edit of change.edits) if (!isDelta(edit)) values[edit.attr] = edit.desired;
  const one = (attr: string) => valuesOf(values, attr)[0]?.trim().toLowerCase() || undefined;
  const keys: UniqueKeys = {
    addresses: [...heldSmtpAddresses(valuesOf(values, 'mail'), valuesOf(values, 'proxyAddresses'))],
  };
  const upn = one('userPrincipalName');
  const alias = one('mailNickname');
  if (upn !== undefined) keys.userPrincipalName = upn;
  if (alias !== undefined) keys.alias = alias;
  return keys;
}

/**
 * A create made offline was checked only against the cached copy; by the time it is sent someone
 * may have taken its address, UPN or alias. Before the add, the same uniqueness rules as the
 * wizard's run against the live directory; a clash refuses the create with the holder named, and
 * the admin decides (discard, or create again with other values). Nothing is sent half-checked.
 */
export function createGuard(session: () => DirectorySession): CreateCheck {
  // An object already at the create's DN is left to the add: it tells our own lost reply from
  // somebody else's object (apply-naming.ts), which a uniqueness check cannot.
  return async (change) => {
    const keys = uniqueKeysOfCreate(change);
    if (keys.userPrincipalName === undefined && keys.alias === undefined && keys.addresses.length === 0)
      return null;
    const issues = await uniquenessIssues(session(), keys, { dn: change.dn });
    const errors = issues.filter((issue) => issue.severity === 'error');
    if (errors.length === 0) return null;
    return `Not created: ${errors.map((issue) => issue.message).join(' ')} It was free when this change was made; discard the change, or create the object again with other values.`;
  };
}
