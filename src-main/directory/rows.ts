import type { ObjectKind } from '../../src-preload/contract/index.ts';
import { canonicalParent } from './canonical-name.ts';
import { first, strings, values } from './entry.ts';
import type { Entry } from './entry.ts';
import { guidToString, sidToString } from './guid.ts';
import { columnText as joinValues } from '../../src-preload/shared/column-text.ts';
import {
  ACCOUNT_STATE_ATTRIBUTES,
  accountState,
  type AccountState,
} from '../../src-preload/shared/account/account-state.ts';

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
  /** A user's account state (locked, password expired…); null for every other kind. */
  account: AccountState | null;
  /** Canonical name of the parent container. */
  location: string;
  /** Text of each extra column asked for (the column chooser's attributes). */
  extra: Record<string, string>;
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
  ...ACCOUNT_STATE_ATTRIBUTES,
  // How fresh the row is: the entry cache keeps each row it is shown with these.
  'uSNChanged',
  'whenChanged',
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
      return 'Organizational unit';
    default:
      return classInWords(mostSpecific);
  }
}

// Classes whose names do not read well split at their capitals.
const CLASS_NAMES: Record<string, string> = {
  builtindomain: 'Builtin domain',
  domaindns: 'Domain',
  lostandfound: 'Lost and found',
  'msds-quotacontainer': 'Quota container',
  msexchsystemobjectscontainer: 'Exchange system objects container',
  foreignsecurityprincipal: 'Foreign security principal',
  'mstpm-informationobjectscontainer': 'TPM information objects container',
  'msds-managedserviceaccount': 'Managed service account',
  'msds-groupmanagedserviceaccount': 'Group managed service account',
  'msimaging-psps': 'Imaging PSPs',
};

/** A class name in words, as ADUC's Type column shows it: "infrastructureUpdate" → "Infrastructure update". */
export function classInWords(objectClass: string): string {
  const known = CLASS_NAMES[objectClass.toLowerCase()];
  if (known !== undefined) return known;
  const words = objectClass
    .replace(/^ms(DS|Exch|PKI|TPM|Imaging|DFSR|Kds|SFU30|WMI)-?/i, '')
    .replace(/-/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words === '' ? objectClass : words[0]!.toUpperCase() + words.slice(1);
}

const GUID_ATTRIBUTES = new Set(['objectguid', 'msexchmailboxguid', 'msexcharchiveguid']);
const SID_ATTRIBUTES = new Set(['objectsid', 'sidhistory']);

/** One cell's text: every value, GUIDs and SIDs as admins write them, other bytes as base64. */
export function columnText(entry: Entry, attribute: string): string {
  const lower = attribute.toLowerCase();
  return joinValues(
    values(entry, attribute).map((value) => {
      if (typeof value === 'string') return value;
      if (GUID_ATTRIBUTES.has(lower)) return guidToString(value);
      if (SID_ATTRIBUTES.has(lower)) return sidToString(value);
      return value.toString('base64');
    }),
  );
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

export function toRow(entry: Entry, extraColumns: readonly string[] = []): DirectoryRow {
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
    account: kind === 'user' ? accountState((attr) => strings(entry, attr)) : null,
    location: canonicalParent(entry.dn),
    extra: extraText(entry, extraColumns),
  };
}

function extraText(entry: Entry, columns: readonly string[]): Record<string, string> {
  const extra: Record<string, string> = {};
  for (const column of columns) extra[column] = columnText(entry, column);
  return extra;
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
