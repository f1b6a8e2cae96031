import { strings } from './entry.ts';
import type { Entry } from './entry.ts';

/**
 * What the bound user may do on one object, from the constructed attributes the DC computes for
 * them (allowedAttributesEffective, allowedChildClassesEffective). They are only present when the
 * entry was read asking for them by name, which `read()` does.
 */
export interface EffectiveRights {
  readOnly: boolean;
  canWrite(attribute: string): boolean;
  canCreateChild(objectClass: string): boolean;
  /** The writable attribute names as the server spelled them ([] when read-only). */
  writable: string[];
}

export function effectiveRights(entry: Entry, options: { readOnly?: boolean } = {}): EffectiveRights {
  const readOnly = options.readOnly === true;
  const writable = readOnly ? [] : strings(entry, 'allowedAttributesEffective');
  const creatable = readOnly ? [] : strings(entry, 'allowedChildClassesEffective');
  const canWriteSet = new Set(writable.map((n) => n.toLowerCase()));
  const canCreateSet = new Set(creatable.map((n) => n.toLowerCase()));
  return {
    readOnly,
    writable,
    canWrite: (attribute) => canWriteSet.has(attribute.split(';')[0]?.toLowerCase() ?? ''),
    canCreateChild: (objectClass) => canCreateSet.has(objectClass.toLowerCase()),
  };
}
