import {
  Menu,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  Tooltip,
} from '@fluentui/react-components';
import {
  ArrowClockwise20Regular,
  PlugConnected20Regular,
  PlugDisconnected20Regular,
  Search20Regular,
  CloudCheckmark20Regular,
  Info20Regular,
  Delete20Regular,
  History20Regular,
  EditSettings20Regular,
  Add20Regular,
} from '@fluentui/react-icons';
import { NewObjectItems } from '../recipients/new-object-menu.tsx';
import { selectionMayChange } from '../store/selection-rights.ts';
import { useStore } from '../store/store.ts';
import { useRefresh } from '../keyboard/actions.ts';

export function AppToolbar() {
  const connected = useStore((s) => s.connection.status === 'online');
  const openDialog = useStore((s) => s.openDialog);
  const disconnect = useStore((s) => s.disconnect);
  const readOnly = useStore((s) => s.connection.readOnly);
  const mayChange = useStore(selectionMayChange);
  const refresh = useRefresh();
  const openNewObject = useStore((s) => s.openNewObject);
  return (
    <Toolbar aria-label="Main toolbar" size="small">
      {connected ? (
        <Tooltip content="Disconnect from the domain controller" relationship="description">
          <ToolbarButton icon={<PlugDisconnected20Regular />} onClick={() => void disconnect()}>
            Disconnect
          </ToolbarButton>
        </Tooltip>
      ) : (
        <ToolbarButton icon={<PlugConnected20Regular />} onClick={() => openDialog('connect')}>
          Connect…
        </ToolbarButton>
      )}
      <ToolbarDivider />
      {!readOnly && (
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Tooltip
              content="Create a user, mailbox, contact or group here (Ctrl+N)"
              relationship="description"
            >
              <ToolbarButton icon={<Add20Regular />} disabled={!connected}>
                New
              </ToolbarButton>
            </Tooltip>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <NewObjectItems onPick={(kind) => openNewObject(kind)} />
            </MenuList>
          </MenuPopover>
        </Menu>
      )}
      <Tooltip content="Refresh (F5)" relationship="description">
        <ToolbarButton
          icon={<ArrowClockwise20Regular />}
          disabled={!connected}
          onClick={() => void refresh()}
        >
          Refresh
        </ToolbarButton>
      </Tooltip>
      <Tooltip content="Find users, contacts and groups (Ctrl+F)" relationship="description">
        <ToolbarButton icon={<Search20Regular />} disabled={!connected} onClick={() => openDialog('find')}>
          Find…
        </ToolbarButton>
      </Tooltip>
      <Tooltip
        content="Check users, contacts and groups before Entra Connect does (IdFix's checks and the sync's export errors)"
        relationship="description"
      >
        <ToolbarButton
          icon={<CloudCheckmark20Regular />}
          disabled={!connected}
          onClick={() => openDialog('readiness')}
        >
          Readiness
        </ToolbarButton>
      </Tooltip>
      {!readOnly && (
        <Tooltip content="Delete (Del)" relationship="description">
          <ToolbarButton
            icon={<Delete20Regular />}
            disabled={!connected || !mayChange}
            onClick={() => openDialog('delete')}
          >
            Delete
          </ToolbarButton>
        </Tooltip>
      )}
      {!readOnly && (
        <Tooltip content="Edit the selected objects together" relationship="description">
          <ToolbarButton
            icon={<EditSettings20Regular />}
            disabled={!connected || !mayChange}
            onClick={() => openDialog('bulk')}
          >
            Edit selected…
          </ToolbarButton>
        </Tooltip>
      )}
      <Tooltip content="Pending, applied, conflicted and rejected changes" relationship="description">
        <ToolbarButton icon={<History20Regular />} onClick={() => openDialog('changes')}>
          Changes
        </ToolbarButton>
      </Tooltip>
      <ToolbarDivider />
      <ToolbarButton icon={<Info20Regular />} onClick={() => openDialog('about')}>
        About
      </ToolbarButton>
    </Toolbar>
  );
}
