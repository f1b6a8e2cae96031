// The Microsoft 365 session main owns next to the LDAP one: the app registration and tenant of the
// connected profile, its MSAL sign-in (token cache in the secret store), the Graph layer over it and
// the tenant's facts. Everything else asks this for a GraphApi; nothing else holds a token.

import type { CloudSettings, CloudStatus, TenantFactsView } from '../../src-preload/contract/index.ts';
import { AppError } from '../../src-preload/contract/index.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import type { Settings } from '../store/settings.ts';
import type { CloudEndpoints } from './cloud-endpoints.ts';
import { createGraphApi, GraphApiError, type GraphApi } from './graph-api.ts';
import { CloudSignInError, createCloudSignIn, type CloudSignIn, type DeviceCodePrompt } from './sign-in.ts';
import { readTenantFacts } from './tenant-facts.ts';
import { secretStoreCachePlugin } from './token-cache.ts';
import type { TenantDomains } from './tenant-domains.ts';

/**
 * Microsoft Graph Command Line Tools: Microsoft's own public client, the one Microsoft Graph
 * PowerShell signs in with, so a tenant that allows Graph PowerShell needs no registration of its own.
 * README "Microsoft 365" says how to register a dedicated one and which permissions it needs.
 */
export const DEFAULT_CLIENT_ID = '14d82eec-204b-4c2f-b7e8-296a70dab67e';
/** Any work account's home tenant, until the profile names one. */
export const DEFAULT_TENANT = 'organizations';

export interface CloudServiceOptions {
  secrets: SecretStore;
  settings: Settings;
  endpoints: CloudEndpoints;
  /** The connection profile the settings belong to (null: none connected yet). */
  profileId: () => string | null;
  onStatus: (status: CloudStatus) => void;
  /**
   * Opens a sign-in page in the system browser (Electron: shell.openExternal, allow-listed); absent
   * in the browser transport, where the sign-in is by device code only.
   */
  openBrowser?: (url: string) => Promise<void>;
}

interface Session {
  key: string;
  settings: CloudSettings;
  signIn: CloudSignIn;
  api: GraphApi;
  tenant: TenantFactsView | null;
  tenantError: string | null;
}

const settingsKey = (profileId: string | null) => `cloud.settings.${profileId ?? 'none'}`;

export class CloudService {
  readonly #options: CloudServiceOptions;
  #session: Session | null = null;
  readonly #signIns = new Map<string, AbortController>();

  constructor(options: CloudServiceOptions) {
    this.#options = options;
  }

  settings(): CloudSettings {
    const saved = this.#options.settings.get<{ clientId: string | null; tenant: string }>(
      settingsKey(this.#options.profileId()),
    );
    const clientId = saved?.clientId ?? null;
    return {
      clientId: clientId ?? DEFAULT_CLIENT_ID,
      tenant: saved?.tenant ?? DEFAULT_TENANT,
      defaultApp: clientId === null,
    };
  }

  async status(): Promise<CloudStatus> {
    const session = this.#current();
    const account = await session.signIn.account();
    return {
      settings: session.settings,
      account: account
        ? { username: account.username, name: account.name ?? account.username, tenantId: account.tenantId }
        : null,
      tenant: account ? session.tenant : null,
      tenantError: account ? session.tenantError : null,
      persistent: this.#options.secrets.persistent,
      browserSignIn: this.#options.openBrowser !== undefined,
    };
  }

  async configure(input: { clientId: string | null; tenant: string }): Promise<CloudStatus> {
    const before = this.#current();
    await before.signIn.signOut();
    this.#options.settings.set(settingsKey(this.#options.profileId()), input);
    this.#session = null;
    return this.#announce();
  }

  async signIn(signInId: string, onPrompt: (prompt: DeviceCodePrompt) => void): Promise<CloudStatus> {
    return this.#signInWith(signInId, (session, signal) =>
      session.signIn.signInWithDeviceCode(onPrompt, signal),
    );
  }

  /** The system browser with a loopback redirect; the device code stays as the fallback. */
  async signInWithBrowser(signInId: string): Promise<CloudStatus> {
    const open = this.#options.openBrowser;
    if (!open)
      throw new AppError(
        'CLOUD_SIGN_IN_FAILED',
        'Signing in with the system browser needs the desktop app; here, sign in with a device code.',
        { reason: 'no-browser' },
      );
    return this.#signInWith(signInId, (session, signal) => session.signIn.signInWithBrowser(open, signal));
  }

  async #signInWith(
    signInId: string,
    run: (session: Session, signal: AbortSignal) => Promise<unknown>,
  ): Promise<CloudStatus> {
    const session = this.#current();
    const controller = new AbortController();
    this.#signIns.set(signInId, controller);
    try {
      await run(session, controller.signal);
    } catch (e) {
      throw asAppError(e);
    } finally {
      this.#signIns.delete(signInId);
    }
    await this.#readTenant(session);
    return this.#announce();
  }

  cancelSignIn(signInId: string): void {
    this.#signIns.get(signInId)?.abort();
  }

  async signOut(): Promise<CloudStatus> {
    const session = this.#current();
    await session.signIn.signOut();
    session.tenant = null;
    session.tenantError = null;
    return this.#announce();
  }

  async refreshTenant(): Promise<CloudStatus> {
    const session = this.#current();
    await this.requireApi();
    await this.#readTenant(session);
    return this.#announce();
  }

  /** The tenant's domains as last read (no network call); undefined when signed out or unread. */
  domains(): ReturnType<TenantDomains> {
    const tenant = this.#session?.tenant;
    if (!tenant) return undefined;
    return {
      verified: tenant.verifiedDomains.map((d) => d.name),
      initial: tenant.verifiedDomains.find((d) => d.isInitial)?.name ?? null,
      default: tenant.verifiedDomains.find((d) => d.isDefault)?.name ?? null,
    };
  }

  /** The Graph layer of the signed-in tenant; CLOUD_NOT_SIGNED_IN before a sign-in. */
  async requireApi(): Promise<GraphApi> {
    const session = this.#current();
    if ((await session.signIn.account()) === null)
      throw new AppError('CLOUD_NOT_SIGNED_IN', 'Sign in to Microsoft 365 first (Cloud → Sign in).');
    return session.api;
  }

  /** The tenant facts read at sign-in (read now when they could not be then). */
  async tenantFacts(): Promise<TenantFactsView> {
    const session = this.#current();
    await this.requireApi();
    if (session.tenant === null) await this.#readTenant(session);
    if (session.tenant === null)
      throw new AppError('CLOUD_ERROR', session.tenantError ?? 'The tenant could not be read.');
    return session.tenant;
  }

  async #readTenant(session: Session): Promise<void> {
    try {
      session.tenant = await readTenantFacts(session.api);
      session.tenantError = null;
    } catch (e) {
      session.tenant = null;
      session.tenantError = asAppError(e).message;
    }
  }

  async #announce(): Promise<CloudStatus> {
    const status = await this.status();
    this.#options.onStatus(status);
    return status;
  }

  #current(): Session {
    const settings = this.settings();
    const key = `${settings.clientId}|${settings.tenant.toLowerCase()}`;
    if (this.#session?.key === key) return this.#session;
    const { endpoints, secrets } = this.#options;
    const signIn = createCloudSignIn({
      profile: { clientId: settings.clientId, tenant: settings.tenant },
      cachePlugin: secretStoreCachePlugin(secrets, `cloud.tokens.${key}`),
      network: {
        ...(endpoints.caPem ? { caPem: endpoints.caPem } : {}),
        ...(endpoints.routeLogin ? { route: endpoints.routeLogin } : {}),
      },
    });
    const api = createGraphApi({
      baseUrl: endpoints.graphBaseUrl,
      getToken: async () => {
        try {
          return await signIn.getToken();
        } catch (e) {
          throw asAppError(e);
        }
      },
      ...(endpoints.caPem ? { caPem: endpoints.caPem } : {}),
    });
    this.#session = { key, settings, signIn, api, tenant: null, tenantError: null };
    return this.#session;
  }
}

/** Sign-in and Graph failures as the contract's coded errors, keeping the words written for the admin. */
export function asAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  if (e instanceof CloudSignInError)
    return e.code === 'sign-in-expired'
      ? new AppError('CLOUD_NOT_SIGNED_IN', e.message, { reason: e.code })
      : new AppError('CLOUD_SIGN_IN_FAILED', e.message, { reason: e.code });
  if (e instanceof GraphApiError)
    return new AppError('CLOUD_ERROR', graphErrorText(e), {
      status: e.status,
      code: e.code,
      ...(e.detailCode ? { detailCode: e.detailCode } : {}),
    });
  const text = e instanceof Error ? e.message : String(e);
  if (/ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN/.test(text))
    return new AppError(
      'CLOUD_ERROR',
      'Microsoft 365 cannot be reached: check the network connection or proxy, then try again.',
    );
  return new AppError('CLOUD_ERROR', `Microsoft Graph failed: ${text}`);
}

function graphErrorText(e: GraphApiError): string {
  if (e.status === 403)
    return `Microsoft Graph refused this (${e.code}): the signed-in account or the app registration lacks the permission. ${e.message}`;
  if (e.status === 401) return 'The Microsoft 365 sign-in is no longer accepted. Sign in again.';
  return `Microsoft Graph: ${e.message} (${e.code})`;
}
