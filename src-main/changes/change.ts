/**
 * The journal's vocabulary. A change is everything one write to one object needs: what the admin
 * saw (base), what they want (desired) or, for a delta, what to remove and add, and what happened
 * when it was sent (status, outcome).
 */

// The records cross IPC unchanged, so their shapes are declared once, in the contract.
import type {
  AuditView,
  ChangeOperation,
  ChangeOutcome,
  ChangeStatus,
  ChangeTarget,
  ChangeView,
  ConflictValues,
  DeltaEditView,
  EditView,
  SetEditView,
} from '../../src-preload/contract/index.ts';

export type { ChangeOperation, ChangeOutcome, ChangeStatus, ChangeTarget, ConflictValues };
/** One attribute of a change. Values are strings; for binary attributes, base64 of the bytes. */
export type Edit = EditView;
export type SetEdit = SetEditView;
export type DeltaEdit = DeltaEditView;
export type Change = ChangeView;
/** Why a change exists, when the app (not the admin's edit) created it. */
export type ChangeOrigin = NonNullable<ChangeView['origin']>;
/** One applied change as the audit log keeps it. */
export type AuditEntry = AuditView;

/** What a caller supplies to record a change; the journal fills in the rest. */
export interface NewChange {
  /** Default 'modify'. A delete, rename and move have no edits; a create's are its attributes. */
  operation?: ChangeOperation;
  /** For a create: a provisional GUID (see ChangeView.objectGuid). */
  objectGuid: string;
  /** For a create: the new entry's DN. */
  dn: string;
  objectClass: string[];
  edits: Edit[];
  /** Rename and move only. */
  target?: ChangeTarget | null;
  author?: string;
  /** The connection profile and domain it belongs to (null only in tests of the journal alone). */
  profileId?: string | null;
  domain?: string | null;
}
