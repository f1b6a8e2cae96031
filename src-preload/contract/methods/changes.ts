import { z } from 'zod';
import { method } from '../define.ts';

// The change journal's records (src-main/changes uses these types): plain JSON that crosses IPC as it is.
export interface EditView {
  attr: string;
  binary?: boolean;
  base: string[] | null;
  desired: string[];
}
export type ChangeStatus =
  'pending' | 'applying' | 'applied' | 'retryable' | 'conflict' | 'rejected' | 'discarded';
export interface ConflictValues {
  base: string[] | null;
  mine: string[];
  theirs: string[];
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
export interface ChangeView {
  id: number;
  objectGuid: string;
  dn: string;
  objectClass: string[];
  edits: EditView[];
  createdAt: string;
  updatedAt: string;
  author: string;
  status: ChangeStatus;
  attempts: number;
  outcome: ChangeOutcome | null;
  origin: { kind: 'undo'; auditId: number } | { kind: 'resolution'; of: number; keep: 'mine' } | null;
}
export interface AuditView {
  id: number;
  changeId: number;
  objectGuid: string;
  dn: string;
  author: string;
  appliedAt: string;
  before: { attr: string; binary: boolean; values: string[] | null }[];
  after: { attr: string; binary: boolean; values: string[] }[];
  powershell: string;
}

const attrName = z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,255}$/, 'An LDAP attribute name');
// thumbnailPhoto travels as base64: 100 KB of bytes is about 137 KB of text.
const value = z.string().max(200_000);
export const editInput = z
  .object({
    attr: attrName,
    binary: z.boolean().optional(),
    base: z.array(value).max(5000).nullable(),
    desired: z.array(value).max(5000),
  })
  .strict();
export const changeInput = z
  .object({
    dn: z.string().min(1).max(4096),
    objectGuid: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i),
    objectClass: z.array(z.string().max(256)).min(1).max(32),
    edits: z.array(editInput).min(1).max(200),
  })
  .strict();
export type ChangeInput = z.input<typeof changeInput>;

const id = z.number().int().positive();
const statuses = z.enum(['pending', 'applying', 'applied', 'retryable', 'conflict', 'rejected', 'discarded']);

export const changesMethods = {
  /** Records each change in the journal, then applies it (compare-and-swap). One change per object. */
  'changes.submit': method(z.object({ changes: z.array(changeInput).min(1).max(5000) }).strict()).returns<
    ChangeView[]
  >(),
  'changes.list': method(
    z
      .object({
        statuses: z.array(statuses).optional(),
        limit: z.number().int().min(1).max(10_000).optional(),
      })
      .strict(),
  ).returns<ChangeView[]>(),
  'changes.retry': method(z.object({ id }).strict()).returns<ChangeView>(),
  'changes.discard': method(z.object({ id }).strict()).returns<ChangeView>(),
  /** A conflict: keep mine (a new change over the server's current values) or take theirs (drop mine). */
  'changes.resolve': method(
    z.object({ id, keep: z.enum(['mine', 'theirs']) }).strict(),
  ).returns<ChangeView>(),
  /** Undo an applied change: a new compare-and-swap change back to the before-values, applied at once. */
  'changes.undo': method(z.object({ auditId: id }).strict()).returns<ChangeView>(),
  'changes.powershell': method(z.object({ id }).strict()).returns<string>(),
  'changes.audit': method(z.object({ objectGuid: z.string().max(64).optional() }).strict()).returns<
    AuditView[]
  >(),
};
