/**
 * The cloud's proxy calculation for a synced user (sync-rules.md): the on-premises proxyAddresses,
 * minus the addresses in Microsoft-reserved domains (onmicrosoft.com, microsoftonline.com: the
 * classification is address-validation's cloudDomainKind, so the hybrid routing domain
 * tenant.mail.onmicrosoft.com is not one of them) and minus SMTP addresses in domains the tenant
 * has not verified; `mail` becomes the primary when no primary survives; the service's own
 * addresses in reserved domains stay; and the MOERA (alias@<initial domain>) is added when the
 * object is created, then kept even if the alias changes. The sync never adds a missing MOERA to
 * an existing object (seed scenario 9), so neither does this.
 */

import { cloudDomainKind } from '../recipients/address-validation.ts';
import { parseProxyAddress, sameProxyValue, smtpProxy } from '../recipients/proxy-addresses.ts';

export interface DiscardedValue {
  adAttribute: string;
  value: string;
  reason: string;
}

export interface ProxyCalculation {
  proxyAddresses: string[];
  discarded: DiscardedValue[];
  /** Sentences on how the result came about (MOERA, service-owned addresses kept...). */
  notes: string[];
}

export interface ProxyInput {
  /** AD proxyAddresses, or [] when the Exchange attributes do not flow. */
  adProxyAddresses: readonly string[];
  adMail: string | null;
  alias: string;
  initialDomain: string | null;
  /** Verified domain names of the tenant, lower case; empty when not known (then none is judged). */
  verified: ReadonlySet<string>;
  /** The cloud object's proxyAddresses now; null when the sync creates the object. */
  cloud: readonly string[] | null;
}

export function isReservedDomain(address: string): boolean {
  const kind = cloudDomainKind(address);
  return kind === 'initial' || kind === 'microsoftonline';
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

export function isVerified(address: string, verified: ReadonlySet<string>): boolean {
  return verified.size === 0 || verified.has(domainOf(address));
}

const RESERVED_REASON =
  'Microsoft-reserved domain: the sync discards on-premises addresses ending in onmicrosoft.com or microsoftonline.com. Microsoft 365 adds alias@<tenant>.onmicrosoft.com itself; a missing one has to be added in the cloud while the user is out of sync scope.';

function unverifiedReason(address: string): string {
  return `${domainOf(address)} is not a verified domain of the tenant, so the cloud drops this address.`;
}

export function calculateProxyAddresses(input: ProxyInput): ProxyCalculation {
  const out: string[] = [];
  const discarded: DiscardedValue[] = [];
  const notes: string[] = [];
  const has = (value: string) => out.some((v) => sameProxyValue(v, value));
  for (const raw of input.adProxyAddresses) {
    const p = parseProxyAddress(raw);
    if (p.type === 'smtp' && isReservedDomain(p.address)) {
      discarded.push({ adAttribute: 'proxyAddresses', value: raw, reason: RESERVED_REASON });
    } else if (p.type === 'smtp' && !isVerified(p.address, input.verified)) {
      discarded.push({ adAttribute: 'proxyAddresses', value: raw, reason: unverifiedReason(p.address) });
    } else if (!has(raw)) {
      out.push(p.type === 'smtp' ? smtpProxy(p.address, p.primary) : raw);
    }
  }
  const hasPrimary = () => out.some((v) => v.startsWith('SMTP:'));
  const mail = input.adMail;
  if (!hasPrimary() && mail !== null && !isReservedDomain(mail) && isVerified(mail, input.verified)) {
    const at = out.findIndex((v) => sameProxyValue(v, smtpProxy(mail, false)));
    if (at >= 0) out.splice(at, 1);
    out.unshift(smtpProxy(mail, true));
    notes.push(`No primary address survives from proxyAddresses, so mail (${mail}) becomes the primary.`);
  } else if (mail !== null && !isReservedDomain(mail) && !isVerified(mail, input.verified)) {
    discarded.push({ adAttribute: 'mail', value: mail, reason: unverifiedReason(mail) });
  }
  for (const value of input.cloud ?? []) {
    const p = parseProxyAddress(value);
    if (p.type === 'smtp' && isReservedDomain(p.address) && !has(value)) {
      out.push(smtpProxy(p.address, false));
      notes.push(`${p.address} is the service's own address: the sync keeps it.`);
    }
  }
  if (input.initialDomain === null) {
    notes.push('The tenant facts name no initial domain, so the MOERA cannot be computed.');
  } else if (input.cloud === null) {
    const moera = `${input.alias}@${input.initialDomain}`;
    if (!has(smtpProxy(moera, false))) out.push(smtpProxy(moera, false));
    notes.push(`Microsoft 365 adds ${moera} (the MOERA, alias@initial domain) when it creates the user.`);
  } else if (!(input.cloud ?? []).some((v) => domainOf(v) === input.initialDomain?.toLowerCase())) {
    notes.push(
      `The cloud user has no address at ${input.initialDomain}, and the sync will not add one: add it in the cloud while the user is out of sync scope, then bring it back (soft match).`,
    );
  }
  // Without any surviving primary the service promotes its own address, as Exchange Online does.
  if (!hasPrimary()) {
    const i = out.findIndex((v) => v.toLowerCase().startsWith('smtp:'));
    if (i >= 0) out[i] = smtpProxy(out[i]!.slice(5), true);
  }
  return { proxyAddresses: out, discarded, notes };
}
