import type { ReactElement } from 'react';
import {
  ArrowClockwise20Regular,
  PlugConnected20Regular,
  PlugDisconnected20Regular,
  Search20Regular,
  CloudCheckmark20Regular,
  Wrench20Regular,
  Info20Regular,
  Delete20Regular,
  History20Regular,
  EditSettings20Regular,
  Add20Regular,
  ArrowReset20Regular,
  Cloud20Regular,
  CloudOff20Regular,
  CloudFlow20Regular,
} from '@fluentui/react-icons';
import { isSampleProfile } from '../../../src-preload/shared/sample-directory.ts';
import { canBrowse } from '../store/connection-slice.ts';
import { selectionMayChange } from '../store/selection-rights.ts';
import { useStore } from '../store/store.ts';
import { useRefresh } from '../keyboard/actions.ts';

/** One toolbar command, rendered as a button while it fits and as a "more" menu item when not. */
export interface ToolbarAction {
  id: string;
  /** The accessible name, the same whether the button shows it or only its icon. */
  label: string;
  icon: ReactElement;
  tooltip?: string;
  /**
   * Icon only, as MMC's toolbars show their everyday commands (the tooltip names it): keeps the
   * whole toolbar on one row in a 1280-pixel window.
   */
  iconOnly?: boolean;
  disabled?: boolean;
  /** "New" opens the kinds' menu instead of running a command. */
  newMenu?: boolean;
  /** A divider comes before this action. */
  dividerBefore?: boolean;
  onClick?(): void;
}

/** The main toolbar's commands in order, for the connection state, rights and sign-in of now. */
export function useToolbarActions(): ToolbarAction[] {
  // Online, or reading from the cache (the sample, a DC that went away): the same buttons work.
  const connected = useStore(canBrowse);
  const sample = useStore((s) => isSampleProfile(s.connection.profileId));
  const openDialog = useStore((s) => s.openDialog);
  const disconnect = useStore((s) => s.disconnect);
  const resetSample = useStore((s) => s.resetSample);
  // A real session: online it can be set aside ("Work offline"); offline it can be asked back.
  const session = useStore((s) => (isSampleProfile(s.connection.profileId) ? null : s.connection.status));
  const setOffline = useStore((s) => s.setOffline);
  const readOnly = useStore((s) => s.connection.readOnly);
  const mayChange = useStore(selectionMayChange);
  const refresh = useRefresh();
  const cloudAccount = useStore((s) => s.cloud?.account?.username ?? null);

  const actions: ToolbarAction[] = [];
  if (sample) {
    actions.push(
      {
        id: 'close-sample',
        label: 'Close the sample',
        icon: <PlugDisconnected20Regular />,
        tooltip: 'Close the sample directory (its changes stay in the journal)',
        onClick: () => void disconnect(),
      },
      {
        id: 'reset-sample',
        label: 'Reset the sample',
        icon: <ArrowReset20Regular />,
        tooltip: 'Reset the sample: put it back as shipped and discard the changes made to it',
        iconOnly: true,
        onClick: () => void resetSample(),
      },
    );
  } else if (connected) {
    actions.push({
      id: 'disconnect',
      label: 'Disconnect',
      icon: <PlugDisconnected20Regular />,
      tooltip: 'Disconnect from the domain controller',
      onClick: () => void disconnect(),
    });
  } else {
    actions.push({
      id: 'connect',
      label: 'Connect…',
      icon: <PlugConnected20Regular />,
      onClick: () => openDialog('connect'),
    });
  }
  if (session === 'online')
    actions.push({
      id: 'work-offline',
      label: 'Work offline',
      icon: <CloudOff20Regular />,
      tooltip: 'Browse from the local cache and keep changes in the journal until you go online',
      onClick: () => void setOffline(true),
    });
  if (session === 'offline' || session === 'reconnecting')
    actions.push({
      id: 'go-online',
      label: 'Go online',
      icon: <Cloud20Regular />,
      tooltip: 'Use the domain controller again and send the waiting changes',
      onClick: () => void setOffline(false),
    });
  if (!readOnly)
    actions.push({
      id: 'new',
      label: 'New',
      icon: <Add20Regular />,
      tooltip: 'Create a user, mailbox, contact or group here (Ctrl+N)',
      disabled: !connected,
      newMenu: true,
      dividerBefore: true,
    });
  actions.push(
    {
      id: 'refresh',
      label: 'Refresh',
      icon: <ArrowClockwise20Regular />,
      tooltip: 'Refresh (F5)',
      iconOnly: true,
      disabled: !connected,
      dividerBefore: readOnly,
      onClick: () => void refresh(),
    },
    {
      id: 'find',
      label: 'Find…',
      icon: <Search20Regular />,
      tooltip: 'Find users, contacts and groups (Ctrl+F)',
      disabled: !connected,
      onClick: () => openDialog('find'),
    },
    {
      id: 'readiness',
      label: 'Readiness',
      icon: <CloudCheckmark20Regular />,
      tooltip:
        "Check users, contacts and groups before Entra Connect does (IdFix's checks and the sync's export errors)",
      disabled: !connected,
      onClick: () => openDialog('readiness'),
    },
    {
      id: 'fixes',
      label: 'Fixes',
      icon: <Wrench20Regular />,
      tooltip:
        'Step-by-step fixes for the known sync problems (a missing onmicrosoft.com address, plain-text invites), and Sync now',
      disabled: !connected,
      onClick: () => openDialog('guided'),
    },
  );
  if (!readOnly)
    actions.push(
      {
        id: 'delete',
        label: 'Delete',
        icon: <Delete20Regular />,
        tooltip: 'Delete (Del)',
        iconOnly: true,
        disabled: !connected || !mayChange,
        onClick: () => openDialog('delete'),
      },
      {
        id: 'bulk',
        label: 'Edit selected…',
        icon: <EditSettings20Regular />,
        tooltip: 'Edit the selected objects together',
        iconOnly: true,
        disabled: !connected || !mayChange,
        onClick: () => openDialog('bulk'),
      },
    );
  actions.push(
    {
      id: 'changes',
      label: 'Changes',
      icon: <History20Regular />,
      tooltip: 'Pending, applied, conflicted and rejected changes',
      onClick: () => openDialog('changes'),
    },
    {
      id: 'cloud',
      // The same short name signed in or not (the tooltip says which), so the toolbar's width
      // does not change with a sign-in.
      label: 'Microsoft 365',
      icon: <CloudFlow20Regular />,
      tooltip: cloudAccount
        ? `Signed in to Microsoft 365 as ${cloudAccount}`
        : 'Sign in to Microsoft 365 (the Cloud tab, tenant domains and licences)',
      dividerBefore: true,
      onClick: () => openDialog('cloud'),
    },
    {
      id: 'about',
      label: 'About',
      icon: <Info20Regular />,
      tooltip: 'About RecipientDesk',
      iconOnly: true,
      onClick: () => openDialog('about'),
    },
  );
  return actions;
}
