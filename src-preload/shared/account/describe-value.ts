import { recipientTypeLabel } from '../recipients/recipient-label.ts';
import { fileTimeToDate, generalizedTimeToDate } from './ad-time.ts';
import { GROUP_SCOPE_LABELS, groupScope, isSecurityGroup } from './group-type.ts';
import { UAC } from './user-account-control.ts';

/**
 * A value as ADSI Edit's Attribute Editor explains it: times as dates ("never" where AD means
 * never), flag words by name, recipient kinds in Exchange's words. Undefined when the raw value is
 * already the clearest form.
 */
const FILETIME_ATTRIBUTES = new Set(
  [
    'accountExpires',
    'pwdLastSet',
    'lastLogon',
    'lastLogonTimestamp',
    'lastLogoff',
    'badPasswordTime',
    'lockoutTime',
    'msDS-UserPasswordExpiryTimeComputed',
  ].map((a) => a.toLowerCase()),
);

const UAC_NAMES = Object.entries(UAC) as [string, number][];
const TIME_SYNTAX = '2.5.5.11';

export function describeValue(attr: string, syntax: string, value: string): string | undefined {
  const lower = attr.toLowerCase();
  if (FILETIME_ATTRIBUTES.has(lower)) {
    const date = fileTimeToDate(value);
    if (date === undefined) return undefined;
    if (date === null) return lower === 'pwdlastset' ? 'must change at next logon' : 'never';
    return date.toLocaleString();
  }
  if (syntax === TIME_SYNTAX) return generalizedTimeToDate(value)?.toLocaleString();
  if (lower === 'useraccountcontrol') {
    const flags = Number(value) >>> 0;
    const names = UAC_NAMES.filter(([, bit]) => (flags & bit) !== 0).map(([name]) => name);
    return `0x${flags.toString(16)} = (${names.join(' | ')})`;
  }
  if (lower === 'grouptype') {
    const scope = groupScope([value]);
    const kind = isSecurityGroup([value]) ? 'Security' : 'Distribution';
    return scope ? `${GROUP_SCOPE_LABELS[scope]} ${kind.toLowerCase()} group` : undefined;
  }
  if (lower === 'msexchrecipienttypedetails') return recipientTypeLabel(value) || undefined;
  return undefined;
}
