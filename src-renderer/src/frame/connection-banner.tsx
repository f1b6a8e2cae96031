import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useStore } from '../store/store.ts';
import { isSampleProfile } from '../../../src-preload/shared/sample-directory.ts';
import type { ConnectionState } from '../../../src-preload/contract/index.ts';

/** "21:45:10": the next attempt is seconds away, so the time of day is what the admin can use. */
function timeOfDay(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? 'shortly' : `at ${at.toLocaleTimeString()}`;
}

interface BannerText {
  intent: 'info' | 'warning';
  title: string;
  body: string;
  /** The button's label; none when the toolbar's Go online already is the way back. */
  action: string | null;
}

/**
 * What the banner says for a session that is not talking to its DC, or null when it is (or when
 * the sample is open: the status bar already says it never leaves this computer).
 */
export function bannerText(connection: ConnectionState): BannerText | null {
  if (isSampleProfile(connection.profileId)) return null;
  const where = connection.server ?? 'the domain controller';
  const waiting = 'Changes you make wait in the journal and are sent when it answers again.';
  if (connection.status === 'offline' && connection.cache?.byChoice)
    return {
      intent: 'info',
      title: 'Working offline.',
      body: 'Nothing is sent to the domain controller; changes wait in the journal until you go online.',
      action: null,
    };
  if (connection.status === 'reconnecting')
    return { intent: 'warning', title: `Reconnecting to ${where}…`, body: waiting, action: 'Reconnect now' };
  if (connection.status === 'offline') {
    const why = connection.message ? `${connection.message.replace(/([^.…!?])$/, '$1.')} ` : '';
    const next =
      connection.nextAttemptAt === undefined
        ? 'It is not tried again by itself.'
        : `Trying again ${timeOfDay(connection.nextAttemptAt)}.`;
    return {
      intent: 'warning',
      title: `${where} cannot be reached.`,
      body: `${why}${next} ${waiting}`,
      action: 'Reconnect now',
    };
  }
  return null;
}

/** The banner over the list while the session is offline, reconnecting or set aside by the admin. */
export function ConnectionBanner() {
  const connection = useStore((s) => s.connection);
  const setOffline = useStore((s) => s.setOffline);
  const text = bannerText(connection);
  if (text === null) return null;
  return (
    <MessageBar intent={text.intent} data-testid="connection-banner" aria-label="Connection">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle> {text.body}
      </MessageBarBody>
      {text.action !== null && (
        <MessageBarActions>
          <Button size="small" onClick={() => void setOffline(false)}>
            {text.action}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
