/**
 * What a readiness scan reports: one finding per problem value of one object, in the words an AD
 * admin needs (the problem, and the fix Entra Connect or Exchange would expect). Plain data: the
 * findings cross IPC and are exported as IdFix-style CSV.
 */

/** IdFix's error kinds, kept so admins who used IdFix recognise the column (sync-rules.md). */
export type IdFixKind =
  'Format' | 'Blank' | 'Duplicate' | 'Character' | 'TopLevelDomain' | 'DomainPart' | 'LocalPart' | 'Length';

/**
 * The suggested fix, applied to the finding's own value: `replace` swaps that value for another
 * (for a single-valued attribute: sets it), `remove` takes it away. A finding without a fix needs
 * the admin's judgement (which of two objects keeps a shared address, say).
 */
export type SuggestedFix = { action: 'replace'; value: string } | { action: 'remove' };

/** Another object that holds the same value: every member of a duplicate set is listed. */
export interface DuplicateHolder {
  dn: string;
  attribute: string;
  value: string;
}

export interface Finding {
  /** Stable rule id (the validation code, or `duplicate` / `object-type-mismatch` / `too-large`). */
  rule: string;
  kind: IdFixKind;
  severity: 'error' | 'warning';
  dn: string;
  objectGuid: string;
  /** The object's classes, as a change to it carries them. */
  objectClass: string[];
  /** Its base class in a word: user, group, contact... */
  objectKind: string;
  attribute: string;
  /** The offending value as stored; absent where the problem is a missing value. */
  value?: string;
  /** Every value of `attribute` when scanned: the base of the compare-and-swap that applies the fix. */
  current: string[];
  problem: string;
  fix?: SuggestedFix;
  /** How Exchange Online's cmdlets name the object (its mail, else its UPN), where the fix has a cloud-side command. */
  identity?: string;
  /** For duplicates: the other holders of the value (this object excluded). */
  others?: DuplicateHolder[];
}
