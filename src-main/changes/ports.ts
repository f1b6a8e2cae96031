import type { Change as LdapChange } from 'ldapts';

/**
 * What the journal needs from the directory layer (DirectorySession implements it; tests use a
 * bare ldapts writer). Targets are `<GUID=…>` DNs, so a change survives a rename or move.
 *
 * Failures must keep their LDAP result code: throw the ldapts ResultCodeError as is (or any error
 * with a numeric `code`), or an AppError whose code says what happened. Errors without a result
 * code (socket closed, ECONNREFUSED, timeouts) are read as "connection lost" and the change stays
 * queued. The drain calls modify for different objects without waiting for earlier answers (one
 * object's changes are always sequential), so it must allow several requests in flight on the
 * connection, as LDAP and ldapts do. Never add the permissive-modify control: the journal relies
 * on the server refusing a delete of a value that is no longer there.
 */
export interface DirectoryWriter {
  modify(dn: string, changes: LdapChange[]): Promise<void>;
  delete(dn: string): Promise<void>;
  /** An LDAP add of a new entry at its real DN (a GUID does not exist yet); binary values as bytes. */
  add(dn: string, attributes: Record<string, string[] | Buffer[]>): Promise<void>;
  /**
   * An LDAP modifyDN with deleteOldRdn: the entry gets `newRdn` (already escaped) and, when given,
   * moves under `newSuperior`; without it the entry stays in its container.
   */
  modifyDn(dn: string, newRdn: string, newSuperior?: string): Promise<void>;
  /**
   * Sets the entry's password (unicodePwd, replaced) and, in the same modify, `also` (pwdLastSet 0,
   * lockoutTime 0). Refuses before sending on an unencrypted connection. A refusal by the domain's
   * policy comes back as AppError PASSWORD_POLICY in words; no error ever carries the password.
   */
  resetPassword(dn: string, password: string, also: LdapChange[]): Promise<void>;
  /**
   * Every current value of `attrs` on the entry, keyed by attribute name (any case), read with
   * range retrieval so a 5,000-member group is never truncated at the server's MaxValRange (a
   * compare-and-swap built on a truncated list would remove the rest). Absent attributes may be
   * missing or empty. Attributes listed in `binaryAttrs` come back as base64.
   */
  readAttributes(
    dn: string,
    attrs: string[],
    binaryAttrs?: readonly string[],
  ): Promise<Record<string, string[]>>;
  /** Every stored attribute of the entry (binary ones as base64, named in `binary`): a delete's audit. */
  readEntry(dn: string): Promise<{ values: Record<string, string[]>; binary: string[] }>;
}

/** The DN the journal sends a change to: the object's GUID, which no rename or move changes. */
export function guidDn(objectGuid: string): string {
  return `<GUID=${objectGuid}>`;
}
