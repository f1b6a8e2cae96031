import {
  Menu,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  Tooltip,
  makeStyles,
} from '@fluentui/react-components';
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
import { NewObjectItems } from '../recipients/new-object-menu.tsx';
import { isSampleProfile } from '../../../src-preload/shared/sample-directory.ts';
import { canBrowse } from '../store/connection-slice.ts';
import { selectionMayChange } from '../store/selection-rights.ts';
import { useStore } from '../store/store.ts';
import { useRefresh } from '../keyboard/actions.ts';

// A narrow window wraps the buttons onto a second row of the header instead of pushing the last
// ones past the window's edge, where they could not be reached (and sat on no themed background);
// a label never breaks inside a button.
const useToolbarStyles = makeStyles({
  toolbar: { flexWrap: 'wrap', rowGap: '2px', '& .fui-Button': { whiteSpace: 'nowrap', flexShrink: 0 } },
});

export function AppToolbar() {
  const styles = useToolbarStyles();
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
  const openNewObject = useStore((s) => s.openNewObject);
  const cloudAccount = useStore((s) => s.cloud?.account?.username ?? null);
  return (
    <Toolbar aria-label="Main toolbar" size="small" className={styles.toolbar}>
      {sample ? (
        <>
          <Tooltip
            content="Close the sample directory (its changes stay in the journal)"
            relationship="description"
          >
            <ToolbarButton icon={<PlugDisconnected20Regular />} onClick={() => void disconnect()}>
              Close the sample
            </ToolbarButton>
          </Tooltip>
          <Tooltip
            content="Put the sample back as shipped and discard the changes made to it"
            relationship="description"
          >
            <ToolbarButton icon={<ArrowReset20Regular />} onClick={() => void resetSample()}>
              Reset the sample
            </ToolbarButton>
          </Tooltip>
        </>
      ) : connected ? (
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
      {session === 'online' && (
        <Tooltip
          content="Browse from the local cache and keep changes in the journal until you go online"
          relationship="description"
        >
          <ToolbarButton icon={<CloudOff20Regular />} onClick={() => void setOffline(true)}>
            Work offline
          </ToolbarButton>
        </Tooltip>
      )}
      {(session === 'offline' || session === 'reconnecting') && (
        <Tooltip
          content="Use the domain controller again and send the waiting changes"
          relationship="description"
        >
          <ToolbarButton icon={<Cloud20Regular />} onClick={() => void setOffline(false)}>
            Go online
          </ToolbarButton>
        </Tooltip>
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
      <Tooltip
        content="Step-by-step fixes for the known sync problems (a missing onmicrosoft.com address, plain-text invites), and Sync now"
        relationship="description"
      >
        <ToolbarButton icon={<Wrench20Regular />} disabled={!connected} onClick={() => openDialog('guided')}>
          Fixes
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
      <Tooltip
        content={
          cloudAccount
            ? `Signed in to Microsoft 365 as ${cloudAccount}`
            : 'Sign in to Microsoft 365 (the Cloud tab, tenant domains and licences)'
        }
        relationship="description"
      >
        <ToolbarButton icon={<CloudFlow20Regular />} onClick={() => openDialog('cloud')}>
          {cloudAccount ? 'Microsoft 365' : 'Microsoft 365 sign-in…'}
        </ToolbarButton>
      </Tooltip>
      <ToolbarButton icon={<Info20Regular />} onClick={() => openDialog('about')}>
        About
      </ToolbarButton>
    </Toolbar>
  );
}
