import { baseClassOf } from '../recipients/recipient-kind.ts';
import { firstValue, valuesOf, type ScanEntry } from './scan-entry.ts';

// The objects IdFix leaves out (sync-rules.md): Entra Connect never syncs them, so a finding on
// one of them would be a false alarm.
const SYSTEM_NAMES = [
  /^krbtgt$/i,
  /^guest$/i,
  /^HealthMailbox/i,
  /^SystemMailbox/i,
  /^DiscoverySearchMailbox/i,
  /^FederatedEmail/i,
  /^msol/i,
];
const GROUP_TYPE_SECURITY = 0x80000000;

/** Why the scan skips this object, or null when it is checked. */
export function skipReason(entry: ScanEntry): string | null {
  const cn = firstValue(entry, 'cn');
  const sam = firstValue(entry, 'sAMAccountName');
  if (cn.endsWith('$') || sam.endsWith('$')) return 'a machine or service account (name ends with $)';
  if (/\\0ACNF:|CNF:/i.test(entry.dn)) return 'a replication conflict object (CNF)';
  if (firstValue(entry, 'isCriticalSystemObject').toUpperCase() === 'TRUE') return 'a critical system object';
  if (SYSTEM_NAMES.some((re) => re.test(cn) || re.test(sam))) return 'a well-known system account';
  if (baseClassOf(entry.objectClass) === 'group') {
    const type = Number(firstValue(entry, 'groupType'));
    const security = Number.isFinite(type) && (type & GROUP_TYPE_SECURITY) !== 0;
    const mailEnabled = valuesOf(entry, 'mail').length > 0 || valuesOf(entry, 'proxyAddresses').length > 0;
    if (security && !mailEnabled) return 'a security group without mail (its addresses are not checked)';
  }
  return null;
}
