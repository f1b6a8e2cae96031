import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Attribute, Change, Client } from 'ldapts';
import type { DcFacts } from '../dc/facts.ts';
import { lockoutPolicy } from './lockout-policy.ts';

/**
 * Objects a spec creates for itself on the shared test DC and removes afterwards, so specs never
 * depend on, or damage, the seeded organisation. Also "the other admin" of conflict tests.
 */
export class ScratchDirectory {
  readonly facts: DcFacts;
  readonly ouDn: string;
  readonly ouName: string;
  #client: Client | null = null;
  /** Objects made outside the scratch OU (password policies), removed first on dispose. */
  readonly #outside: string[] = [];

  constructor(facts: DcFacts) {
    this.facts = facts;
    this.ouName = `E2E-${randomBytes(4).toString('hex')}`;
    this.ouDn = `OU=${this.ouName},${facts.domainDn}`;
  }

  async client(): Promise<Client> {
    if (this.#client) return this.#client;
    const client = new Client({
      url: `ldaps://${this.facts.host}:${this.facts.ldapsPort}`,
      tlsOptions: { ca: [readFileSync(this.facts.caFile, 'utf8')] },
    });
    await client.bind(this.facts.admin.upn, this.facts.admin.password);
    await client.add(this.ouDn, { objectClass: ['top', 'organizationalUnit'], ou: this.ouName });
    this.#client = client;
    return client;
  }

  /** A mail user as New-MailUser stamps it (recipients.md): external target, one SMTP: primary. */
  async createMailUser(name: string, alias: string): Promise<string> {
    const client = await this.client();
    const dn = `CN=${name},${this.ouDn}`;
    await client.add(dn, {
      objectClass: ['top', 'person', 'organizationalPerson', 'user'],
      cn: name,
      sAMAccountName: `${alias}`.slice(0, 20),
      userPrincipalName: `${alias}@contoso.com`,
      displayName: name,
      mail: `${alias}@contoso.com`,
      mailNickname: alias,
      proxyAddresses: [`SMTP:${alias}@contoso.com`],
      targetAddress: `SMTP:${alias}@legacy.contoso.net`,
      msExchRecipientTypeDetails: '128',
      msExchRecipientDisplayType: '6',
      userAccountControl: '514',
    });
    return dn;
  }

  /** A plain user (no Exchange attributes), disabled as ADUC creates it before a password is set. */
  async createUser(name: string, attrs: Record<string, string | string[]> = {}): Promise<string> {
    const client = await this.client();
    const dn = `CN=${name},${this.ouDn}`;
    await client.add(dn, {
      objectClass: ['top', 'person', 'organizationalPerson', 'user'],
      cn: name,
      sAMAccountName: `u${randomBytes(6).toString('hex')}`,
      userAccountControl: '514',
      ...attrs,
    });
    return dn;
  }

  /** A group; groupType -2147483646 is a global security group, ADUC's default. */
  async createGroup(name: string, groupType = '-2147483646'): Promise<string> {
    const client = await this.client();
    const dn = `CN=${name},${this.ouDn}`;
    await client.add(dn, {
      objectClass: ['top', 'group'],
      cn: name,
      sAMAccountName: `g${randomBytes(6).toString('hex')}`,
      groupType,
    });
    return dn;
  }

  /** Another admin's write, straight to the DC. */
  async replace(dn: string, attr: string, values: string[]): Promise<void> {
    const client = await this.client();
    await client.modify(dn, [
      new Change({ operation: 'replace', modification: new Attribute({ type: attr, values }) }),
    ]);
  }

  async read(dn: string, attr: string): Promise<string[]> {
    const client = await this.client();
    const { searchEntries } = await client.search(dn, { scope: 'base', attributes: [attr] });
    const value = searchEntries[0]?.[attr];
    return value === undefined ? [] : (Array.isArray(value) ? value : [value]).map(String);
  }

  /** Whether a simple bind as `dn` with `password` works: true, or the server's diagnostic. */
  async bindAs(dn: string, password: string): Promise<true | string> {
    const client = new Client({
      url: `ldaps://${this.facts.host}:${this.facts.ldapsPort}`,
      tlsOptions: { ca: [readFileSync(this.facts.caFile, 'utf8')] },
    });
    try {
      await client.bind(dn, password);
      return true;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      await client.unbind().catch(() => undefined);
    }
  }

  /**
   * Locks the account out for real: a fine-grained password policy of this scratch directory's
   * own (threshold 2, until unlocked) applies to it only, then wrong passwords are tried. The
   * domain-wide policy never locks, so no other test's account is at risk; dispose removes it.
   */
  async lockOut(dn: string): Promise<void> {
    const client = await this.client();
    const pso = `CN=${this.ouName} lockout ${randomBytes(3).toString('hex')},CN=Password Settings Container,CN=System,${this.facts.domainDn}`;
    await client.add(pso, lockoutPolicy(dn));
    this.#outside.push(pso);
    for (let attempt = 0; attempt < 4; attempt++) {
      const answer = await this.bindAs(dn, `wrong-${attempt}-${randomBytes(3).toString('hex')}`);
      if (typeof answer === 'string' && answer.includes('data 775')) return;
    }
    throw new Error(`${dn} did not lock out`);
  }

  async dispose(): Promise<void> {
    const client = this.#client;
    if (!client) return;
    for (const dn of this.#outside.splice(0)) await client.del(dn).catch(() => undefined);
    const { searchEntries } = await client.search(this.ouDn, { scope: 'sub', attributes: ['dn'] });
    // Deepest first: an OU can only go once it is empty.
    for (const entry of searchEntries.sort((a, b) => b.dn.length - a.dn.length)) await client.del(entry.dn);
    await client.unbind();
    this.#client = null;
  }
}
