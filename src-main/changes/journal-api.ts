// The journal's interface: what the handlers, the drain scheduler and the tests call. The
// implementation (journal.ts) keeps to how; this file says what.
import type { DatabaseSync } from 'node:sqlite';
import type { AuditEntry, Change, Edit, NewChange } from './change.ts';
import type { DrainOptions, DrainSummary } from './drain.ts';
import type { ChangeFilter } from './journal-store.ts';
import type { DirectoryWriter } from './ports.ts';
import type { CreateCheck } from './apply-naming.ts';
import type { PowerShellOptions } from './powershell.ts';
import type { NewPasswordChange } from './password-change.ts';
import type { AttributeChoice } from '../../src-preload/shared/merge-values.ts';

export interface JournalOptions {
  /** An open store database (see store/open-database.ts). */
  db: DatabaseSync;
  /** Who makes the changes, as the audit log shows it (e.g. the bound account). */
  author: string;
  /**
   * Where changes are sent: given once. In the app it writes through whatever session is current
   * (connection/current-session-writer.ts), so a reconnect needs nothing here.
   */
  writer: DirectoryWriter;
  /** Told about every status change, after its commit ('applying' is announced, never stored). */
  onChanged?: (change: Change) => void;
  /**
   * Told once per run of an object's lane (a submit, retry or drain sending its waiting changes),
   * after the last step, with the changes it applied in order: where main reads the object back
   * for its push once, instead of after every step.
   */
  onLaneSent?: (applied: readonly Change[]) => void;
  /**
   * Asked before a create is sent that was not checked against the live directory just before
   * (made offline or in an earlier run, or retried): AD refuses a taken name but stores a
   * duplicate address or UPN, so the app's own uniqueness rules run again (see create-guard.ts).
   */
  checkCreate?: CreateCheck;
  now?: () => Date;
}

/** A conflict resolved per attribute: the choices, and the edits they make against theirs. */
export interface AttributeResolution {
  attributes: Record<string, AttributeChoice>;
  edits: Edit[];
}

/** The directory a drain may send to: only changes recorded for the same profile and domain go. */
export interface DirectoryScope {
  profileId: string;
  domain: string;
}

export interface Journal {
  /** A password change (operation 'password', see password-change.ts) brings its password along. */
  record(change: NewChange | NewPasswordChange): Change;
  /** A bulk edit: every change is queued, in order, or (if one is invalid) none is. */
  recordMany(changes: readonly (NewChange | NewPasswordChange)[]): Change[];
  /** A password change's password again (lost with a restart, or refused): held until it is sent. */
  supplyPassword(id: number, password: string): Change;
  get(id: number): Change;
  list(filter?: ChangeFilter): Change[];
  /** Sends one change, in its object's lane; refused while an earlier change of the object is open. */
  apply(id: number): Promise<Change>;
  /** Sends the waiting changes of these objects, each in its lane, in order. */
  /**
   * Sends the objects' lanes now. `preflighted`: their creates were checked against the live
   * directory by the request that recorded them, so checkCreate is not asked again.
   */
  sendObjects(
    objectGuids: readonly string[],
    scope?: DirectoryScope,
    options?: { preflighted?: boolean },
  ): Promise<DrainSummary>;
  applyPending(options?: DrainOptions & { scope?: DirectoryScope }): Promise<DrainSummary>;
  retry(id: number): Promise<Change>;
  discard(id: number): Change;
  /**
   * 'mine': a new change from the server's current values to mine; 'theirs': drop mine. Per
   * attribute: the edits main made of the admin's choices (resolve-attributes.ts, rules checked).
   */
  resolveConflict(id: number, keep: 'mine' | 'theirs' | AttributeResolution): Change;
  /** A new change back to the values before; `author` is who asks (the bound account). Once per change. */
  undo(auditId: number, author?: string): Change;
  audit(filter?: { objectGuid?: string }): AuditEntry[];
  powershell(id: number, options?: PowerShellOptions): string;
}
