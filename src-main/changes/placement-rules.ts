import { randomUUID } from 'node:crypto';
import { AppError, type ChangeInput, type ValidationIssue } from '../../src-preload/contract/index.ts';
import {
  dnIssues,
  isWithinDn,
  objectNameIssues,
  parentDnOf,
  rdn,
  rdnOf,
  sameDn,
} from '../../src-preload/shared/dn.ts';
import type { NewChange } from './change.ts';

/**
 * Main's rules for the changes that place an entry in the tree, run before anything is journaled:
 * the typed name becomes an escaped RDN here (never in the renderer), and a DN that AD would
 * misread, a rename to the same name or a move into the object's own subtree is refused with words.
 */

export interface CreateRequest {
  parentDn: string;
  name: string;
  objectClass: string[];
  attributes: Record<string, string[]>;
  binary?: string[] | undefined;
}

/** The create as a change: a provisional GUID, the new DN, each attribute a set with empty base. */
export function createChange(request: CreateRequest): NewChange & ChangeInput {
  refuse([...objectNameIssues(request.name), ...dnIssues(request.parentDn, 'parentDn')]);
  const binary = new Set((request.binary ?? []).map((attr) => attr.toLowerCase()));
  const isOu = request.objectClass.some((name) => name.toLowerCase() === 'organizationalunit');
  return {
    operation: 'create',
    // The lane's name until the add tells the real one (journal: adoptObjectGuid).
    objectGuid: randomUUID(),
    dn: `${rdn(isOu ? 'OU' : 'CN', request.name)},${request.parentDn}`,
    objectClass: [...request.objectClass],
    edits: Object.entries(request.attributes).map(([attr, desired]) => ({
      attr,
      ...(binary.has(attr.toLowerCase()) ? { binary: true } : {}),
      base: [],
      desired: [...desired],
    })),
  };
}

/** A rename keeps the RDN's attribute (CN, OU) and takes the new name, escaped. */
export function renameChange(request: { objectGuid: string; dn: string; newName: string }): NewChange {
  refuse([...dnIssues(request.dn), ...objectNameIssues(request.newName, 'newName')]);
  const current = rdnOf(request.dn);
  const newRdn = rdn(current.slice(0, current.indexOf('=')).trim(), request.newName);
  if (newRdn === current) refuse([issue('newName', 'same-name', 'The object already has this name.')]);
  return { ...placed(request), operation: 'rename', target: { newRdn } };
}

export function moveChange(request: { objectGuid: string; dn: string; newParentDn: string }): NewChange {
  refuse([...dnIssues(request.dn), ...dnIssues(request.newParentDn, 'newParentDn')]);
  if (sameDn(parentDnOf(request.dn), request.newParentDn))
    refuse([issue('newParentDn', 'same-container', 'The object is already in this container.')]);
  if (isWithinDn(request.newParentDn, request.dn))
    refuse([issue('newParentDn', 'into-itself', 'An object cannot be moved into itself or below itself.')]);
  return { ...placed(request), operation: 'move', target: { newParentDn: request.newParentDn } };
}

function placed(request: { objectGuid: string; dn: string }) {
  return { objectGuid: request.objectGuid, dn: request.dn, objectClass: [], edits: [] };
}

function issue(field: string, code: string, message: string): ValidationIssue {
  return { code, severity: 'error', field, message };
}

function refuse(issues: readonly ValidationIssue[]): void {
  const errors = issues.filter((found) => found.severity === 'error');
  if (errors.length === 0) return;
  throw new AppError('INVALID_INPUT', `Not saved: ${errors.map((found) => found.message).join(' ')}`, {
    issues: errors,
  });
}
