/**
 * How an AD object is found in the cloud, in Entra Connect's order: hard match by ImmutableId
 * (mS-DS-ConsistencyGuid where set, else objectGUID), then soft match by UPN, then by proxy
 * address (sync-rules.md). Pure, so the Cloud tab and main agree on it.
 */

import { immutableIdFromGuid } from './immutable-id.ts';

export type MatchBy = 'immutableId' | 'userPrincipalName' | 'proxyAddress';

export interface MatchCandidate {
  by: MatchBy;
  value: string;
}

export interface AdAnchor {
  objectGuid: string;
  /** mS-DS-ConsistencyGuid in GUID text form, when set. */
  consistencyGuid?: string | null;
  userPrincipalName?: string | null;
  proxyAddresses?: readonly string[];
}

export function matchCandidates(o: AdAnchor): MatchCandidate[] {
  const out: MatchCandidate[] = [];
  const anchor = immutableIdFromGuid(o.consistencyGuid ?? '') ?? immutableIdFromGuid(o.objectGuid);
  if (anchor !== null) out.push({ by: 'immutableId', value: anchor });
  if (o.userPrincipalName) out.push({ by: 'userPrincipalName', value: o.userPrincipalName });
  const primary = (o.proxyAddresses ?? []).find((p) => p.startsWith('SMTP:'));
  if (primary) out.push({ by: 'proxyAddress', value: `smtp:${primary.slice(5)}` });
  return out;
}

/** An OData string literal: quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function matchFilter(c: MatchCandidate): string {
  switch (c.by) {
    case 'immutableId':
      return `onPremisesImmutableId eq ${odataString(c.value)}`;
    case 'userPrincipalName':
      return `userPrincipalName eq ${odataString(c.value)}`;
    case 'proxyAddress':
      return `proxyAddresses/any(p:p eq ${odataString(c.value)})`;
  }
}

export const MATCH_BY_TEXT: Record<MatchBy, string> = {
  immutableId: 'Matched by ImmutableId (hard match)',
  userPrincipalName: 'Matched by user principal name (soft match)',
  proxyAddress: 'Matched by primary SMTP address (soft match)',
};

export interface ProvisioningError {
  category?: string | null;
  propertyCausingError?: string | null;
  value?: string | null;
  occurredDateTime?: string | null;
}

/** onPremisesProvisioningErrors in words an admin can act on. */
export function provisioningErrorText(e: ProvisioningError): string {
  const value = e.value ? ` "${e.value}"` : '';
  const when = e.occurredDateTime ? ` (since ${e.occurredDateTime.slice(0, 10)})` : '';
  if (e.category === 'PropertyConflict') {
    const what =
      e.propertyCausingError === 'UserPrincipalName'
        ? 'user principal name'
        : e.propertyCausingError === 'ProxyAddress'
          ? 'proxy address'
          : (e.propertyCausingError ?? 'value');
    return `Another cloud object already has the ${what}${value}; the sync left it off this object${when}.`;
  }
  return `Sync reported ${e.category ?? 'a problem'} on ${e.propertyCausingError ?? 'this object'}${value}${when}.`;
}
