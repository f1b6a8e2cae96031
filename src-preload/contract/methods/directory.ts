import type { AccountState } from '../../shared/account/account-state.ts';
import { z } from 'zod';
import { method } from '../define.ts';
import { dnInput, extraColumnsInput, findKinds, fingerprintInput, loadIdInput } from '../schemas.ts';
import type { ConnectionState } from '../events/app.ts';

const dn = dnInput;
const id = z.string().min(1).max(64);
const fingerprint = fingerprintInput;

export const profileInput = z
  .object({
    id: id.optional(),
    name: z.string().trim().min(1).max(100),
    host: z
      .string()
      .trim()
      .min(1)
      .max(253)
      .regex(/^[A-Za-z0-9.:[\]-]+$/, 'A host name or IP address, without scheme or port'),
    port: z.number().int().min(1).max(65535),
    security: z.enum(['ldaps', 'starttls', 'plain']),
    /** Plain LDAP sends the password in clear: only with this explicit consent. */
    allowPlain: z.boolean().default(false),
    bindIdentity: z.string().trim().min(1).max(512),
    caPem: z.string().max(200_000).optional(),
    /** Certificates trusted for this profile; the presented chain must contain one of them. */
    pinnedFingerprints: z.array(fingerprint).max(16).optional(),
    /** Before several pins: still accepted, and read by the profile store as a one-element list. */
    pinnedFingerprint: fingerprint.optional(),
    readOnly: z.boolean().default(false),
    rememberPassword: z.boolean().default(false),
  })
  .strict();

export type ConnectionProfileInput = z.input<typeof profileInput>;
export type ConnectionProfile = z.output<typeof profileInput> & { id: string };

export interface ConnectionInfo {
  state: ConnectionState;
  /** The profile the session was opened with, as saved (a new profile is saved only once it connects). */
  profile: ConnectionProfile;
  domainDn: string;
  domainDnsName: string;
  dnsHostName: string;
  upnSuffixes: string[];
  exchangeSchema: boolean;
  functionalLevels: { forest: number; domain: number; dc: number };
  highestCommittedUSN: string;
}

export type TreeNodeKind = 'domain' | 'ou' | 'container' | 'builtin';
export interface TreeNode {
  dn: string;
  name: string;
  kind: TreeNodeKind;
  hasChildren: boolean;
}

export type ObjectKind = 'user' | 'group' | 'contact' | 'computer' | 'ou' | 'container' | 'other';
export interface ListRow {
  dn: string;
  guid: string;
  name: string;
  kind: ObjectKind;
  /** ADUC's Type column ("User", "Security Group - Global", "Contact", …). */
  type: string;
  description: string;
  primarySmtp: string;
  /** Exchange's name for the recipient kind ("Remote user mailbox", "Mail user", …), or "". */
  recipientType: string;
  upn: string;
  disabled: boolean;
  /** A user's account state (disabled, locked, password expired / never expires, must change); null otherwise. */
  account: AccountState | null;
  /** Canonical name of the parent ("corp.example.com/Sales/Staff"): tells two of one name apart. */
  location: string;
  /** Values of the extra columns asked for (attribute name → its values as one text). */
  extra: Record<string, string>;
}

/** What `directory.list` answers at once; the rows follow as onListPage events. */
export interface ListStarted {
  loadId: string;
}

export interface ListResult {
  rows: ListRow[];
  /** True when the server had more than the limit asked for. */
  truncated: boolean;
}

export interface ObjectDetails {
  row: ListRow;
  objectClass: string[];
  /** Attribute values as text; binary values decoded (GUID, SID) or as base64 with `binary` listing them. */
  attributes: Record<string, string[]>;
  binary: string[];
  /** Attributes the bound user may write (allowedAttributesEffective), empty in read-only mode. */
  writable: string[];
  readOnly: boolean;
  /**
   * Present when the values come from the local cache (offline, or the sample directory): when
   * they were read from the directory (ISO 8601 UTC), so the sheet can say how old they are.
   */
  cachedAt?: string;
}

/** What main is in right now: a reloaded renderer starts from this, not from its own defaults. */
export interface ConnectionSnapshot {
  state: ConnectionState;
  /** Null when no session is open. */
  info: ConnectionInfo | null;
}

const password = z.string().max(1024).optional();

export { findKinds };

export const directoryMethods = {
  'directory.listProfiles': method(z.object({}).strict()).returns<ConnectionProfile[]>(),
  'directory.saveProfile': method(profileInput).returns<ConnectionProfile>(),
  'directory.deleteProfile': method(z.object({ id }).strict()).returns<void>(),
  /**
   * Binds with a saved profile (`profileId`) or with the dialog's form (`profile`): the form, new or
   * edited, is saved only once the bind succeeds, with `trust` (certificates the user has inspected
   * after TLS_UNTRUSTED) added to its pins. A certificate the system does not trust fails with
   * TLS_UNTRUSTED and its facts.
   */
  'directory.connect': method(
    z.union([
      z.object({ profileId: id, password }).strict(),
      z
        .object({
          profile: profileInput,
          password,
          trust: z.array(fingerprint).max(16).optional(),
        })
        .strict(),
    ]),
  ).returns<ConnectionInfo>(),
  'directory.renameProfile': method(
    z.object({ id, name: profileInput.shape.name }).strict(),
  ).returns<ConnectionProfile>(),
  'directory.disconnect': method(z.object({}).strict()).returns<void>(),
  /**
   * Opens the bundled sample directory instead of a connection: offline, read from the local
   * cache; its changes are journaled but never leave this computer.
   */
  /**
   * Stops using the DC without disconnecting: reads come from the entry cache, changes wait in
   * the journal. The state says so (cache.byChoice) until 'directory.goOnline'.
   */
  'directory.workOffline': method(z.object({}).strict()).returns<ConnectionState>(),
  /** Back to the DC (reconnecting first if it went away); waiting changes are then sent. */
  'directory.goOnline': method(z.object({}).strict()).returns<ConnectionState>(),
  'directory.openSample': method(z.object({}).strict()).returns<ConnectionInfo>(),
  /** Restores the open sample directory as shipped and discards its changes still waiting. */
  'directory.resetSample': method(z.object({}).strict()).returns<{ discarded: number }>(),
  'directory.getState': method(z.object({}).strict()).returns<ConnectionSnapshot>(),
  'directory.children': method(z.object({ dn }).strict()).returns<TreeNode[]>(),
  /**
   * Starts reading every object one level under `dn` and answers at once; the rows arrive as
   * onListPage events carrying `loadId`, page by page as the server returns them. Starting a new
   * load cancels the one before (one list pane, one load).
   */
  'directory.list': method(
    z
      .object({
        dn,
        loadId: loadIdInput,
        attributes: extraColumnsInput,
        limit: z.number().int().min(1).max(200_000).default(100_000),
      })
      .strict(),
  ).returns<ListStarted>(),
  /** Stops a running load: its last onListPage says `cancelled`. Unknown or finished ids are ignored. */
  'directory.cancelList': method(z.object({ loadId: loadIdInput }).strict()).returns<void>(),
  /** The schema's attributes that can be shown as text, for the column chooser (as ADUC's Add/Remove Columns). */
  'directory.attributeNames': method(z.object({}).strict()).returns<string[]>(),
  'directory.read': method(z.object({ dn }).strict()).returns<ObjectDetails>(),
  'directory.find': method(
    z
      .object({
        text: z.string().max(256).optional(),
        filter: z.string().max(8192).optional(),
        kinds: findKinds.default('all'),
        /** Search base: the selected OU, or the domain when absent. */
        baseDn: dn.optional(),
        attributes: extraColumnsInput,
        limit: z.number().int().min(1).max(100_000).default(2000),
      })
      .strict()
      .refine((v) => (v.text ?? '').trim() !== '' || (v.filter ?? '').trim() !== '', {
        message: 'Type a name to find, or an LDAP filter',
      }),
  ).returns<ListResult>(),
};
