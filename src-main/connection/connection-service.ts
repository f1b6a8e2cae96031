import type {
  ConnectionInfo,
  ConnectionProfile,
  ConnectionSnapshot,
  ConnectionState,
} from '../../src-preload/contract/index.ts';
import { AppError, DISCONNECTED } from '../../src-preload/contract/index.ts';
import { DirectorySession, type SessionState } from '../directory/session.ts';
import type { DirectoryProfile } from '../directory/profile.ts';
import type { EventBus } from '../ipc/event-bus.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import type { ProfileStore, SavableProfile } from './profile-store.ts';
import type { DirectoryScope } from '../changes/journal.ts';

export interface ConnectionServiceOptions {
  profiles: ProfileStore;
  secrets: SecretStore;
  bus: EventBus;
}

const STATUS: Record<SessionState, ConnectionState['status']> = {
  online: 'online',
  offline: 'offline',
  reconnecting: 'reconnecting',
  closed: 'disconnected',
};

/**
 * Owns the one directory session of the app: connects a profile, remembers its password only where
 * the OS keystore can hold it, and tells the renderer about every state change.
 */
export class ConnectionService {
  readonly #options: ConnectionServiceOptions;
  #session: DirectorySession | null = null;
  /** The profile the open session was made with (the stored one may be renamed meanwhile). */
  #profileId: string | null = null;
  #state: ConnectionState = DISCONNECTED;

  constructor(options: ConnectionServiceOptions) {
    this.#options = options;
  }

  get state(): ConnectionState {
    return this.#state;
  }

  /** The state and, with a session open, what it is connected to: a reloaded renderer starts here. */
  snapshot(): ConnectionSnapshot {
    const session = this.#session;
    const profileId = this.#profileId;
    if (session === null || profileId === null) return { state: this.#state, info: null };
    return { state: this.#state, info: this.#describe(session, this.#options.profiles.get(profileId)) };
  }

  get profiles(): ProfileStore {
    return this.#options.profiles;
  }

  /**
   * The directory new and queued changes belong to: the connected profile and its domain, online
   * or not. Null with no session, or when the session is read-only (nothing may be sent through it).
   */
  writableScope(): DirectoryScope | null {
    const session = this.#session;
    const profileId = this.#state.profileId;
    if (session === null || session.readOnly || profileId === null) return null;
    return { profileId, domain: session.rootDse.defaultNamingContext };
  }

  requireSession(): DirectorySession {
    if (!this.#session) throw new AppError('NOT_CONNECTED', 'Connect to a domain controller first.');
    return this.#session;
  }

  /** Connects a saved profile as it is. */
  connect(profileId: string, typedPassword: string | undefined): Promise<ConnectionInfo> {
    return this.#open(this.#options.profiles.get(profileId), typedPassword);
  }

  /**
   * Connects with a profile as the dialog has it, new or edited, plus the certificates the user has
   * just trusted; it is saved only once the bind succeeds, so a typo never leaves a profile behind.
   */
  async connectDraft(
    input: SavableProfile,
    typedPassword: string | undefined,
    trust: readonly string[] = [],
  ): Promise<ConnectionInfo> {
    const profiles = this.#options.profiles;
    const draft = profiles.prepare(input, trust);
    const info = await this.#open(draft, typedPassword);
    try {
      return { ...info, profile: profiles.persist(draft) };
    } catch (error) {
      // Saving failed (another profile took the name meanwhile): no session for an unsaved profile.
      await this.disconnect();
      throw error;
    }
  }

  async #open(profile: ConnectionProfile, typedPassword: string | undefined): Promise<ConnectionInfo> {
    const profileId = profile.id;
    const secretKey = `ldap-password:${profile.id}`;
    const password = typedPassword ?? (await this.#options.secrets.get(secretKey));
    if (password === null || password === '') {
      throw new AppError('INVALID_CREDENTIALS', `Type the password of ${profile.bindIdentity}.`, {
        identity: profile.bindIdentity,
      });
    }
    await this.disconnect();
    this.#setState({
      ...DISCONNECTED,
      status: 'connecting',
      profileId,
      identity: profile.bindIdentity,
      readOnly: profile.readOnly,
    });
    let session: DirectorySession;
    try {
      session = await DirectorySession.connect(toDirectoryProfile(profile), password);
    } catch (error) {
      this.#setState({ ...DISCONNECTED, message: error instanceof Error ? error.message : null });
      throw error;
    }
    this.#session = session;
    this.#profileId = profileId;
    if (profile.rememberPassword && this.#options.secrets.persistent)
      await this.#options.secrets.set(secretKey, password);
    else await this.#options.secrets.delete(secretKey);
    const server = session.rootDse.dnsHostName || profile.host;
    session.onStateChange = (state, problem) => {
      if (this.#session !== session) return;
      this.#setState({ ...this.#state, status: STATUS[state], message: problem?.message ?? null });
    };
    this.#setState({
      status: 'online',
      profileId,
      server,
      identity: profile.bindIdentity,
      readOnly: session.readOnly,
      message: null,
    });
    return this.#describe(session, profile);
  }

  #describe(session: DirectorySession, profile: ConnectionProfile): ConnectionInfo {
    const root = session.rootDse;
    return {
      state: this.#state,
      profile,
      domainDn: root.defaultNamingContext,
      domainDnsName: root.domainDnsName,
      dnsHostName: root.dnsHostName,
      upnSuffixes: root.upnSuffixes,
      exchangeSchema: session.schema.hasExchangeSchema(),
      functionalLevels: {
        forest: root.forestFunctionality,
        domain: root.domainFunctionality,
        dc: root.domainControllerFunctionality,
      },
      highestCommittedUSN: root.highestCommittedUSN,
    };
  }

  async forgetProfile(profileId: string): Promise<void> {
    if (this.#state.profileId === profileId) await this.disconnect();
    this.#options.profiles.delete(profileId);
    await this.#options.secrets.delete(`ldap-password:${profileId}`);
  }

  async disconnect(): Promise<void> {
    const session = this.#session;
    this.#session = null;
    this.#profileId = null;
    if (session) await session.close();
    if (this.#state.status !== 'disconnected') this.#setState(DISCONNECTED);
  }

  async dispose(): Promise<void> {
    await this.disconnect();
  }

  #setState(state: ConnectionState): void {
    this.#state = state;
    this.#options.bus.emit('onConnectionChanged', state);
  }
}

function toDirectoryProfile(profile: ConnectionProfile): DirectoryProfile {
  const result: DirectoryProfile = {
    host: profile.host,
    port: profile.port,
    security: profile.security,
    allowPlain: profile.allowPlain,
    bindIdentity: profile.bindIdentity,
    readOnly: profile.readOnly,
  };
  if (profile.caPem) result.caPem = profile.caPem;
  if (profile.pinnedFingerprints?.length) result.pinnedFingerprints = [...profile.pinnedFingerprints];
  return result;
}
