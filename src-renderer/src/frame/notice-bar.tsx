import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { useStore } from '../store/store.ts';

/** What an action taken from a menu came to, until the admin dismisses it. */
export function NoticeBar() {
  const notice = useStore((s) => s.notice);
  const showNotice = useStore((s) => s.showNotice);
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} role={notice.intent === 'success' ? 'status' : 'alert'}>
      <MessageBarBody>{notice.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label="Dismiss"
            icon={<Dismiss16Regular />}
            onClick={() => showNotice(null)}
          />
        }
      />
    </MessageBar>
  );
}
