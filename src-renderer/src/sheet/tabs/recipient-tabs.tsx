import type { ReactNode } from 'react';
import type { SheetState } from '../use-sheet.ts';
import { DelegatesTab } from './delegates-tab.tsx';
import { DeliveryRestrictionsTab } from './delivery-restrictions-tab.tsx';
import { MemberOfTab } from './member-of-tab.tsx';
import { MembersTab } from './members-tab.tsx';
import { ModerationTab } from './moderation-tab.tsx';
import { PhotoTab } from './photo-tab.tsx';
import { allowedName } from './sheet-values.ts';

/** Same shape as properties-dialog's TabDef, so these spread straight into its TABS list. */
export interface RecipientTabDef {
  id: string;
  label: string;
  show(state: SheetState): boolean;
  render(state: SheetState): ReactNode;
}

const may = (s: SheetState, attr: string) => allowedName(s.sheet?.allowed ?? [], attr) !== undefined;
const isA = (s: SheetState, cls: string) =>
  (s.sheet?.details.objectClass ?? []).some((c) => c.toLowerCase() === cls.toLowerCase());

// Each tab shows only where the object may hold its attributes, as ADUC shows Members only on groups.
export const RECIPIENT_TABS: RecipientTabDef[] = [
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
];
