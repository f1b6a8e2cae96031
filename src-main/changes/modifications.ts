import { Attribute, Change as LdapChange } from 'ldapts';
import type { Edit } from './change.ts';
import { editDelta, isDelta } from '../../src-preload/shared/values.ts';

/**
 * Turns one edit into the LDAP modifications that perform it as a compare-and-swap.
 *
 * With a known base: delete exactly the base values that go, then add the new ones. The server
 * refuses the delete (noSuchAttribute) if another client removed or changed one of those values
 * since we read them, and refuses the add (attributeOrValueExists, or a constraint violation for a
 * single-valued attribute) if someone put a value there. Because the delete carries the old value
 * exactly, a case-only change (smtp:a@x → SMTP:a@x), which AD's case-insensitive matching would
 * treat as "the same value", still goes through as delete-old + add-new in the same modify.
 *
 * Without a base there is nothing to compare, so the edit replaces; an empty replace removes the
 * attribute and, unlike a delete, does not fail when it is already absent.
 */
export function computeModifications(edit: Edit): LdapChange[] {
  const delta = editDelta(edit);
  if (delta === null) {
    const desired = isDelta(edit) ? edit.add : edit.desired;
    return [new LdapChange({ operation: 'replace', modification: attribute(edit, desired) })];
  }
  const changes: LdapChange[] = [];
  if (delta.removed.length > 0) {
    changes.push(new LdapChange({ operation: 'delete', modification: attribute(edit, delta.removed) }));
  }
  if (delta.added.length > 0) {
    changes.push(new LdapChange({ operation: 'add', modification: attribute(edit, delta.added) }));
  }
  return changes;
}

/** All edits of one change, in one list: they go to the server as one atomic modify. */
export function computeChangeModifications(edits: readonly Edit[]): LdapChange[] {
  return edits.flatMap(computeModifications);
}

function attribute(edit: Edit, values: string[]): Attribute {
  return new Attribute({
    type: edit.attr,
    values: edit.binary === true ? values.map((value) => Buffer.from(value, 'base64')) : values,
  });
}
