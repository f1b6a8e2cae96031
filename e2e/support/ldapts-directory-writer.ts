import { Attribute, Change, type Client } from 'ldapts';
import type { DirectoryWriter } from '../../src-main/changes/ports.ts';
import { ldaptsNewDn } from '../../src-main/directory/ldapts-values.ts';
import { mapOperationError } from '../../src-main/directory/ldap-errors.ts';
import { explainPasswordRefusal, unicodePwdValue } from '../../src-main/directory/password.ts';

/**
 * The smallest DirectoryWriter over a bound ldapts Client, for integration tests and the
 * benchmark. The app's real one is DirectorySession. Errors pass through untouched, so the
 * journal sees exactly what ldapts reports. Samba never truncates a multi-valued answer, so a
 * plain read is complete here; the app's reads ask for ranges as Windows requires.
 */
export function ldaptsDirectoryWriter(client: Client): DirectoryWriter {
  async function read(dn: string, attrs: string[], binaryAttrs: readonly string[]) {
    const { searchEntries } = await client.search(dn, {
      scope: 'base',
      filter: '(objectClass=*)',
      attributes: attrs,
      explicitBufferAttributes: [...binaryAttrs],
    });
    const entry = searchEntries[0];
    const result: Record<string, string[]> = {};
    if (entry === undefined) return result;
    for (const [name, raw] of Object.entries(entry)) {
      if (name === 'dn') continue;
      const values = Array.isArray(raw) ? raw : [raw];
      result[name] = values.map((value) => (Buffer.isBuffer(value) ? value.toString('base64') : value));
    }
    return result;
  }
  return {
    async modify(dn, changes) {
      await client.modify(dn, changes);
    },
    async delete(dn) {
      await client.del(dn);
    },
    async add(dn, attributes) {
      await client.add(
        dn,
        Object.entries(attributes).map(([type, values]) => new Attribute({ type, values })),
      );
    },
    async modifyDn(dn, newRdn, newSuperior) {
      await client.modifyDN(dn, ldaptsNewDn(newRdn, newSuperior));
    },
    async resetPassword(dn, password, also) {
      // Only ever over LDAPS here (scratch-directory.ts connects so); words as the app gives them.
      const secret = new Change({
        operation: 'replace',
        modification: new Attribute({ type: 'unicodePwd', values: [unicodePwdValue(password)] }),
      });
      try {
        await client.modify(dn, [secret, ...also]);
      } catch (error) {
        throw explainPasswordRefusal(mapOperationError(error, { server: 'test DC', dn }));
      }
    },
    readAttributes: (dn, attrs, binaryAttrs = []) => read(dn, attrs, binaryAttrs),
    async readEntry(dn) {
      const binary = ['objectGUID', 'objectSid', 'thumbnailPhoto'];
      return { values: await read(dn, ['*'], binary), binary };
    },
  };
}
