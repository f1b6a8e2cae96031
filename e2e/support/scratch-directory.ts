import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'ldapts';
import { loadDcFacts, type DcFacts } from '../dc/facts.ts';
import { cnDn } from '../dc/dn.ts';
import { ldaptsDirectoryWriter } from './ldapts-directory-writer.ts';
import type { DirectoryWriter } from '../../src-main/changes/ports.ts';

/**
 * A throw-away OU on the test DC for tests and the benchmark: its own objects, its own admin
 * connections, and a cleanup that removes everything it created.
 */
export interface ScratchDirectory {
  facts: DcFacts;
  ouDn: string;
  /** The admin connection the scratch objects are created with. */
  admin: Client;
  adminWriter: DirectoryWriter;
  /** Another bound admin connection: "a second client" in conflict tests. */
  connect(): Promise<Client>;
  createUser(cn: string, attrs?: Record<string, string[]>): Promise<{ dn: string; guid: string }>;
  /** A global security group with these members (DNs of existing objects). */
  createGroup(cn: string, members: readonly string[]): Promise<{ dn: string; guid: string }>;
  read(dn: string, attrs: string[]): Promise<Record<string, string[]>>;
  cleanup(): Promise<void>;
}

export function ldapsUrl(facts: DcFacts): string {
  return `ldaps://${facts.host}:${facts.ldapsPort}`;
}

export async function openScratchDirectory(prefix: string): Promise<ScratchDirectory> {
  const facts = loadDcFacts();
  const ca = readFileSync(facts.caFile);
  const opened: Client[] = [];
  const connect = async (): Promise<Client> => {
    const client = new Client({
      url: ldapsUrl(facts),
      tlsOptions: { ca: [ca] },
      timeout: 30_000,
      connectTimeout: 5_000,
    });
    await client.bind(facts.admin.dn, facts.admin.password);
    opened.push(client);
    return client;
  };
  const admin = await connect();
  const adminWriter = ldaptsDirectoryWriter(admin);
  const ouDn = `OU=${prefix}-${randomBytes(4).toString('hex')},${facts.domainDn}`;
  await admin.add(ouDn, { objectClass: ['top', 'organizationalUnit'] });
  const created: string[] = [];

  const guidOf = async (dn: string): Promise<string> => {
    const { searchEntries } = await admin.search(dn, {
      scope: 'base',
      attributes: ['objectGUID'],
      explicitBufferAttributes: ['objectGUID'],
    });
    const raw = searchEntries[0]?.['objectGUID'];
    if (!Buffer.isBuffer(raw)) throw new Error(`No objectGUID read back for ${dn}`);
    return guidString(raw);
  };

  return {
    facts,
    ouDn,
    admin,
    adminWriter,
    connect,
    async createUser(cn, attrs = {}) {
      const dn = cnDn(cn, ouDn);
      const sam = `jt${randomBytes(6).toString('hex')}`;
      await admin.add(dn, {
        objectClass: ['top', 'person', 'organizationalPerson', 'user'],
        sAMAccountName: sam,
        ...attrs,
      });
      created.push(dn);
      return { dn, guid: await guidOf(dn) };
    },
    async createGroup(cn, members) {
      const dn = cnDn(cn, ouDn);
      await admin.add(dn, {
        objectClass: ['top', 'group'],
        sAMAccountName: `jg${randomBytes(6).toString('hex')}`,
        ...(members.length > 0 ? { member: [...members] } : {}),
      });
      created.push(dn);
      return { dn, guid: await guidOf(dn) };
    },
    read: (dn, attrs) => adminWriter.readAttributes(dn, attrs),
    async cleanup() {
      try {
        for (const dn of created.reverse()) await admin.del(dn).catch(() => undefined);
        await admin.del(ouDn);
      } finally {
        for (const client of opened) await client.unbind().catch(() => undefined);
      }
    },
  };
}

/** objectGUID bytes in AD's string form (the first three groups are little-endian). */
function guidString(bytes: Buffer): string {
  const hex = (start: number, end: number, reverse: boolean) => {
    const part = [...bytes.subarray(start, end)];
    return (reverse ? part.reverse() : part).map((b) => b.toString(16).padStart(2, '0')).join('');
  };
  return `${hex(0, 4, true)}-${hex(4, 6, true)}-${hex(6, 8, true)}-${hex(8, 10, false)}-${hex(10, 16, false)}`;
}
