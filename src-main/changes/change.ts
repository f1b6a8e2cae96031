/**
 * The journal's vocabulary. A change is everything one write to one object needs: what the admin
 * saw (base), what they want (desired), and what happened when it was sent (status, outcome).
 */

/** One attribute of a change. Values are strings; for binary attributes, base64 of the bytes. */
export interface Edit {
  attr: string;
  /** True when values are base64 bytes (thumbnailPhoto, objectSid...). */
  binary?: boolean;
  /** The values read before editing; null when nothing was read (then the edit replaces). */
  base: string[] | null;
  desired: string[];
}

export type ChangeStatus =
  'pending' | 'applying' | 'applied' | 'retryable' | 'conflict' | 'rejected' | 'discarded';

/** Per attribute, the three values a three-way view shows. */
export interface ConflictValues {
  base: string[] | null;
  mine: string[];
  theirs: string[];
  /** False when this attribute still matches base: it was not what collided. */
  differs: boolean;
}

export type ChangeOutcome =
  | { kind: 'applied'; at: string; auditId: number; alreadyInPlace?: boolean }
  | { kind: 'retryable'; at: string; code: string; message: string }
  | { kind: 'rejected'; at: string; code: string; resultCode?: number; message: string }
  | {
      kind: 'conflict';
      at: string;
      resultCode: number;
      message: string;
      attrs: Record<string, ConflictValues>;
    }
  | { kind: 'discarded'; at: string; previous: ChangeOutcome | null; replacedBy?: number };

/** Why a change exists, when the app (not the admin's edit) created it. */
export type ChangeOrigin =
  { kind: 'undo'; auditId: number } | { kind: 'resolution'; of: number; keep: 'mine' };

export interface Change {
  id: number;
  objectGuid: string;
  dn: string;
  /** objectClass values as read from AD (chooses Set-ADUser / Set-ADGroup / Set-ADObject). */
  objectClass: string[];
  edits: Edit[];
  createdAt: string;
  updatedAt: string;
  author: string;
  status: ChangeStatus;
  attempts: number;
  outcome: ChangeOutcome | null;
  origin: ChangeOrigin | null;
}

/** What a caller supplies to record a change; the journal fills in the rest. */
export interface NewChange {
  objectGuid: string;
  dn: string;
  objectClass: string[];
  edits: Edit[];
  author?: string;
}

/** One applied change as the audit log keeps it. */
export interface AuditEntry {
  id: number;
  changeId: number;
  objectGuid: string;
  dn: string;
  author: string;
  appliedAt: string;
  /** values null: the change replaced without knowing what was there and it could not be read. */
  before: { attr: string; binary: boolean; values: string[] | null }[];
  after: { attr: string; binary: boolean; values: string[] }[];
  powershell: string;
}
