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
import type { CachedDirectory } from '../cache/cached-directory.ts';
import { sessionCopy } from '../cache/session-copy.ts';
import { cacheKeeper } from '../cache/cache-keeper.ts';
import type { EntryCache } from '../cache/entry-cache.ts';
import type { DirectoryReader } from '../directory/reader.ts';
import type { SampleDirectory } from '../sample/sample-directory.ts';
import {
  SAMPLE_DNS_NAME,
  SAMPLE_DOMAIN_DN,
  SAMPLE_PROFILE_ID,
} from '../../src-preload/shared/sample-directory.ts';

export interface ConnectionServiceOptions {
  profiles: ProfileStore;
  secrets: SecretStore;
  bus: EventBus;
  /** Keeps every entry read; answers reads while the DC is unreachable. */
  cache?: EntryCache;
  /** The bundled sample directory, opened with openSample(). */
  sample?: SampleDirectory;
  /** How long to wait on the DC and between reconnections; the defaults are the product's. */
  timing?: SessionTiming;
}

/**
 * Timeouts and reconnection delays for every session. Tests of a stalled network shorten them; the
 * app uses the defaults (15 s to connect, 30 s per request, 1, 2, 5, 10, 30 s between attempts).
 */
export interface SessionTiming {
  connectTimeoutMs?: number;
  operationTimeoutMs?: number;
  reconnectDelaysMs?: number[];
}

/** The sample's stand-in for a connection profile: never saved, never connectable. */
const SAMPLE_PROFILE: ConnectionProfile = {
  id: SAMPLE_PROFILE_ID,
  name: 'Sample directory',
  host: SAMPLE_DNS_NAME,
  port: 636,
  security: 'ldaps',
  allowPlain: false,
  bindIdentity: `administrator@${SAMPLE_DNS_NAME}`,
  readOnly: false,
  rememberPassword: false,
};

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
  /** The sample directory, while it is open instead of a session. */
  #sample: { reader: CachedDirectory; asOf: string } | null = null;
  /** "Work offline": the session stays open, but nothing is read from or sent to it. */
  #workingOffline = false;

  constructor(options: ConnectionServiceOptions) {
    this.#options = options;
  }

  get state(): ConnectionState {
    return this.#state;
  }

  /** The state and, with a session open, what it is connected to: a reloaded renderer starts here. */
  snapshot(): ConnectionSnapshot {
    if (this.#sample !== null) return { state: this.#state, info: this.#describeSample(this.#sample.reader) };
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
    // The sample's changes belong to a profile and domain no real connection has (see SAMPLE_PROFILE_ID).
    if (this.#sample !== null) return { profileId: SAMPLE_PROFILE_ID, domain: SAMPLE_DOMAIN_DN };
    const session = this.#session;
    const profileId = this.#state.profileId;
    if (session === null || session.readOnly || profileId === null) return null;
    return { profileId, domain: session.rootDse.defaultNamingContext };
  }

  /** A live session: writes, and reads that only a DC can answer. Never the sample's. */
  requireSession(): DirectorySession {
    if (!this.#session) throw new AppError('NOT_CONNECTED', 'Connect to a domain controller first.');
    return this.#session;
  }

  /**
   * Where the tree, lists, Find and sheets are read from: the live session when it is online, the
   * entry cache of its directory while it is not (browsing does not wait for the DC), or the
   * sample directory.
   */
  reader(): DirectoryReader {
    if (this.#sample !== null) return this.#sample.reader;
    const session = this.requireSession();
    if (session.state === 'online' && !this.#workingOffline) return session;
    return this.cachedCopy() ?? session;
  }

  /**
   * The cache's copy of the session's directory, online or not (the list paints from it before the
   * DC answers); null without a session or a cache, and for the sample (whose copy is its reader).
   */
  cachedCopy(): CachedDirectory | null {
    const session = this.#session;
    const cache = this.#options.cache;
    if (this.#sample !== null || session === null || cache === undefined) return null;
    return sessionCopy(cache, session);
  }

  /**
   * How many objects `dn` held when it was last listed (its cached children), so a load can say
   * "4,000 of about 20,000" before the DC has sent them all: AD's paged search gives no total.
   * Null when nothing of it is cached.
   */
  cachedChildCount(dn: string): number | null {
    const cache = this.#options.cache;
    if (cache === undefined || (this.#sample === null && this.#session === null)) return null;
    const count = cache.childCount(this.reader().rootDse.defaultNamingContext, dn);
    return count > 0 ? count : null;
  }

  /** True while reads come from the live DC (not the cache or the sample). */
  get live(): boolean {
    return this.#sample === null && !this.#workingOffline && this.#session?.state === 'online';
  }

  /** The admin's "Work offline": reads from the cache, changes queue; the session stays open. */
  workOffline(): ConnectionState {
    const session = this.requireSession();
    if (this.#sample !== null) throw new AppError('NOT_CONNECTED', 'The sample directory is always offline.');
    this.#workingOffline = true;
    this.#setState(this.#stateFor(session.state, null));
    return this.#state;
  }

  /** Back to the DC: at once when the session is up (queued changes drain), else it reconnects now. */
  goOnline(): ConnectionState {
    const session = this.requireSession();
    this.#workingOffline = false;
    this.#setState(this.#stateFor(session.state, null));
    session.reconnectNow();
    return this.#state;
  }

  /** The state for a session state, with the cache said when reads come from it. */
  #stateFor(state: SessionState, message: string | null, nextAttemptAt?: Date): ConnectionState {
    const { cache: _previous, nextAttemptAt: _before, ...rest } = this.#state;
    const cache = this.#options.cache;
    const domain = this.#session?.rootDse.defaultNamingContext ?? '';
    const status = this.#workingOffline && state !== 'closed' ? 'offline' : STATUS[state];
    const next: ConnectionState = {
      ...rest,
      status,
      message: this.#workingOffline
        ? 'Working offline: shown from the cache; changes wait until you go online.'
        : message,
    };
    // Only a session that is itself trying again has a next attempt; working offline holds it back.
    if (state === 'offline' && nextAttemptAt !== undefined && !this.#workingOffline)
      next.nextAttemptAt = nextAttemptAt.toISOString();
    // Unreachable or set aside: what is shown comes from the cache, and the admin is told how old it is.
    if ((status === 'offline' || status === 'reconnecting') && cache !== undefined) {
      next.cache = { kind: 'cache', asOf: cache.lastCachedAt(domain) };
      if (this.#workingOffline) next.cache.byChoice = true;
    }
    return next;
  }

  /** Opens the bundled sample directory instead of a connection: offline, from the cache. */
  async openSample(): Promise<ConnectionInfo> {
    const sample = this.#options.sample;
    if (sample === undefined) throw new AppError('NOT_FOUND', 'This build has no sample directory.');
    await this.disconnect();
    const opened = sample.open();
    this.#sample = opened;
    this.#setState({
      status: 'offline',
      profileId: SAMPLE_PROFILE_ID,
      server: SAMPLE_DNS_NAME,
      identity: SAMPLE_PROFILE.bindIdentity,
      readOnly: false,
      message: 'The sample directory: changes are kept on this computer and never sent anywhere.',
      cache: { kind: 'sample', asOf: opened.asOf },
    });
    return this.#describeSample(opened.reader);
  }

  /** Restores the sample as shipped; the caller discards its journaled changes. */
  resetSample(): void {
    if (this.#sample === null) throw new AppError('NOT_CONNECTED', 'Open the sample directory first.');
    this.#options.sample?.reset();
  }

  /** The open sample directory, or null. */
  get sampleReader(): CachedDirectory | null {
    return this.#sample?.reader ?? null;
  }

  #describeSample(reader: CachedDirectory): ConnectionInfo {
    const root = reader.rootDse;
    return {
      state: this.#state,
      profile: SAMPLE_PROFILE,
      domainDn: root.defaultNamingContext,
      domainDnsName: root.domainDnsName,
      dnsHostName: root.dnsHostName,
      upnSuffixes: root.upnSuffixes,
      exchangeSchema: reader.schema.hasExchangeSchema(),
      functionalLevels: {
        forest: root.forestFunctionality,
        domain: root.domainFunctionality,
        dc: root.domainControllerFunctionality,
      },
      highestCommittedUSN: root.highestCommittedUSN,
    };
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
      const timing = this.#options.timing ?? {};
      const directoryProfile = toDirectoryProfile(profile);
      if (timing.connectTimeoutMs !== undefined) directoryProfile.timeoutMs = timing.connectTimeoutMs;
      if (timing.operationTimeoutMs !== undefined)
        directoryProfile.operationTimeoutMs = timing.operationTimeoutMs;
      session = await DirectorySession.connect(
        directoryProfile,
        password,
        timing.reconnectDelaysMs ? { reconnectDelaysMs: timing.reconnectDelaysMs } : {},
      );
    } catch (error) {
      this.#setState({ ...DISCONNECTED, message: error instanceof Error ? error.message : null });
      throw error;
    }
    this.#session = session;
    this.#profileId = profileId;
    const cache = this.#options.cache;
    const domain = session.rootDse.defaultNamingContext;
    if (cache !== undefined) {
      session.observer = cacheKeeper(cache, domain);
      cache.setFact(domain, 'rootDse', session.rootDse);
    }
    if (profile.rememberPassword && this.#options.secrets.persistent)
      await this.#options.secrets.set(secretKey, password);
    else await this.#options.secrets.delete(secretKey);
    const server = session.rootDse.dnsHostName || profile.host;
    session.onStateChange = (state, problem, nextAttemptAt) => {
      if (this.#session !== session) return;
      this.#setState(this.#stateFor(state, problem?.message ?? null, nextAttemptAt));
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
    this.#sample = null;
    this.#workingOffline = false;
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
