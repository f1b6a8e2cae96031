import {
  Building20Regular,
  ContactCard20Regular,
  Desktop20Regular,
  Folder20Regular,
  FolderPeople20Regular,
  People20Regular,
  Person20Regular,
  PersonProhibited20Regular,
  Document20Regular,
} from '@fluentui/react-icons';
import type { ObjectKind, TreeNodeKind } from '../../../src-preload/contract/index.ts';

/** One icon per directory class, as ADUC does, so a mixed list can be scanned by shape. */
export function ObjectIcon({
  kind,
  disabled = false,
}: {
  kind: ObjectKind | TreeNodeKind;
  disabled?: boolean;
}) {
  switch (kind) {
    case 'user':
      return disabled ? (
        <PersonProhibited20Regular aria-label="Disabled user" />
      ) : (
        <Person20Regular aria-hidden />
      );
    case 'group':
      return <People20Regular aria-hidden />;
    case 'contact':
      return <ContactCard20Regular aria-hidden />;
    case 'computer':
      return <Desktop20Regular aria-hidden />;
    case 'domain':
      return <Building20Regular aria-hidden />;
    case 'ou':
      return <FolderPeople20Regular aria-hidden />;
    case 'container':
    case 'builtin':
      return <Folder20Regular aria-hidden />;
    default:
      return <Document20Regular aria-hidden />;
  }
}
