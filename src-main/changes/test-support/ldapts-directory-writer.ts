import type { Client } from 'ldapts';
import type { DirectoryWriter } from '../ports.ts';

/**
 * The smallest DirectoryWriter over a bound ldapts Client, for integration tests and the
 * benchmark. The app's real one lives in src-main/directory. Errors pass through untouched, so the
 * journal sees exactly what ldapts reports.
 */
export function ldaptsDirectoryWriter(client: Client): DirectoryWriter {
  return {
    async modify(dn, changes) {
      await client.modify(dn, changes);
    },
    async readAttributes(dn, attrs, binaryAttrs = []) {
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
    },
  };
}
