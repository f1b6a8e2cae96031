import type * as net from 'node:net';
import { Attribute, Change as LdapChange } from 'ldapts';
import type { Change, Client } from 'ldapts';
import { AppError } from '../../src-preload/contract/errors.ts';
import type { DirectoryWriter } from '../changes/ports.ts';
import { readComplete, readWhole } from './compare-reads.ts';
import * as browse from './browse.ts';
import type { ListOptions, TreeNode } from './browse.ts';
import { closeQuietly, openBoundConnection } from './connect.ts';
import type { BoundConnection } from './connect.ts';
import { strings, type AttributeValue, type Entry } from './entry.ts';
import { asLdapValues, ldaptsNewDn } from './ldapts-values.ts';
import * as finder from './find.ts';
import type { FindQuery } from './find.ts';
import { mapOperationError } from './ldap-errors.ts';
import { explainPasswordRefusal, requireEncryptedTransport, unicodePwdValue } from './password.ts';
import { hostOf, operationTimeoutOf } from './profile.ts';
import type { DirectoryProfile } from './profile.ts';
import { DEFAULT_RANGE_SIZE, readAllValues } from './range.ts';
import { ReconnectPolicy } from './reconnect.ts';
import { effectiveRights } from './rights.ts';
import type { EffectiveRights } from './rights.ts';
import { readRootDse } from './rootdse.ts';
import type { RootDse } from './rootdse.ts';
import type { DirectoryReader, ReadObserver } from './reader.ts';
import type { DirectoryRow } from './rows.ts';
import { DirectorySchema, loadSchema } from './schema.ts';
import { searchAll, searchEach, searchPages } from './search.ts';
import type { SearchContext, SearchSpec } from './search.ts';

// The global catalog's ports (MS-ADTS 3.1.1.3.1.1): LDAP with StartTLS, and LDAP over TLS.
const GLOBAL_CATALOG_PORT = 3268;
const GLOBAL_CATALOG_LDAPS_PORT = 3269;

export type SessionState = 'online' | 'offline' | 'reconnecting' | 'closed';

export interface SessionOptions {
  /** Values per slice for range retrieval (AD's default MaxValRange is 1500). */
  rangeSize?: number;
  /** Delays between reconnection attempts, in ms; the last one repeats. */
  reconnectDelaysMs?: number[];
}

/**
 * Told about every state change. `nextAttemptAt`: with 'offline', when the next reconnection
 * attempt starts (absent when the session gave up: a refused password, an untrusted certificate).
 */
export type StateListener = (state: SessionState, problem?: AppError, nextAttemptAt?: Date) => void;

/**
 * One bound LDAP connection to a domain controller, with what was learnt on connecting (rootDSE,
 * schema). Operations fail with OFFLINE while the connection is down; the session reconnects by
 * itself and reports every state change through onStateChange. Every request has the profile's
 * operation timeout: one unanswered past it means a dead link, handled as a closed one.
 */
export class DirectorySession implements DirectoryWriter, DirectoryReader {
  readonly profile: DirectoryProfile;
  rootDse!: RootDse;
  schema: DirectorySchema = DirectorySchema.empty();
  onStateChange: StateListener | undefined;
  /** Told about every entry the app reads (the entry cache keeps them); never fails a read. */
  observer: ReadObserver | undefined;
  readonly #rangeSize: number;
  readonly #reconnect: ReconnectPolicy;
  #password: string;
  #client: Client;
  #socket: net.Socket;
  #state: SessionState = 'online';
  /** Why the session is offline, told again with each wait between reconnection attempts. */
  #problem: AppError | undefined;

  private constructor(
    profile: DirectoryProfile,
    password: string,
    connection: BoundConnection,
    options: SessionOptions,
  ) {
    this.profile = profile;
    this.#password = password;
    this.#client = connection.client;
    this.#socket = connection.socket;
    this.#rangeSize = options.rangeSize ?? DEFAULT_RANGE_SIZE;
    this.#reconnect = new ReconnectPolicy(
      options.reconnectDelaysMs ?? [1000, 2000, 5000, 10_000, 30_000],
      (nextAttemptAt) => this.#setState('offline', this.#problem, nextAttemptAt),
    );
    this.#watch(connection.socket);
  }

  /** Connects, binds, then reads rootDSE and the schema. Throws AppError with a precise code. */
  static async connect(
    profile: DirectoryProfile,
    password: string,
    options: SessionOptions = {},
  ): Promise<DirectorySession> {
    const session = new DirectorySession(
      profile,
      password,
      await openBoundConnection(profile, password),
      options,
    );
    try {
      session.rootDse = await readRootDse(session.context);
      session.schema = await loadSchema(session.context, session.rootDse.schemaNamingContext);
    } catch (error) {
      await session.close();
      throw mapOperationError(error, { server: hostOf(profile) });
    }
    return session;
  }

  /**
   * A session on this DC's global catalog, for a forest-wide read: the same account and the same
   * certificate trust, on 3269 (LDAPS) or 3268 (StartTLS). The caller closes it when done.
   */
  async openGlobalCatalog(): Promise<DirectorySession> {
    if (this.rootDse.globalCatalog !== true)
      throw new AppError(
        'VALIDATION_FAILED',
        `${this.rootDse.dnsHostName || hostOf(this.profile)} is not a global catalog: connect to one (a DC with the GC role) to scan the forest.`,
      );
    const port = this.profile.security === 'ldaps' ? GLOBAL_CATALOG_LDAPS_PORT : GLOBAL_CATALOG_PORT;
    return DirectorySession.connect({ ...this.profile, port, readOnly: true }, this.#password, {
      rangeSize: this.#rangeSize,
    });
  }

  get state(): SessionState {
    return this.#state;
  }

  get readOnly(): boolean {
    return this.profile.readOnly === true;
  }

  /** For the search helpers: always the current client, also after a reconnection. */
  get context(): SearchContext {
    const currentClient = (): Client => this.#client;
    return {
      get client() {
        return currentClient();
      },
      server: hostOf(this.profile),
      binaryAttributes: (requested) => this.schema.binaryAmong(requested),
    };
  }

  // ---- reading ----

  search(spec: SearchSpec): Promise<Entry[]> {
    return this.#run(spec.base, () => searchAll(this.context, spec));
  }

  /** Page by page, for big reads; the next page is requested while the caller handles this one. */
  async *pages(spec: SearchSpec): AsyncGenerator<Entry[]> {
    this.#requireOnline();
    const socket = this.#socket;
    try {
      for await (const page of searchPages(this.context, spec)) {
        yield page;
        // Kept once the page is on its way to the screen, so caching never delays the first rows.
        this.#observe((o) => o.entries(page, spec.attributes ?? 'complete'));
      }
    } catch (error) {
      throw this.#failure(error, spec.base, socket);
    }
  }

  each(spec: SearchSpec, onPage: (entries: Entry[]) => void | Promise<void>): Promise<number> {
    return this.#run(spec.base, () => searchEach(this.context, spec, onPage));
  }

  /**
   * Another bound connection with this session's credentials, for a big read that goes faster in
   * parallel (an offline fill: the DC prepares pages for several searches at once). Searches only,
   * and not watched for reconnection: the caller closes it when its read ends.
   */
  async extraReader(): Promise<{ context: SearchContext; close(): Promise<void> }> {
    this.#requireOnline();
    const { client } = await openBoundConnection(this.profile, this.#password);
    return {
      context: { ...this.context, client, binaryAttributes: (asked) => this.schema.binaryAmong(asked) },
      close: () => closeQuietly(client),
    };
  }

  /** Every value of a large attribute (member) through explicit range retrieval. */
  allValues(dn: string, attribute: string, rangeSize = this.#rangeSize): Promise<AttributeValue[]> {
    return this.#run(dn, () => readAllValues(this.context, dn, attribute, rangeSize));
  }

  children(dn: string): Promise<TreeNode[]> {
    return this.#run(dn, () =>
      browse.children(this.context, dn, (entries, asked) => this.#observe((o) => o.entries(entries, asked))),
    );
  }

  list(dn: string, options: ListOptions = {}): Promise<{ rows: DirectoryRow[]; truncated: boolean }> {
    return this.#run(dn, () => browse.list(this.context, dn, options));
  }

  async read(dnOrGuid: string): Promise<Entry> {
    const entry = await this.#run(dnOrGuid, () => browse.read(this.context, dnOrGuid, this.#rangeSize));
    this.#observe((o) => o.entries([entry], 'complete'));
    return entry;
  }

  find(query: FindQuery): Promise<{ rows: DirectoryRow[]; truncated: boolean }> {
    return this.#run(query.baseDn, () =>
      finder.find(
        this.context,
        query,
        this.rootDse.defaultNamingContext,
        (a) => this.schema.isBinary(a),
        (entries, asked) => this.#observe((o) => o.entries(entries, asked)),
      ),
    );
  }

  async allowedAttributes(entry: Entry): Promise<string[]> {
    const [withAllowed] = await this.search({
      base: entry.dn,
      scope: 'base',
      attributes: ['allowedAttributes'],
    });
    const names = withAllowed ? strings(withAllowed, 'allowedAttributes') : [];
    this.#observe((o) => o.allowed(entry.objectClass, names));
    return names;
  }

  /** A live session's answers are fresh. */
  cachedAt(): string | null {
    return null;
  }

  #observe(tell: (observer: ReadObserver) => void): void {
    if (this.observer === undefined) return;
    try {
      tell(this.observer);
    } catch (error) {
      // The cache is a copy: failing to keep one must never fail the read the admin asked for.
      console.error('RecipientDesk could not cache what was read', error);
    }
  }

  /** Complete values for a compare-and-swap: range retrieval for every multi-valued attribute. */
  readAttributes(
    dn: string,
    attrs: string[],
    binaryAttrs: readonly string[] = [],
  ): Promise<Record<string, string[]>> {
    return this.#run(dn, () =>
      readComplete(this.context, this.schema, dn, attrs, binaryAttrs, this.#rangeSize),
    );
  }

  /** Everything the entry holds, for the audit of a delete. */
  readEntry(dn: string): Promise<{ values: Record<string, string[]>; binary: string[] }> {
    return this.#run(dn, () => readWhole(this.context, this.schema, dn, this.#rangeSize));
  }

  effectiveRights(entry: Entry): EffectiveRights {
    return effectiveRights(entry, { readOnly: this.readOnly });
  }

  // ---- writing ----

  async modify(dn: string, changes: Change[]): Promise<void> {
    this.#requireWritable(dn);
    await this.#run(dn, () => this.#client.modify(dn, changes));
  }

  async add(dn: string, attributes: Record<string, AttributeValue[]>): Promise<void> {
    this.#requireWritable(dn);
    const list = Object.entries(attributes).map(
      ([type, values]) => new Attribute({ type, values: asLdapValues(values) }),
    );
    await this.#run(dn, () => this.#client.add(dn, list));
  }

  async delete(dn: string): Promise<void> {
    this.#requireWritable(dn);
    await this.#run(dn, () => this.#client.del(dn));
  }

  /** An admin's password reset: unicodePwd replaced, with `also` in the same modify. */
  async resetPassword(dn: string, password: string, also: Change[]): Promise<void> {
    this.#requireWritable(dn);
    requireEncryptedTransport(this.profile);
    const secret = new LdapChange({
      operation: 'replace',
      modification: new Attribute({ type: 'unicodePwd', values: [unicodePwdValue(password)] }),
    });
    try {
      await this.#run(dn, () => this.#client.modify(dn, [secret, ...also]));
    } catch (error) {
      throw explainPasswordRefusal(error);
    }
  }

  async modifyDn(dn: string, newRdn: string, newSuperior?: string): Promise<void> {
    this.#requireWritable(dn);
    await this.#run(dn, () => this.#client.modifyDN(dn, ldaptsNewDn(newRdn, newSuperior)));
  }

  // ---- lifecycle ----

  async close(): Promise<void> {
    if (this.#state === 'closed') return;
    this.#reconnect.cancel();
    this.#setState('closed');
    this.#password = '';
    await closeQuietly(this.#client);
  }

  /** Try again now (after a network change, or when the admin clicks "Reconnect"), even mid-wait. */
  reconnectNow(): void {
    if (this.#state === 'offline') this.#reconnect.start(() => this.#attemptReconnect(), true);
  }

  #watch(socket: net.Socket): void {
    socket.once('close', () =>
      this.#lost(socket, new AppError('OFFLINE', `The connection to ${hostOf(this.profile)} was lost.`)),
    );
  }

  /**
   * The link under `socket` is gone: closed, or silent past the operation timeout. The socket is
   * destroyed so nothing is ever sent on a stalled one again (a reconnection makes a new client
   * over a new socket, see connect.ts), and the session goes offline and reconnects with backoff.
   */
  #lost(socket: net.Socket, problem: AppError): void {
    if (this.#state !== 'online' || socket !== this.#socket) return;
    socket.destroy();
    this.#problem = problem;
    // The policy's first wait reports 'offline' with its time, synchronously, through onWait.
    this.#reconnect.start(() => this.#attemptReconnect());
    if (this.#state === 'online') this.#setState('offline', problem);
  }

  /** true when done (reconnected, or an error retrying cannot fix); false to try again later. */
  async #attemptReconnect(): Promise<boolean> {
    if (this.#state === 'closed') return true;
    this.#setState('reconnecting');
    try {
      const connection = await openBoundConnection(this.profile, this.#password);
      if (this.#isClosed()) {
        await closeQuietly(connection.client);
        return true;
      }
      this.#client = connection.client;
      this.#socket = connection.socket;
      this.#watch(connection.socket);
      this.#setState('online');
      return true;
    } catch (error) {
      const problem =
        error instanceof AppError ? error : mapOperationError(error, { server: hostOf(this.profile) });
      if (this.#isClosed()) return true;
      // Retrying a refused password could lock the account; a refused certificate will not change.
      if (!RETRYABLE.has(problem.code)) {
        this.#setState('offline', problem);
        return true;
      }
      // 'offline' is reported when the policy starts the next wait, with the time it ends.
      this.#problem = problem;
      return false;
    }
  }

  // A method, not a property read: the state changes across awaits, which narrowing ignores.
  #isClosed(): boolean {
    return this.#state === 'closed';
  }

  #setState(state: SessionState, problem?: AppError, nextAttemptAt?: Date): void {
    this.#state = state;
    this.onStateChange?.(state, problem, nextAttemptAt);
  }

  #requireOnline(): void {
    if (this.#state === 'closed')
      throw new AppError('NOT_CONNECTED', 'This directory session was closed. Connect again.');
    if (this.#state !== 'online') {
      throw new AppError(
        'OFFLINE',
        `${hostOf(this.profile)} is not reachable right now; the session is reconnecting.`,
        { state: this.#state },
      );
    }
  }

  #requireWritable(dn: string): void {
    if (this.readOnly)
      throw new AppError('READ_ONLY', 'This connection is read-only: changes are not allowed.', { dn });
  }

  async #run<T>(dn: string | undefined, operation: () => Promise<T>): Promise<T> {
    this.#requireOnline();
    const socket = this.#socket;
    try {
      return await operation();
    } catch (error) {
      throw this.#failure(error, dn, socket);
    }
  }

  /** `socket`: the one the operation was sent on (a timeout condemns that link, not a newer one). */
  #failure(error: unknown, dn: string | undefined, socket: net.Socket): AppError {
    const mapped = mapOperationError(
      error,
      dn === undefined ? { server: hostOf(this.profile) } : { server: hostOf(this.profile), dn },
    );
    if (mapped.code === 'TIMEOUT') return this.#timedOut(socket, mapped, dn);
    // The socket closed under the operation: the caller (the journal) should keep it for later.
    if (this.#state !== 'online' && CONNECTION_LOSS.has(mapped.code)) {
      return new AppError(
        'OFFLINE',
        `The connection to ${hostOf(this.profile)} was lost during the operation.`,
        { ...mapped.details, dn },
        { cause: mapped },
      );
    }
    return mapped;
  }

  /**
   * ldapts has already destroyed the socket of the request it timed out, but the session must
   * not wait for that 'close': by the time the caller (the journal) hears of the failure the
   * session is offline, so what follows fails fast and the change waits for the reconnection.
   */
  #timedOut(socket: net.Socket, mapped: AppError, dn: string | undefined): AppError {
    const host = hostOf(this.profile);
    const seconds = operationTimeoutOf(this.profile) / 1000;
    this.#lost(socket, new AppError('OFFLINE', `${host} stopped answering (nothing within ${seconds} s).`));
    return new AppError(
      'TIMEOUT',
      `${host} did not answer within ${seconds} s: the connection counts as lost and is being re-established.`,
      { ...mapped.details, dn, timeoutMs: seconds * 1000 },
      { cause: mapped },
    );
  }
}

const CONNECTION_LOSS = new Set(['SERVER_UNAVAILABLE', 'TIMEOUT', 'HOST_UNREACHABLE']);
const RETRYABLE = new Set(['SERVER_UNAVAILABLE', 'SERVER_BUSY', 'TIMEOUT', 'HOST_UNREACHABLE', 'OFFLINE']);
