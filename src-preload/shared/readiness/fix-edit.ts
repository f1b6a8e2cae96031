import type { ChangeInput } from '../../contract/methods/changes.ts';
import type { Finding } from './finding.ts';

/**
 * The values of the finding's attribute after its fix, from `values` (what the attribute holds
 * before it). Undefined when there is no fix, or when the value is no longer there (fixed
 * meanwhile: nothing to do).
 */
export function fixedValues(finding: Finding, values: readonly string[]): string[] | undefined {
  const fix = finding.fix;
  if (!fix) return undefined;
  // A missing value (no alias, empty display name): set it.
  if (finding.value === undefined) return fix.action === 'replace' ? [fix.value] : undefined;
  const at = values.indexOf(finding.value);
  if (at < 0) return undefined;
  if (fix.action === 'remove') return values.filter((_v, i) => i !== at);
  // Replacing with a value the list already holds (ignoring case, as AD does) removes this one.
  const clash = values.some((v, i) => i !== at && v.toLowerCase() === fix.value.toLowerCase());
  return clash ? values.filter((_v, i) => i !== at) : values.map((v, i) => (i === at ? fix.value : v));
}

/**
 * The journal changes that apply these findings' fixes: one change per object, one compare-and-swap
 * edit per attribute from the values the scan read, the fixes of one attribute applied in turn.
 * If another admin changed the attribute since the scan, the journal reports a conflict instead of
 * overwriting it.
 */
export function fixChanges(findings: readonly Finding[]): ChangeInput[] {
  const byObject = new Map<
    string,
    { first: Finding; edits: Map<string, { base: string[]; desired: string[] }> }
  >();
  for (const f of findings) {
    if (!f.fix) continue;
    const object = byObject.get(f.objectGuid) ?? { first: f, edits: new Map() };
    byObject.set(f.objectGuid, object);
    const edit = object.edits.get(f.attribute) ?? { base: [...f.current], desired: [...f.current] };
    const next = fixedValues(f, edit.desired);
    if (next === undefined) continue;
    edit.desired = next;
    object.edits.set(f.attribute, edit);
  }
  const changes: ChangeInput[] = [];
  for (const { first, edits } of byObject.values()) {
    const list = [...edits].map(([attr, e]) => ({ attr, base: e.base, desired: e.desired }));
    if (list.length === 0) continue;
    changes.push({ dn: first.dn, objectGuid: first.objectGuid, objectClass: first.objectClass, edits: list });
  }
  return changes;
}
