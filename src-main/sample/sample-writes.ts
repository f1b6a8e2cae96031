import type { ChangeView, ObjectChanged } from '../../src-preload/contract/index.ts';
import { isDelta } from '../../src-preload/shared/values.ts';
import { parentDnOf, rdnOf, rdnValue } from '../../src-preload/shared/dn.ts';
import type { EntryCache } from '../cache/entry-cache.ts';
import type { CachedDirectory } from '../cache/cached-directory.ts';
import { toObjectDetails } from '../connection/object-details.ts';
import type { AttributeValue, Entry } from '../directory/entry.ts';

/** Forward links whose back link the DC keeps; the sample keeps them the same way. */
const BACK_LINKS: Record<string, string> = { member: 'memberOf', manager: 'directReports' };

/**
 * The sample directory has no DC: its cached copy is the directory. A change recorded for it is
 * also written into that copy (and pushed as onObjectChanged, as an applied change is online),
 * so the admin sees the edit in the list, the details and the sheets; in the journal it stays
 * pending and is never sent. Reset the sample restores the snapshot.
 */
export function writeToSample(
  cache: EntryCache,
  reader: CachedDirectory,
  change: ChangeView,
  emit: (event: ObjectChanged) => void,
): Promise<void> {
  const source = reader.rootDse.defaultNamingContext;
  const pushes: Promise<void>[] = [];
  const push = (guid: string) =>
    pushes.push(
      reader.read(guid).then((entry) =>
        emit({
          objectGuid: guid,
          dn: entry.dn,
          details: toObjectDetails(reader, entry),
          changeId: change.id,
        }),
      ),
    );
  if (change.operation === 'delete') {
    cache.remove(source, change.objectGuid);
    emit({ objectGuid: change.objectGuid, dn: change.dn, details: null, changeId: change.id });
    return Promise.resolve();
  }
  const current = cache.get(source, change.objectGuid)?.entry;
  const entry: Entry =
    change.operation === 'create' || current === undefined
      ? { dn: change.dn, guid: change.objectGuid, objectClass: change.objectClass, attrs: new Map() }
      : { ...current, attrs: new Map(current.attrs) };
  if (change.operation === 'create') entry.attrs.set('objectClass', change.objectClass);
  const linked: { attr: string; dn: string; add: boolean }[] = [];
  for (const edit of change.edits) {
    const name = attributeName(entry, edit.attr);
    const decode = (v: string): AttributeValue => (edit.binary ? Buffer.from(v, 'base64') : v);
    const before = (entry.attrs.get(name) ?? []).map((v) => (Buffer.isBuffer(v) ? v.toString('base64') : v));
    let after: string[];
    if (isDelta(edit)) {
      const removed = new Set(edit.remove.map((v) => v.toLowerCase()));
      after = [...before.filter((v) => !removed.has(v.toLowerCase())), ...edit.add];
    } else after = edit.desired;
    if (after.length === 0) entry.attrs.delete(name);
    else entry.attrs.set(name, after.map(decode));
    const back = BACK_LINKS[name.toLowerCase()];
    if (back === undefined) continue;
    const had = new Set(before.map((v) => v.toLowerCase()));
    const has = new Set(after.map((v) => v.toLowerCase()));
    for (const dn of after) if (!had.has(dn.toLowerCase())) linked.push({ attr: back, dn, add: true });
    for (const dn of before) if (!has.has(dn.toLowerCase())) linked.push({ attr: back, dn, add: false });
  }
  const oldDn = entry.dn;
  if (change.target && 'newRdn' in change.target)
    entry.dn = `${change.target.newRdn},${parentDnOf(entry.dn)}`;
  if (change.target && 'newParentDn' in change.target)
    entry.dn = `${rdnOf(entry.dn)},${change.target.newParentDn}`;
  if (entry.dn !== oldDn || change.operation === 'create')
    entry.attrs.set('name', [rdnValue(rdnOf(entry.dn))]);
  cache.put(source, [entry], 'complete');
  push(entry.guid);

  for (const link of linked) {
    const other = cache.get(source, link.dn)?.entry;
    if (other === undefined) continue;
    const attrs = new Map(other.attrs);
    const values = (attrs.get(link.attr) ?? [])
      .map(String)
      .filter((v) => v.toLowerCase() !== entry.dn.toLowerCase());
    if (link.add) values.push(entry.dn);
    if (values.length === 0) attrs.delete(link.attr);
    else attrs.set(link.attr, values);
    cache.put(source, [{ ...other, attrs }], 'complete');
    push(other.guid);
  }
  return Promise.all(pushes).then(() => undefined);
}

/** The attribute as the entry spells it, so a case-different edit replaces it instead of adding one. */
function attributeName(entry: Entry, attr: string): string {
  for (const key of entry.attrs.keys()) if (key.toLowerCase() === attr.toLowerCase()) return key;
  return attr;
}
