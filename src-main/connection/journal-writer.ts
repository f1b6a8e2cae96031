import type { Change as LdapChange } from 'ldapts';
import type { DirectoryWriter } from '../changes/ports.ts';
import type { ConnectionService } from './connection-service.ts';

/**
 * The journal writes through whatever session is current: after a reconnect or a new connect the
 * same writer keeps working, and with no session the journal sees NOT_CONNECTED and keeps the
 * change queued.
 */
export function journalWriter(connection: ConnectionService): DirectoryWriter {
  return {
    modify(dn: string, changes: LdapChange[]) {
      return connection.requireSession().modify(dn, changes);
    },
    async readAttributes(dn: string, attrs: string[], binaryAttrs: readonly string[] = []) {
      const session = connection.requireSession();
      const [entry] = await session.search({ base: dn, scope: 'base', attributes: attrs });
      const result: Record<string, string[]> = {};
      if (!entry) return result;
      const binary = new Set(binaryAttrs.map((a) => a.toLowerCase()));
      for (const [name, values] of entry.attrs) {
        const asBase64 = binary.has(name.toLowerCase());
        result[name] = values.map((v) =>
          Buffer.isBuffer(v)
            ? v.toString(asBase64 ? 'base64' : 'utf8')
            : asBase64
              ? Buffer.from(v).toString('base64')
              : v,
        );
      }
      return result;
    },
  };
}
