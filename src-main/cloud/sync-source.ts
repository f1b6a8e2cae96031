// An AD entry as the sync rules read it (shared/cloud/sync-attributes.ts): text values by
// attribute name, the objectGUID and mS-DS-ConsistencyGuid as GUID text. Binary values other than
// those two do not sync as text, so they are left out rather than decoded into nonsense.

import type { SyncSource } from '../../src-preload/shared/cloud/sync-attributes.ts';
import { SYNC_AD_ATTRIBUTES } from '../../src-preload/shared/cloud/sync-attributes.ts';
import { strings, values, type Entry } from '../directory/entry.ts';
import { guidToString } from '../directory/guid.ts';

/** What to ask the directory for, so a read carries everything the preview compares. */
export const SYNC_READ_ATTRIBUTES: readonly string[] = [
  'objectGUID',
  'mS-DS-ConsistencyGuid',
  ...SYNC_AD_ATTRIBUTES,
];

/** mS-DS-ConsistencyGuid as GUID text: only a 16-byte value is an anchor Entra Connect would use. */
export function consistencyGuidOf(entry: Entry): string | null {
  const consistency = values(entry, 'mS-DS-ConsistencyGuid')[0];
  return Buffer.isBuffer(consistency) && consistency.length === 16 ? guidToString(consistency) : null;
}

export function syncSourceOf(entry: Entry): SyncSource {
  const attrs: Record<string, string[]> = {};
  for (const name of SYNC_AD_ATTRIBUTES) {
    const list = strings(entry, name);
    if (list.length > 0) attrs[name] = list;
  }
  return {
    dn: entry.dn,
    objectGuid: entry.guid,
    consistencyGuid: consistencyGuidOf(entry),
    attrs,
  };
}
