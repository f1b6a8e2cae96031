import type { ObjectDetails } from '../../src-preload/contract/index.ts';
import type { DirectoryReader } from '../directory/reader.ts';
import type { Entry } from '../directory/entry.ts';
import { guidToString, sidToString } from '../directory/guid.ts';
import { rowToListRow } from './list-rows.ts';
import { toRow } from '../directory/rows.ts';

// Constructed attributes that describe rights, not the object: shown through `writable` instead.
const HIDDEN = new Set(['allowedattributeseffective', 'allowedchildclasseseffective']);

/** Text for every value: GUIDs and SIDs as admins write them, other binary values as base64. */
export function toObjectDetails(session: DirectoryReader, entry: Entry): ObjectDetails {
  const attributes: Record<string, string[]> = {};
  const binary: string[] = [];
  for (const [name, values] of entry.attrs) {
    if (HIDDEN.has(name.toLowerCase())) continue;
    const lower = name.toLowerCase();
    if (values.some((v) => Buffer.isBuffer(v))) {
      const bytes = values.map((v) => (Buffer.isBuffer(v) ? v : Buffer.from(v, 'utf8')));
      if (lower === 'objectguid' || lower === 'msexchmailboxguid' || lower === 'msexcharchiveguid') {
        attributes[name] = bytes.map(guidToString);
      } else if (lower === 'objectsid' || lower === 'sidhistory') {
        attributes[name] = bytes.map(sidToString);
      } else {
        attributes[name] = bytes.map((b) => b.toString('base64'));
        binary.push(name);
      }
    } else {
      attributes[name] = values.map(String);
    }
  }
  const rights = session.effectiveRights(entry);
  const cachedAt = session.cachedAt(entry);
  return {
    ...(cachedAt === null ? {} : { cachedAt }),
    row: rowToListRow(toRow(entry)),
    objectClass: entry.objectClass,
    attributes,
    binary,
    writable: rights.writable,
    readOnly: rights.readOnly,
  };
}
