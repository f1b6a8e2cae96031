import type { ReactNode } from 'react';
import { ADDRESS_FIELDS, MANAGED_BY, OBJECT_FIELDS, TELEPHONE_FIELDS } from './aduc-fields.ts';
import { FieldList } from './field-list.tsx';
import { AccountTab } from './tabs/account-tab.tsx';
import { AttributeEditorTab } from './tabs/attribute-editor-tab.tsx';
import { OrganizationTab } from './tabs/organization-tab.tsx';
import { CustomAttributesTab } from './tabs/custom-attributes-tab.tsx';
import { DelegatesTab } from './tabs/delegates-tab.tsx';
import { DeliveryRestrictionsTab } from './tabs/delivery-restrictions-tab.tsx';
import { ExchangeGeneralTab } from './tabs/exchange-general-tab.tsx';
import { GeneralTab } from './tabs/general-tab.tsx';
import { MemberOfTab } from './tabs/member-of-tab.tsx';
import { MembersTab } from './tabs/members-tab.tsx';
import { ModerationTab } from './tabs/moderation-tab.tsx';
import { PhotoTab } from './tabs/photo-tab.tsx';
import { CloudTab } from './tabs/cloud-tab.tsx';
import { allowedName } from './tabs/sheet-values.ts';
import type { SheetState } from './use-sheet.ts';

export interface SheetTab {
  id: string;
  label: string;
  show(state: SheetState): boolean;
  render(state: SheetState): ReactNode;
}

/** Whether the object may hold `attr` (allowedAttributes), matched without case as LDAP does. */
const may = (s: SheetState, attr: string) => allowedName(s.sheet?.allowed ?? [], attr) !== undefined;
const isA = (s: SheetState, cls: string) =>
  (s.sheet?.details.objectClass ?? []).some((c) => c.toLowerCase() === cls.toLowerCase());

/**
 * Every tab of the property sheet, in ADUC's order with the Exchange tabs among them. Each shows
 * only where the object may hold its attributes, as ADUC shows Members only on groups.
 */
export const SHEET_TABS: readonly SheetTab[] = [
  { id: 'general', label: 'General', show: () => true, render: (s) => <GeneralTab state={s} /> },
  {
    id: 'address',
    label: 'Address',
    show: (s) => isA(s, 'user') && may(s, 'streetAddress'),
    render: (s) => <FieldList fields={ADDRESS_FIELDS} state={s} />,
  },
  {
    id: 'account',
    label: 'Account',
    show: (s) => isA(s, 'user') && may(s, 'userAccountControl'),
    render: (s) => <AccountTab state={s} />,
  },
  {
    id: 'telephones',
    label: 'Telephones',
    show: (s) => (isA(s, 'user') || isA(s, 'contact')) && may(s, 'homePhone'),
    render: (s) => <FieldList fields={TELEPHONE_FIELDS} state={s} />,
  },
  {
    id: 'organization',
    label: 'Organization',
    show: (s) => (isA(s, 'user') || isA(s, 'contact')) && may(s, 'manager'),
    render: (s) => <OrganizationTab state={s} />,
  },
  {
    id: 'exchange',
    label: 'Exchange General',
    show: (s) => may(s, 'proxyAddresses'),
    render: (s) => <ExchangeGeneralTab state={s} />,
  },
  {
    id: 'custom',
    label: 'Custom Attributes',
    show: (s) => may(s, 'extensionAttribute1'),
    render: (s) => <CustomAttributesTab state={s} />,
  },
  {
    id: 'members',
    label: 'Members',
    show: (s) => isA(s, 'group') && may(s, 'member'),
    render: (s) => <MembersTab state={s} />,
  },
  {
    id: 'member-of',
    label: 'Member Of',
    show: (s) => isA(s, 'user') || isA(s, 'group') || isA(s, 'contact'),
    render: (s) => <MemberOfTab state={s} />,
  },
  {
    id: 'delegates',
    label: 'Delegates',
    show: (s) => may(s, 'publicDelegates'),
    render: (s) => <DelegatesTab state={s} />,
  },
  {
    id: 'delivery',
    label: 'Delivery Restrictions',
    show: (s) => may(s, 'authOrig') && may(s, 'dLMemSubmitPerms'),
    render: (s) => <DeliveryRestrictionsTab state={s} />,
  },
  {
    id: 'moderation',
    label: 'Moderation',
    show: (s) => isA(s, 'group') && may(s, 'msExchEnableModeration'),
    render: (s) => <ModerationTab state={s} />,
  },
  {
    id: 'photo',
    label: 'Photo',
    show: (s) => may(s, 'thumbnailPhoto'),
    render: (s) => <PhotoTab state={s} />,
  },
  {
    id: 'managed-by',
    label: 'Managed By',
    show: (s) => !isA(s, 'user') && !isA(s, 'contact') && may(s, 'managedBy'),
    render: (s) => <FieldList fields={[MANAGED_BY]} state={s} />,
  },
  {
    id: 'cloud',
    label: 'Cloud',
    show: (s) => !isA(s, 'computer') && (isA(s, 'user') || isA(s, 'group') || isA(s, 'contact')),
    render: (s) => <CloudTab state={s} />,
  },
  {
    id: 'object',
    label: 'Object',
    show: () => true,
    render: (s) => <FieldList fields={OBJECT_FIELDS} state={s} />,
  },
  {
    id: 'attributes',
    label: 'Attribute Editor',
    show: () => true,
    render: (s) => <AttributeEditorTab state={s} />,
  },
];
