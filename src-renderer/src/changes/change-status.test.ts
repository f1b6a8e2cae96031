import { describe, expect, it } from 'vitest';
import type { ChangeOutcome, ChangeStatus, ChangeView } from '../../../src-preload/contract/index.ts';
import {
  actionsFor,
  countByFilter,
  mergeLoaded,
  operationText,
  outcomeMessage,
  summarize,
  upsertChange,
} from './change-status.ts';

const at = '2025-01-01T00:00:00Z';
function change(id: number, status: ChangeStatus, outcome: ChangeOutcome | null = null): ChangeView {
  return {
    id,
    operation: 'modify',
    objectGuid: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
    profileId: 'p1',
    domain: 'DC=corp',
    dn: `CN=Object ${id},DC=corp`,
    objectClass: ['top', 'user'],
    edits: [{ attr: 'mail', base: [], desired: ['a@corp.example'] }],
    createdAt: at,
    updatedAt: at,
    author: 'CORP\\admin',
    status,
    attempts: 1,
    outcome,
    origin: null,
    undoneBy: null,
  };
}
const rejected: ChangeOutcome = {
  kind: 'rejected',
  at,
  code: 'LDAP_INSUFFICIENT_ACCESS',
  message: 'No rights.',
};

describe('change actions', () => {
  it('offers undo only for an applied change, with its audit id', () => {
    const applied = change(1, 'applied', { kind: 'applied', at, auditId: 42 });
    expect(actionsFor(applied)).toEqual({ retry: false, discard: false, resolve: false, undoAuditId: 42 });
  });
  it('offers no second undo for a change already undone', () => {
    const undone = { ...change(8, 'applied', { kind: 'applied', at, auditId: 44 }), undoneBy: 9 };
    expect(actionsFor(undone).undoAuditId).toBeNull();
  });
  it('offers no undo for an applied delete: the object comes back only from the Recycle Bin', () => {
    const deleted = {
      ...change(7, 'applied', { kind: 'applied', at, auditId: 43 }),
      operation: 'delete' as const,
    };
    expect(actionsFor(deleted).undoAuditId).toBeNull();
  });
  it('offers retry and discard for rejected and queued changes, resolve only for conflicts', () => {
    expect(actionsFor(change(2, 'rejected', rejected))).toMatchObject({
      retry: true,
      discard: true,
      resolve: false,
    });
    expect(actionsFor(change(3, 'retryable'))).toMatchObject({ retry: true, discard: true });
    expect(actionsFor(change(4, 'conflict'))).toMatchObject({ retry: true, resolve: true });
    expect(actionsFor(change(5, 'discarded'))).toEqual({
      retry: false,
      discard: false,
      resolve: false,
      undoAuditId: null,
    });
    expect(actionsFor(change(6, 'pending'))).toMatchObject({ retry: false, discard: true });
  });
});

describe('change lists', () => {
  it('counts queued, applying and pending together', () => {
    const counts = countByFilter([
      change(1, 'pending'),
      change(2, 'retryable'),
      change(3, 'applying'),
      change(4, 'applied'),
    ]);
    expect(counts).toMatchObject({ all: 4, pending: 3, applied: 1, conflict: 0 });
  });
  it('replaces a pushed change by id and keeps newest first', () => {
    const list = [change(3, 'pending'), change(1, 'pending')];
    const next = upsertChange(list, change(3, 'applied'));
    expect(next.map((c) => [c.id, c.status])).toEqual([
      [3, 'applied'],
      [1, 'pending'],
    ]);
    expect(upsertChange(list, change(2, 'pending')).map((c) => c.id)).toEqual([3, 2, 1]);
  });
  it('summarises a submission', () => {
    const summary = summarize([
      change(1, 'applied', { kind: 'applied', at, auditId: 1 }),
      change(2, 'rejected', rejected),
      change(3, 'retryable'),
    ]);
    expect(summary.applied).toBe(1);
    expect(summary.queued).toBe(1);
    expect(summary.rejected.map((c) => outcomeMessage(c))).toEqual(['No rights.']);
  });
});

describe('mergeLoaded', () => {
  it('keeps a pushed update newer than the loaded copy, and changes the list did not have', () => {
    const loaded = [change(1, 'pending'), change(2, 'pending')];
    const newer = { ...change(2, 'applied'), updatedAt: '2025-01-01T00:00:05Z' };
    const older = { ...change(1, 'discarded'), updatedAt: '2024-12-31T00:00:00Z' };
    const merged = mergeLoaded([newer, older, change(3, 'pending')], loaded);
    expect(merged.map((c) => [c.id, c.status])).toEqual([
      [3, 'pending'],
      [2, 'applied'],
      [1, 'pending'],
    ]);
  });
});

describe('operationText', () => {
  it('says what a rename, move, create or delete does; an edit says nothing', () => {
    const base = change(1, 'pending');
    expect(operationText(base)).toBe('');
    expect(operationText({ ...base, operation: 'rename', target: { newRdn: 'CN=Walsh\\, Siobhán' } })).toBe(
      'rename to "Walsh, Siobhán" · ',
    );
    expect(operationText({ ...base, operation: 'move', target: { newParentDn: 'OU=Sales,DC=corp' } })).toBe(
      'move to OU=Sales,DC=corp · ',
    );
    expect(operationText({ ...base, operation: 'create' })).toBe('create object · ');
  });
});
