import { z } from 'zod';
import { method } from '../define.ts';
import { attributeNameInput, changeStatuses, dnInput, guidInput } from '../schemas.ts';

// The change journal's records (src-main/changes uses these types): plain JSON that crosses IPC as it is.

/**
 * One attribute of a change, in one of two explicit modes. A full set carries every value the admin
 * saw (base) and every value wanted (desired); it is a compare-and-swap of the whole list. A delta
 * (big multi-valued attributes such as member) carries only the values to remove and to add, and
 * stays a delta through retry, conflict, resolution, undo, PowerShell and the audit: treating its
 * few values as a full list would delete everything else the attribute holds.
 */
export interface SetEditView {
  attr: string;
  binary?: boolean;
  mode?: 'set';
  base: string[] | null;
  desired: string[];
}
export interface DeltaEditView {
  attr: string;
  binary?: boolean;
  mode: 'delta';
  remove: string[];
  add: string[];
}
export type EditView = SetEditView | DeltaEditView;
export type ChangeStatus = z.infer<typeof changeStatuses>;
/** What a set edit met on the server: the three values of a three-way view. */
export interface SetConflictValues {
  mode?: 'set';
  base: string[] | null;
  mine: string[];
  theirs: string[];
  differs: boolean;
}
/**
 * What a delta met: of the values it removes and adds, those the server holds now. The rest of the
 * attribute is not part of the edit, so it is neither kept here nor ever written back.
 */
export interface DeltaConflictValues {
  mode: 'delta';
  remove: string[];
  add: string[];
  present: string[];
  differs: boolean;
}
export type ConflictValues = SetConflictValues | DeltaConflictValues;
/** How one attribute of a conflict is resolved (see shared/merge-values.ts). */
export type AttributeChoiceView = 'mine' | 'theirs' | 'merge';
export type ChangeOutcome =
  | { kind: 'applied'; at: string; auditId: number; alreadyInPlace?: boolean }
  | { kind: 'retryable'; at: string; code: string; message: string; nextAttemptAt?: string }
  | { kind: 'rejected'; at: string; code: string; resultCode?: number; message: string }
  | {
      kind: 'conflict';
      at: string;
      resultCode: number;
      message: string;
      attrs: Record<string, ConflictValues>;
    }
  | { kind: 'discarded'; at: string; previous: ChangeOutcome | null; replacedBy?: number }
  /** Still pending: an earlier change of the same object must be applied (or discarded) first. */
  | { kind: 'waiting'; at: string; behind: number; message: string };
/**
 * What a change does to its object: edit attributes, delete it, create it (an LDAP add: its edits
 * are the new entry's attributes, each with an empty base), give it a new name (rename: a new
 * RDN in the same container) or a new container (move: the same RDN elsewhere), or reset its
 * password (its edits are only the options sent with it: pwdLastSet 0, lockoutTime 0; the password
 * itself is held in main's memory until it is sent and is never part of the record).
 */
export type ChangeOperation = 'modify' | 'delete' | 'create' | 'rename' | 'move' | 'password';
/** Where a rename or move takes the object; the other half of the DN is whatever it is when sent. */
export type ChangeTarget = { newRdn: string } | { newParentDn: string };
export interface ChangeView {
  id: number;
  operation: ChangeOperation;
  /**
   * For a create not yet applied: a provisional GUID made by main (the lane's name, so changes
   * recorded behind the create can address it); replaced by the real objectGUID, read back by DN,
   * on this change and every later one of its lane when the add succeeds.
   */
  objectGuid: string;
  /** The DN when the change was made; the change is sent to <GUID=…>, so a rename meanwhile is harmless. */
  dn: string;
  objectClass: string[];
  edits: EditView[];
  /** Rename and move only. */
  target?: ChangeTarget | null;
  /** The connection profile and domain (naming context) the change belongs to; it drains only there. */
  profileId: string | null;
  domain: string | null;
  createdAt: string;
  updatedAt: string;
  author: string;
  status: ChangeStatus;
  attempts: number;
  outcome: ChangeOutcome | null;
  origin:
    | { kind: 'undo'; auditId: number }
    /** keep 'mine' for the whole change; per attribute, the choice made for each (absent before). */
    | { kind: 'resolution'; of: number; keep: 'mine'; attributes?: Record<string, AttributeChoiceView> }
    | null;
  /** The change that undoes this one (unless discarded): an applied change is undone once. */
  undoneBy: number | null;
}
/** One attribute before or after an applied change; a delta keeps its removed / added values. */
export interface AuditValues {
  attr: string;
  binary: boolean;
  mode?: 'set' | 'delta';
  values: string[] | null;
}
export interface AuditView {
  id: number;
  changeId: number;
  objectGuid: string;
  dn: string;
  author: string;
  appliedAt: string;
  /** Create, rename, move: the DN afterwards (`dn` is the DN before; for a create, the new DN). */
  newDn?: string | null;
  /** For a delta: the values it removed. For a delete: every attribute the object held. */
  before: AuditValues[];
  /** For a delta: the values it added. For a delete: empty. */
  after: (AuditValues & { values: string[] })[];
  powershell: string;
}

const attrName = attributeNameInput;
// thumbnailPhoto travels as base64: 100 KB of bytes is about 137 KB of text.
const value = z.string().max(200_000);
// A full set from IPC always carries its base: a blind replace (base null) is only for the app's
// own changes where no base can be read, never for an edit the admin made on a sheet.
const setEditInput = z
  .object({
    attr: attrName,
    binary: z.boolean().optional(),
    mode: z.literal('set').optional(),
    base: z.array(value).max(5000),
    desired: z.array(value).max(5000),
  })
  .strict();
const deltaEditInput = z
  .object({
    attr: attrName,
    binary: z.boolean().optional(),
    mode: z.literal('delta'),
    remove: z.array(value).max(5000),
    add: z.array(value).max(5000),
  })
  .strict();
export const editInput = z.union([deltaEditInput, setEditInput]);
export const changeInput = z
  .object({
    dn: dnInput,
    objectGuid: guidInput,
    objectClass: z.array(z.string().max(256)).min(1).max(32),
    edits: z.array(editInput).min(1).max(200),
  })
  .strict();
export type ChangeInput = z.input<typeof changeInput>;
/** An edit as the renderer submits it: a full set with its base, or a delta. */
export type EditInput = z.input<typeof editInput>;

const id = z.number().int().positive();
/**
 * A new password. AD takes at most 256 characters (unicodePwd's quoted UTF-16 value is 512 bytes);
 * the domain's policy decides the rest and main explains its refusal. zod's messages never echo it.
 */
const passwordInput = z.string().min(1, 'Enter the new password.').max(256);
/** A typed object name (cn); main escapes it into the RDN, the renderer never builds DN text. */
const objectName = z.string().min(1).max(256);

export const changesMethods = {
  /** Records each change in the journal, then applies it (compare-and-swap). One change per object. */
  'changes.submit': method(z.object({ changes: z.array(changeInput).min(1).max(5000) }).strict()).returns<
    ChangeView[]
  >(),
  'changes.list': method(
    z
      .object({
        statuses: z.array(changeStatuses).optional(),
        limit: z.number().int().min(1).max(10_000).optional(),
      })
      .strict(),
  ).returns<ChangeView[]>(),
  'changes.retry': method(z.object({ id }).strict()).returns<ChangeView>(),
  'changes.discard': method(z.object({ id }).strict()).returns<ChangeView>(),
  /**
   * A conflict: keep mine (a new change over the server's current values) or take theirs (drop
   * mine), for the whole change; or per attribute, where a multi-valued one may also be merged
   * (both sides' additions and removals, shared/merge-values.ts). Main checks every rule on the
   * result before it journals the new compare-and-swap change against theirs.
   */
  'changes.resolve': method(
    z.union([
      z.object({ id, keep: z.enum(['mine', 'theirs']) }).strict(),
      z
        .object({
          id,
          attributes: z
            .record(attrName, z.enum(['mine', 'theirs', 'merge']))
            .refine((choices) => Object.keys(choices).length > 0, 'Choose for at least one attribute.'),
        })
        .strict(),
    ]),
  ).returns<ChangeView>(),
  /** Undo an applied change: a new compare-and-swap change back to the before-values, applied at once. */
  'changes.undo': method(z.object({ auditId: id }).strict()).returns<ChangeView>(),
  'changes.powershell': method(z.object({ id }).strict()).returns<string>(),
  /** Deletes objects (leaf objects only, as ADUC's Delete): each is a journal change with undo information kept in the audit. */
  'changes.delete': method(
    z
      .object({
        objects: z
          .array(
            z
              .object({
                dn: dnInput,
                objectGuid: guidInput,
              })
              .strict(),
          )
          .min(1)
          .max(1000),
      })
      .strict(),
  ).returns<ChangeView[]>(),
  /**
   * Records the creation of a new entry `CN=<name>,<parentDn>` and sends it: one LDAP add with
   * these attributes. Answers with the change; once applied its objectGuid is the new object's.
   */
  'changes.create': method(
    z
      .object({
        parentDn: dnInput,
        name: objectName,
        objectClass: z.array(z.string().min(1).max(256)).min(1).max(32),
        attributes: z.record(attrName, z.array(value).min(1).max(5000)),
        /** Attributes whose values are base64 of bytes. */
        binary: z.array(attrName).max(64).optional(),
      })
      .strict(),
  ).returns<ChangeView>(),
  /** Renames an object (its cn: the RDN), as ADUC's Rename; it stays in its container. */
  'changes.rename': method(
    z.object({ objectGuid: guidInput, dn: dnInput, newName: objectName }).strict(),
  ).returns<ChangeView>(),
  /** Moves an object to another container, keeping its name, as ADUC's Move. */
  'changes.move': method(
    z.object({ objectGuid: guidInput, dn: dnInput, newParentDn: dnInput }).strict(),
  ).returns<ChangeView>(),
  /**
   * Resets a user's password as ADUC's Reset Password: one change (unicodePwd, and with it
   * pwdLastSet 0 for "must change at next logon", lockoutTime 0 for "unlock"), sent only over LDAPS
   * or StartTLS. The password is held in memory until sent and never stored, audited or logged.
   */
  'changes.setPassword': method(
    z
      .object({
        objectGuid: guidInput,
        dn: dnInput,
        password: passwordInput,
        mustChange: z.boolean(),
        unlock: z.boolean(),
      })
      .strict(),
  ).returns<ChangeView>(),
  /**
   * Gives a password change its password again (it was lost with a restart, or the domain refused
   * the last one) and sends it.
   */
  'changes.supplyPassword': method(z.object({ id, password: passwordInput }).strict()).returns<ChangeView>(),
  /** Unlock Account, as ADUC's: lockoutTime 0 on each account, a journal change (Unlock-ADAccount). */
  'changes.unlock': method(
    z
      .object({
        objects: z
          .array(z.object({ dn: dnInput, objectGuid: guidInput }).strict())
          .min(1)
          .max(1000),
      })
      .strict(),
  ).returns<ChangeView[]>(),
  'changes.audit': method(z.object({ objectGuid: z.string().max(64).optional() }).strict()).returns<
    AuditView[]
  >(),
};
