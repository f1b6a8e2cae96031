// Microsoft 365 sign-in as a public client (msal-node): client ID and tenant per connection
// profile, the production authority; the system browser with a loopback redirect, or the device
// code flow as the fallback; tokens renewed silently from the cache; sign-out clears the account.
// Failures come back in words an admin can act on.

import {
  PublicClientApplication,
  type AccountInfo,
  type DeviceCodeRequest,
  type ICachePlugin,
} from '@azure/msal-node';
import { httpsNetworkModule, type MsalNetworkOptions } from './msal-network.ts';

/** Delegated permissions the cloud features need (documented with the default app registration). */
export const GRAPH_SCOPES = [
  'https://graph.microsoft.com/User.ReadWrite.All',
  'https://graph.microsoft.com/Group.Read.All',
  'https://graph.microsoft.com/OrgContact.Read.All',
  'https://graph.microsoft.com/Directory.Read.All',
  'https://graph.microsoft.com/Organization.Read.All',
  // Restore of deleted users (least privileged for it), and the source-of-authority switch.
  'https://graph.microsoft.com/User.DeleteRestore.All',
  'https://graph.microsoft.com/User-OnPremisesSyncBehavior.ReadWrite.All',
  'https://graph.microsoft.com/Group-OnPremisesSyncBehavior.ReadWrite.All',
  'https://graph.microsoft.com/Contacts-OnPremisesSyncBehavior.ReadWrite.All',
];

export interface CloudProfile {
  clientId: string;
  /** Tenant ID or verified domain (contoso.onmicrosoft.com). */
  tenant: string;
}

export interface DeviceCodePrompt {
  userCode: string;
  verificationUri: string;
  message: string;
  expiresInSeconds: number;
}

export type SignInErrorCode =
  'missing-consent' | 'wrong-tenant' | 'sign-in-expired' | 'no-network' | 'cancelled' | 'failed';

export class CloudSignInError extends Error {
  readonly code: SignInErrorCode;
  constructor(code: SignInErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

export interface CloudSignIn {
  /** Aborting `signal` stops MSAL's polling; the call then fails with CloudSignInError('cancelled'). */
  signInWithDeviceCode(
    onPrompt: (prompt: DeviceCodePrompt) => void,
    signal?: AbortSignal,
  ): Promise<AccountInfo>;
  /**
   * The system browser: MSAL listens on a loopback port (127.0.0.1) and `openBrowser` opens the
   * sign-in page, which hands the code back to it (form_post) for the token, with PKCE. Aborting
   * `signal` answers the loopback with access_denied, so MSAL stops listening and the call fails
   * with CloudSignInError('cancelled').
   */
  signInWithBrowser(openBrowser: (url: string) => Promise<void>, signal?: AbortSignal): Promise<AccountInfo>;
  /** An access token for Graph, renewed silently; CloudSignInError('sign-in-expired') when it cannot be. */
  getToken(): Promise<string>;
  account(): Promise<AccountInfo | null>;
  signOut(): Promise<void>;
}

export interface CloudSignInOptions {
  profile: CloudProfile;
  cachePlugin?: ICachePlugin;
  /** CA and routing of the identity platform calls (tests route them to the test server). */
  network?: Omit<MsalNetworkOptions, 'onErrorBody'>;
}

/** The words for an MSAL or identity-platform failure (AADSTS codes from the service). */
export function signInError(e: unknown, tenant: string): CloudSignInError {
  const text =
    e instanceof Error ? `${(e as { errorCode?: string }).errorCode ?? ''} ${e.message}` : String(e);
  if (/AADSTS65001|consent_required/.test(text))
    return new CloudSignInError(
      'missing-consent',
      'The app registration has not been granted the Microsoft Graph permissions it needs. Ask a Global Administrator to grant admin consent, then sign in again.',
    );
  if (/AADSTS90002|AADSTS50020|AADSTS900023|invalid_tenant/.test(text))
    return new CloudSignInError(
      'wrong-tenant',
      `Tenant "${tenant}" was not found, or this account does not belong to it. Check the tenant ID or domain in the connection profile.`,
    );
  if (/AADSTS700082|AADSTS70043|AADSTS50173|no_tokens_found|interaction_required|invalid_grant/.test(text))
    return new CloudSignInError('sign-in-expired', 'The Microsoft 365 sign-in has expired. Sign in again.');
  if (/AADSTS70019|expired_token|user_cancelled|AADSTS70020/.test(text))
    return new CloudSignInError(
      'cancelled',
      'The device code expired before the sign-in was completed. Start the sign-in again.',
    );
  if (/ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|network|endpoints_resolution_error/i.test(text))
    return new CloudSignInError(
      'no-network',
      'Microsoft 365 cannot be reached: check the network connection or proxy, then try again.',
    );
  return new CloudSignInError(
    'failed',
    `The Microsoft 365 sign-in failed: ${e instanceof Error ? e.message : String(e)}`,
  );
}

export function createCloudSignIn(options: CloudSignInOptions): CloudSignIn {
  const { profile } = options;
  // MSAL reports device code failures by OAuth error only; the AADSTS code seen on the wire
  // tells missing consent from an expired sign-in.
  let lastAadsts = '';
  const networkClient = httpsNetworkModule({
    ...options.network,
    onErrorBody: (b) => {
      lastAadsts = `${(b.error_codes ?? []).map((c) => `AADSTS${c}`).join(' ')} ${b.error_description ?? ''}`;
    },
  });
  const fail = (e: unknown): CloudSignInError => {
    if (e instanceof CloudSignInError) return e;
    const seen = lastAadsts;
    lastAadsts = '';
    return signInError(
      seen && e instanceof Error
        ? Object.assign(new Error(`${seen} ${e.message}`), {
            errorCode: (e as { errorCode?: string }).errorCode,
          })
        : e,
      profile.tenant,
    );
  };
  const app = new PublicClientApplication({
    auth: { clientId: profile.clientId, authority: `https://login.microsoftonline.com/${profile.tenant}` },
    ...(options.cachePlugin ? { cache: { cachePlugin: options.cachePlugin } } : {}),
    system: { networkClient },
  });
  const account = async (): Promise<AccountInfo | null> =>
    (await app.getTokenCache().getAllAccounts())[0] ?? null;
  return {
    async signInWithDeviceCode(onPrompt, signal) {
      // MSAL polls until the code expires unless its request object is told to stop (`cancel`).
      const request: DeviceCodeRequest = {
        scopes: GRAPH_SCOPES,
        deviceCodeCallback: (r) => {
          onPrompt({
            userCode: r.userCode,
            verificationUri: r.verificationUri,
            message: r.message,
            expiresInSeconds: r.expiresIn,
          });
        },
      };
      const stop = () => {
        request.cancel = true;
      };
      signal?.addEventListener('abort', stop, { once: true });
      try {
        const result = await app.acquireTokenByDeviceCode(request);
        if (!result?.account) throw new CloudSignInError('failed', 'The sign-in returned no account.');
        return result.account;
      } catch (e) {
        if (signal?.aborted) throw new CloudSignInError('cancelled', 'The sign-in was cancelled.');
        throw fail(e);
      } finally {
        signal?.removeEventListener('abort', stop);
      }
    },
    async signInWithBrowser(openBrowser, signal) {
      // Where the page will post the code: known once MSAL has its loopback port (in the URL).
      let loopback: { redirectUri: string; state: string } | null = null;
      const stop = () => {
        if (loopback)
          void fetch(loopback.redirectUri, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ error: 'access_denied', state: loopback.state }).toString(),
          }).catch(() => {});
      };
      signal?.addEventListener('abort', stop, { once: true });
      try {
        const result = await app.acquireTokenInteractive({
          scopes: GRAPH_SCOPES,
          // Pick the account in the browser, even when the OS has signed in to another tenant.
          prompt: 'select_account',
          successTemplate: 'Signed in to RecipientDesk. You can close this window and go back to the app.',
          errorTemplate: 'The RecipientDesk sign-in did not finish. Go back to the app and try again.',
          openBrowser: async (url) => {
            const q = new URL(url).searchParams;
            loopback = { redirectUri: q.get('redirect_uri') ?? '', state: q.get('state') ?? '' };
            if (signal?.aborted) stop();
            await openBrowser(url);
          },
        });
        if (!result?.account) throw new CloudSignInError('failed', 'The sign-in returned no account.');
        return result.account;
      } catch (e) {
        if (signal?.aborted) throw new CloudSignInError('cancelled', 'The sign-in was cancelled.');
        throw fail(e);
      } finally {
        signal?.removeEventListener('abort', stop);
      }
    },
    async getToken() {
      const acc = await account();
      if (!acc)
        throw new CloudSignInError('sign-in-expired', 'Not signed in to Microsoft 365. Sign in first.');
      try {
        return (await app.acquireTokenSilent({ account: acc, scopes: GRAPH_SCOPES })).accessToken;
      } catch (e) {
        throw fail(e);
      }
    },
    account,
    async signOut() {
      const acc = await account();
      if (acc) await app.getTokenCache().removeAccount(acc);
    },
  };
}
