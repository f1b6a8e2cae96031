import {
  dateToFileTime,
  fileTimeToDate,
  generalizedTimeToDate,
} from '../../../src-preload/shared/account/ad-time.ts';
import {
  GROUP_SCOPE_LABELS,
  groupScope,
  isSecurityGroup,
  reachableScopes,
  withGroupScope,
  withSecurity,
  type GroupScope,
} from '../../../src-preload/shared/account/group-type.ts';
import {
  ACCOUNT_OPTIONS,
  hasUacFlag,
  withUacFlag,
} from '../../../src-preload/shared/account/user-account-control.ts';
import type { CheckSpec, ChoiceSpec, FieldSpec } from './field-spec.ts';

// ADUC's own tabs as field specs, with the attributes behind them (see the reference notes on
// ADUC's tabs): an admin finds every field under the tab and label ADUC uses.

export const ACCOUNT_OPTION_FIELDS: CheckSpec[] = [
  {
    // pwdLastSet 0 means "must change"; clearing writes -1, which the DC turns into "now".
    attr: 'pwdLastSet',
    label: 'User must change password at next logon',
    kind: 'check',
    read: (values) => values[0]?.trim() === '0',
    write: (checked) => [checked ? '0' : '-1'],
  },
  ...ACCOUNT_OPTIONS.map(({ flag, label }): CheckSpec => ({
    attr: 'userAccountControl',
    label,
    kind: 'check',
    read: (values) => hasUacFlag(values, flag),
    write: (checked, current) => withUacFlag(current, flag, checked),
  })),
];

export const ACCOUNT_FIELDS: FieldSpec[] = [
  {
    attr: 'accountExpires',
    label: 'Account expires (end of)',
    kind: 'date',
    neverLabel: 'Never',
    read: (values) => fileTimeToDate(values[0]),
    write: (date) => [dateToFileTime(date)],
  },
  {
    attr: 'userWorkstations',
    label: 'Log on to (workstations)',
    kind: 'info',
    read: (values) => values[0]?.split(',').join(', ') || 'All computers',
  },
  {
    attr: 'logonHours',
    label: 'Logon hours',
    kind: 'info',
    // 21 bytes, one bit per hour of the week (UTC); all ones or absent means "always".
    read: (values) =>
      values[0] === undefined || values[0] === '////////////////////////////'
        ? 'Always'
        : 'Restricted (set in ADUC)',
  },
];

export const ADDRESS_FIELDS: FieldSpec[] = [
  { attr: 'streetAddress', label: 'Street', kind: 'multi-line' },
  { attr: 'postOfficeBox', label: 'P.O. Box', kind: 'values' },
  { attr: 'l', label: 'City' },
  { attr: 'st', label: 'State/province' },
  { attr: 'postalCode', label: 'ZIP/Postal Code' },
];

export const TELEPHONE_FIELDS: FieldSpec[] = [
  { attr: 'homePhone', label: 'Home' },
  { attr: 'otherHomePhone', label: 'Home (other numbers)', kind: 'values' },
  { attr: 'pager', label: 'Pager' },
  { attr: 'otherPager', label: 'Pager (other numbers)', kind: 'values' },
  { attr: 'mobile', label: 'Mobile' },
  { attr: 'otherMobile', label: 'Mobile (other numbers)', kind: 'values' },
  { attr: 'facsimileTelephoneNumber', label: 'Fax' },
  { attr: 'otherFacsimileTelephoneNumber', label: 'Fax (other numbers)', kind: 'values' },
  { attr: 'ipPhone', label: 'IP phone' },
  { attr: 'otherIpPhone', label: 'IP phone (other numbers)', kind: 'values' },
  { attr: 'info', label: 'Notes', kind: 'multi-line', wide: true },
];

export const ORGANIZATION_FIELDS: FieldSpec[] = [
  { attr: 'title', label: 'Job Title' },
  { attr: 'department', label: 'Department' },
  { attr: 'company', label: 'Company' },
  {
    attr: 'manager',
    label: 'Manager',
    kind: 'dn-list',
    single: true,
    emptyText: 'No manager.',
    pickLabel: 'Change the manager',
    pickKinds: 'users',
  },
];

export const MANAGED_BY: FieldSpec = {
  attr: 'managedBy',
  label: 'Managed by',
  kind: 'dn-list',
  single: true,
  emptyText: 'Nobody manages this object.',
  pickLabel: 'Change the manager',
  pickKinds: 'all',
};

const when = (values: readonly string[]) => generalizedTimeToDate(values[0])?.toLocaleString() ?? '';

export const OBJECT_FIELDS: FieldSpec[] = [
  { attr: 'canonicalName', label: 'Canonical name of object', kind: 'info', wide: true },
  { attr: 'objectClass', label: 'Object class', kind: 'info', read: (values) => values.at(-1) ?? '' },
  { attr: 'whenCreated', label: 'Created', kind: 'info', read: when },
  { attr: 'whenChanged', label: 'Modified', kind: 'info', read: when },
  { attr: 'uSNCreated', label: 'Update Sequence Numbers (USNs): Original', kind: 'info' },
  { attr: 'uSNChanged', label: 'Update Sequence Numbers (USNs): Current', kind: 'info' },
];

/** Group scope, offering only the changes AD allows from the scope the group has now. */
export function groupScopeField(current: readonly string[]): ChoiceSpec {
  return {
    attr: 'groupType',
    label: 'Group scope',
    hint: 'Global and domain local change only through universal; the DC checks the membership rules.',
    kind: 'choice',
    options: reachableScopes(groupScope(current)).map((scope) => ({
      id: scope,
      label: GROUP_SCOPE_LABELS[scope],
    })),
    read: groupScope,
    write: (id, values) => withGroupScope(values, id as GroupScope),
  };
}

export const GROUP_TYPE_FIELD: ChoiceSpec = {
  attr: 'groupType',
  label: 'Group type',
  kind: 'choice',
  options: [
    { id: 'security', label: 'Security' },
    { id: 'distribution', label: 'Distribution' },
  ],
  read: (values) => (isSecurityGroup(values) ? 'security' : 'distribution'),
  write: (id, values) => withSecurity(values, id === 'security'),
};
