// Checks the test DC fixture itself: schema extension, the >1,500-member group, the special
// accounts' bind errors, recipient stamps, and that the seeded cases exist.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Attribute, Change, Client, InvalidCredentialsError, StrongAuthRequiredError } from 'ldapts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDcFacts, type DcAccount, type DcFacts } from './facts.ts';
import { parseExchangeAttributeTsv } from './schema/exchange-attribute-rows.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const tsvPath =
  process.env.RD_EXCHANGE_TSV ?? join(repoRoot, 'e2e', 'dc', 'schema', 'exchange-attributes.tsv');

let facts: DcFacts;
let ca: string;
let admin: Client;

function ldaps(host = '127.0.0.1'): Client {
  return new Client({
    url: `ldaps://${host}:${facts.ldapsPort}`,
    tlsOptions: { ca: [ca] },
    connectTimeout: 5000,
    timeout: 20000,
  });
}

async function bindError(account: DcAccount): Promise<unknown> {
  const client = ldaps();
  try {
    await client.bind(account.dn, account.password);
    return undefined;
  } catch (error) {
    return error;
  } finally {
    await client.unbind();
  }
}

beforeAll(async () => {
  facts = loadDcFacts();
  ca = readFileSync(facts.caFile, 'utf8');
  admin = ldaps();
  await admin.bind(facts.admin.dn, facts.admin.password);
});

afterAll(async () => {
  await admin?.unbind();
});

describe('schema', () => {
  it('has every Exchange attribute of the reference with its syntax, singleness and rangeUpper', async () => {
    const expected = parseExchangeAttributeTsv(readFileSync(tsvPath, 'utf8')).filter(
      (row) => !row.inBaseSchema,
    );
    const { searchEntries } = await admin.search(facts.schemaDn, {
      scope: 'one',
      filter: `(&(objectClass=attributeSchema)(|${expected.map((r) => `(lDAPDisplayName=${r.ldapName})`).join('')}))`,
      attributes: ['lDAPDisplayName', 'attributeSyntax', 'isSingleValued', 'rangeUpper', 'linkID'],
      paged: true,
    });
    const byName = new Map(searchEntries.map((e) => [String(e.lDAPDisplayName), e]));
    for (const row of expected) {
      const entry = byName.get(row.ldapName);
      expect(entry, row.ldapName).toBeDefined();
      expect(entry?.attributeSyntax, row.ldapName).toBe(row.attributeSyntax);
      expect(entry?.isSingleValued, row.ldapName).toBe(row.singleValued ? 'TRUE' : 'FALSE');
      if (row.rangeUpper !== undefined) expect(entry?.rangeUpper, row.ldapName).toBe(String(row.rangeUpper));
      if (typeof row.linkId === 'number') expect(entry?.linkID, row.ldapName).toBe(String(row.linkId));
      if (row.linkId === 'unknown') expect(Number(entry?.linkID), row.ldapName).toBeGreaterThan(0);
    }
  });

  it('lets users, groups and contacts carry the Exchange attributes', async () => {
    const allowed = async (dn: string) => {
      const { searchEntries } = await admin.search(dn, { scope: 'base', attributes: ['allowedAttributes'] });
      return new Set([searchEntries[0]?.allowedAttributes ?? []].flat().map((a) => String(a).toLowerCase()));
    };
    const user = await allowed(facts.accounts.helpdesk.dn);
    for (const attr of [
      'mailNickname',
      'targetAddress',
      'msExchRecipientTypeDetails',
      'extensionAttribute15',
      'msExchMailboxGuid',
      'msExchVersion',
      'altRecipientBL',
    ]) {
      expect(user.has(attr.toLowerCase()), `user may contain ${attr}`).toBe(true);
    }
    const group = await allowed(facts.seed.largeGroupDn);
    for (const attr of [
      'msExchCoManagedByLink',
      'msExchHideFromAddressLists',
      'thumbnailPhoto',
      'reportToOriginator',
    ]) {
      expect(group.has(attr.toLowerCase()), `group may contain ${attr}`).toBe(true);
    }
  });

  it('enforces single-valuedness of the added attributes', async () => {
    const dn = facts.accounts.helpdesk.dn;
    const twoValues = new Change({
      operation: 'add',
      modification: new Attribute({ type: 'mailNickname', values: ['a', 'b'] }),
    });
    await expect(admin.modify(dn, twoValues)).rejects.toThrow();
  });
});

describe('seed', () => {
  it('has a group of more than 1,500 members, readable through range retrieval', async () => {
    const { searchEntries } = await admin.search(facts.seed.largeGroupDn, {
      scope: 'base',
      attributes: ['member;range=0-*'],
    });
    const entry: Record<string, unknown> = searchEntries[0] ?? {};
    const key = Object.keys(entry).find((k) => k.toLowerCase().startsWith('member'));
    const members = key ? [entry[key]].flat() : [];
    expect(members.length).toBeGreaterThan(1500);
    expect(members.length).toBe(facts.seed.largeGroupMembers);
  });

  it('stamps remote user mailboxes with the full recipient triple and a routing address', async () => {
    const { searchEntries } = await admin.search(facts.seed.corpOuDn, {
      filter: '(msExchRecipientTypeDetails=2147483648)',
      attributes: [
        'msExchRecipientDisplayType',
        'msExchRemoteRecipientType',
        'targetAddress',
        'mailNickname',
      ],
      paged: true,
    });
    expect(searchEntries.length).toBeGreaterThan(1000);
    for (const e of searchEntries) {
      expect(e.msExchRecipientDisplayType, e.dn).toBe('-2147483642');
      expect(['1', '3', '4', '6'], e.dn).toContain(e.msExchRemoteRecipientType);
      expect(String(e.targetAddress).toLowerCase(), e.dn).toMatch(
        /^smtp:[^@]+@contoso\.mail\.onmicrosoft\.com$/,
      );
    }
  });

  it('keeps non-ASCII and filter-special characters in names intact', async () => {
    const byFilter = async (filter: string) =>
      (await admin.search(facts.seed.corpOuDn, { filter, attributes: ['cn'] })).searchEntries;
    expect((await byFilter('(cn=Zoë Müller)')).map((e) => e.cn)).toEqual(['Zoë Müller']);
    expect((await byFilter('(cn=Test \\28Star\\2a\\29 Back\\5cslash)')).map((e) => e.cn)).toEqual([
      'Test (Star*) Back\\slash',
    ]);
  });

  it('contains every seeded readiness case object', async () => {
    expect(facts.seed.cases.some((c) => c.expect === 'flag')).toBe(true);
    expect(facts.seed.cases.some((c) => c.expect === 'ok')).toBe(true);
    for (const dn of new Set(facts.seed.cases.flatMap((c) => c.dns))) {
      const { searchEntries } = await admin.search(dn, { scope: 'base', attributes: ['objectClass'] });
      expect(searchEntries, dn).toHaveLength(1);
    }
  });
});

describe('accounts', () => {
  it('lets the helpdesk account bind', async () => {
    expect(await bindError(facts.accounts.helpdesk)).toBeUndefined();
  });

  it('refuses the helpdesk account a write on another user', async () => {
    const client = ldaps();
    try {
      await client.bind(facts.accounts.helpdesk.dn, facts.accounts.helpdesk.password);
      const change = new Change({
        operation: 'replace',
        modification: new Attribute({ type: 'description', values: ['helpdesk was here'] }),
      });
      await expect(client.modify(facts.accounts.disabled.dn, change)).rejects.toMatchObject({ code: 50 });
    } finally {
      await client.unbind();
    }
  });

  it.each([
    ['locked', '775'],
    ['disabled', '533'],
    ['expired', '701'],
    ['mustChange', '773'],
  ] as const)('refuses the %s account with AD data code %s', async (key, code) => {
    const error = await bindError(facts.accounts[key]);
    expect(error).toBeInstanceOf(InvalidCredentialsError);
    expect((error as Error).message).toContain(`data ${code},`);
  });

  it('refuses a wrong password with data 52e', async () => {
    const error = await bindError({ ...facts.accounts.helpdesk, password: 'not-the-password' });
    expect((error as Error).message).toContain('data 52e,');
  });

  it('requires StartTLS for a simple bind on plain LDAP', async () => {
    const client = new Client({ url: `ldap://127.0.0.1:${facts.ldapPort}` });
    await expect(client.bind(facts.admin.dn, facts.admin.password)).rejects.toBeInstanceOf(
      StrongAuthRequiredError,
    );
    await client.unbind();
  });

  it('does not match its certificate when reached as [::1]', async () => {
    const client = ldaps('[::1]');
    await expect(client.bind(facts.admin.dn, facts.admin.password)).rejects.toMatchObject({
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    });
    await client.unbind().catch(() => undefined);
  });
});
