import type { ObjectKind } from '../../src-preload/contract/index.ts';
import { first, strings } from './entry.ts';
import type { Entry } from './entry.ts';

/** What the list pane and Find show for one object: ADUC columns plus Microsoft 365 ones. */
export interface DirectoryRow {
  dn: string;
  guid: string;
  name: string;
  kind: ObjectKind;
  /** ADUC's Type column: "User", "Security Group - Global", "Contact", … */
  type: string;
  description: string;
  /** The SMTP: proxy address, else mail. */
  primarySmtp: string;
  /** msExchRecipientTypeDetails as stored (a 64-bit number as text), or "" when absent. */
  recipientTypeDetails: string;
  upn: string;
  disabled: boolean;
}

export const ROW_ATTRIBUTES = [
  'name',
  'cn',
  'ou',
  'description',
  'proxyAddresses',
  'mail',
  'msExchRecipientTypeDetails',
  'userPrincipalName',
  'groupType',
  'userAccountControl',
];

const GROUP_SCOPE: Record<number, string> = {
  2: 'Global',
  4: 'Domain Local',
  8: 'Universal',
  1: 'Domain Local',
};
const ACCOUNT_DISABLE = 0x2;

export function kindOf(objectClass: readonly string[]): DirectoryRow['kind'] {
  const classes = new Set(objectClass.map((c) => c.toLowerCase()));
  if (classes.has('computer')) return 'computer';
  if (classes.has('user')) return 'user';
  if (classes.has('group')) return 'group';
  if (classes.has('contact')) return 'contact';
  if (classes.has('organizationalunit')) return 'ou';
  if (
    classes.has('container') ||
    classes.has('builtindomain') ||
    classes.has('domaindns') ||
    classes.has('lostandfound')
  )
    return 'container';
  return 'other';
}

export function groupTypeName(groupType: number): string {
  // groupType is a signed 32-bit value: the sign bit marks security groups.
  const security = (groupType & 0x80000000) !== 0;
  const scope = GROUP_SCOPE[groupType & 0xf] ?? 'Unknown scope';
  return `${security ? 'Security' : 'Distribution'} Group - ${scope}`;
}

function typeName(entry: Entry, kind: DirectoryRow['kind']): string {
  const mostSpecific = entry.objectClass[entry.objectClass.length - 1] ?? '';
  switch (kind) {
    case 'user':
      return mostSpecific.toLowerCase() === 'inetorgperson' ? 'InetOrgPerson' : 'User';
    case 'computer':
      return 'Computer';
    case 'contact':
      return 'Contact';
    case 'group':
      return groupTypeName(Number(first(entry, 'groupType') ?? 0));
    case 'ou':
      return 'Organizational Unit';
    case 'container':
      return mostSpecific === 'container' ? 'Container' : mostSpecific;
    default:
      return mostSpecific;
  }
}

export function primarySmtpOf(entry: Entry): string {
  const primary = strings(entry, 'proxyAddresses').find((address) => address.startsWith('SMTP:'));
  return primary !== undefined ? primary.slice(5) : (first(entry, 'mail') ?? '');
}

/** RDN value of the DN, for objects read without name/cn. */
function rdnValue(dn: string): string {
  const match = /^[^=]+=((?:\\.|[^,\\])*)/.exec(dn);
  return (match?.[1] ?? dn).replace(/\\(.)/g, '$1');
}

export function toRow(entry: Entry): DirectoryRow {
  const kind = kindOf(entry.objectClass);
  const uac = Number(first(entry, 'userAccountControl') ?? 0);
  return {
    dn: entry.dn,
    guid: entry.guid,
    name: first(entry, 'name') ?? first(entry, 'cn') ?? first(entry, 'ou') ?? rdnValue(entry.dn),
    kind,
    type: typeName(entry, kind),
    description: first(entry, 'description') ?? '',
    primarySmtp: primarySmtpOf(entry),
    recipientTypeDetails: first(entry, 'msExchRecipientTypeDetails') ?? '',
    upn: first(entry, 'userPrincipalName') ?? '',
    disabled: (kind === 'user' || kind === 'computer') && (uac & ACCOUNT_DISABLE) !== 0,
  };
}

export type RowSortKey = 'name' | 'type' | 'description' | 'primarySmtp' | 'upn' | 'recipientTypeDetails';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Sorted like ADUC: containers first, then by the chosen column. */
export function sortRows(rows: DirectoryRow[], key: RowSortKey = 'name', descending = false): DirectoryRow[] {
  const containerFirst = (r: DirectoryRow): number => (r.kind === 'ou' || r.kind === 'container' ? 0 : 1);
  const direction = descending ? -1 : 1;
  return rows.sort(
    (a, b) =>
      containerFirst(a) - containerFirst(b) ||
      direction * collator.compare(a[key], b[key]) ||
      collator.compare(a.name, b.name),
  );
}
