import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useStore } from '../store/store.ts';
import { TenantFactsList } from './tenant-facts-view.tsx';
import { DeletedUsersPanel } from './deleted-users-panel.tsx';

const useStyles = makeStyles({
  surface: { width: 'min(640px, 96vw)', maxWidth: 'none' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeHero700,
    letterSpacing: '0.1em',
  },
  prompt: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** Microsoft 365: which app registration signs in to which tenant, the sign-in, and what the tenant says. */
export function CloudDialog() {
  const styles = useStyles();
  const open = useStore((s) => s.dialog === 'cloud');
  const openDialog = useStore((s) => s.openDialog);
  const cloud = useStore((s) => s.cloud);
  const prompt = useStore((s) => s.cloudPrompt);
  const signingIn = useStore((s) => s.cloudSignInId !== null);
  const inBrowser = useStore((s) => s.cloudSignInBrowser);
  const error = useStore((s) => s.cloudError);
  const readOnly = useStore((s) => s.connection.readOnly);
  const { configureCloud, signInToCloud, cancelCloudSignIn, signOutOfCloud, refreshTenant } =
    useStore.getState();
  const [clientId, setClientId] = useState('');
  const [tenant, setTenant] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open || !cloud) return;
    setClientId(cloud.settings.defaultApp ? '' : cloud.settings.clientId);
    setTenant(cloud.settings.tenant === 'organizations' ? '' : cloud.settings.tenant);
  }, [open, cloud]);

  const account = cloud?.account ?? null;
  const wanted = { clientId: clientId.trim() || null, tenant: tenant.trim() || 'organizations' };
  const changed =
    cloud !== null &&
    (wanted.tenant.toLowerCase() !== cloud.settings.tenant.toLowerCase() ||
      (wanted.clientId ?? '') !== (cloud.settings.defaultApp ? '' : cloud.settings.clientId));

  const signIn = async (how: 'browser' | 'deviceCode') => {
    setBusy(true);
    try {
      if (changed && !(await configureCloud(wanted.clientId, wanted.tenant))) return;
      await signInToCloud(how);
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    void cancelCloudSignIn();
    openDialog(null);
  };

  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && close()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Microsoft 365</DialogTitle>
          <DialogContent className={styles.content}>
            {error && (
              <MessageBar intent="error" data-testid="cloud-error">
                <MessageBarBody>{error.message}</MessageBarBody>
              </MessageBar>
            )}
            {account ? (
              <>
                <Text data-testid="cloud-account">
                  Signed in as <strong>{account.username}</strong>
                  {cloud?.tenant ? ` to ${cloud.tenant.displayName}` : ''}.
                  {cloud?.persistent === false
                    ? ' In the browser the sign-in lasts until RecipientDesk stops.'
                    : ''}
                </Text>
                {cloud?.tenant ? (
                  <>
                    <TenantFactsList tenant={cloud.tenant} />
                    {!readOnly && <DeletedUsersPanel />}
                  </>
                ) : (
                  <MessageBar intent="warning">
                    <MessageBarBody>{cloud?.tenantError ?? 'The tenant could not be read.'}</MessageBarBody>
                  </MessageBar>
                )}
              </>
            ) : signingIn && inBrowser ? (
              <Spinner
                size="tiny"
                labelPosition="after"
                label="Finish the sign-in in your browser; RecipientDesk continues once you have."
              />
            ) : signingIn ? (
              <div className={styles.prompt} data-testid="device-code">
                {prompt ? (
                  <>
                    <Text>
                      Open{' '}
                      <Link href={prompt.verificationUri} target="_blank" rel="noreferrer">
                        {prompt.verificationUri}
                      </Link>{' '}
                      in a browser, sign in with an administrator account of the tenant and enter this code:
                    </Text>
                    <div className={styles.row}>
                      <Text className={styles.code} data-testid="device-code-value">
                        {prompt.userCode}
                      </Text>
                      <Button onClick={() => void navigator.clipboard?.writeText(prompt.userCode)}>
                        Copy code
                      </Button>
                    </div>
                    <Spinner size="tiny" labelPosition="after" label="Waiting for the sign-in to finish…" />
                  </>
                ) : (
                  <Spinner size="tiny" labelPosition="after" label="Asking Microsoft for a sign-in code…" />
                )}
              </div>
            ) : (
              <>
                <Text>
                  Sign in to see what Microsoft 365 holds for each object (the Cloud tab), match accounts and
                  check addresses against the tenant's verified domains. Everything else works without it.
                </Text>
                <Field
                  label="Tenant"
                  hint="The tenant ID or a verified domain (contoso.onmicrosoft.com); empty: the tenant of the account you sign in with."
                >
                  <Input
                    value={tenant}
                    onChange={(_e, d) => setTenant(d.value)}
                    placeholder="contoso.onmicrosoft.com"
                  />
                </Field>
                <Field
                  label="Application (client) ID"
                  hint="Empty: Microsoft Graph Command Line Tools, the app Microsoft Graph PowerShell signs in with. See the README for a registration of your own."
                >
                  <Input
                    value={clientId}
                    onChange={(_e, d) => setClientId(d.value)}
                    placeholder="14d82eec-204b-4c2f-b7e8-296a70dab67e"
                  />
                </Field>
              </>
            )}
          </DialogContent>
          <DialogActions>
            {account ? (
              <>
                <Button onClick={() => void refreshTenant()}>Refresh</Button>
                <Button onClick={() => void signOutOfCloud()}>Sign out</Button>
              </>
            ) : signingIn ? (
              <Button onClick={() => void cancelCloudSignIn()}>Cancel sign-in</Button>
            ) : (
              <>
                {cloud?.browserSignIn && (
                  <Button appearance="primary" disabled={busy} onClick={() => void signIn('browser')}>
                    Sign in with the browser
                  </Button>
                )}
                <Button
                  appearance={cloud?.browserSignIn ? 'secondary' : 'primary'}
                  disabled={busy}
                  onClick={() => void signIn('deviceCode')}
                >
                  Sign in with a device code
                </Button>
              </>
            )}
            <Button onClick={close}>Close</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
