import { Attribute, Change } from 'ldapts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src-preload/contract/errors.ts';
import { rdn } from './escape.ts';
import { strings } from './entry.ts';
import { facts, ldapsProfile } from '../../e2e/support/int-test-dc.ts';
import { DirectorySession } from './session.ts';

// Writes go to a private OU created and removed here, so other suites' fixtures stay intact.
const OU = `OU=rd-directory-write-tests-${process.pid},${facts.domainDn}`;
const CONTACT = `${rdn('CN', 'Contact, Zoë (Star*)')},${OU}`;

let admin: DirectorySession;
let helpdesk: DirectorySession;

beforeAll(async () => {
  admin = await DirectorySession.connect(ldapsProfile(), facts.admin.password);
  helpdesk = await DirectorySession.connect(
    ldapsProfile({ bindIdentity: facts.accounts.helpdesk.upn }),
    facts.accounts.helpdesk.password,
  );
  await admin.add(OU, { objectClass: ['organizationalUnit'], description: ['directory layer write tests'] });
  await admin.add(CONTACT, {
    objectClass: ['contact'],
    mail: ['zoe.contact@fabrikam.com'],
    mailNickname: ['zoecontact'],
  });
});

afterAll(async () => {
  await admin.delete(CONTACT).catch(() => undefined);
  await admin.delete(OU).catch(() => undefined);
  await Promise.all([admin.close(), helpdesk.close()]);
});

const change = (operation: 'add' | 'delete' | 'replace', type: string, values: string[]): Change =>
  new Change({ operation, modification: new Attribute({ type, values }) });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
}

describe('schema facts', () => {
  it('knows mailNickname and proxyAddresses from the server', () => {
    expect(admin.schema.hasExchangeSchema()).toBe(true);
    expect(admin.schema.isSingleValued('mailNickname')).toBe(true);
    expect(admin.schema.attribute('mailNickname')?.rangeUpper).toBe(64);
    expect(admin.schema.isSingleValued('proxyAddresses')).toBe(false);
    expect(admin.schema.attribute('proxyAddresses')?.syntax).toBe('2.5.5.12');
    expect(admin.schema.isBinary('objectGUID')).toBe(true);
    expect(admin.schema.isBinary('thumbnailPhoto')).toBe(true);
    expect(admin.schema.isBinary('mail')).toBe(false);
    expect(admin.schema.class('user')?.subClassOf).toBe('organizationalPerson');
  });
});

describe('effective rights', () => {
  it('lets the admin write mail on another user, not the helpdesk', async () => {
    const target = facts.accounts.disabled.dn;
    expect(admin.effectiveRights(await admin.read(target)).canWrite('mail')).toBe(true);
    const seenByHelpdesk = helpdesk.effectiveRights(await helpdesk.read(target));
    expect(seenByHelpdesk.canWrite('mail')).toBe(false);
    expect(await codeOf(helpdesk.modify(target, [change('replace', 'mail', ['x@contoso.com'])]))).toBe(
      'LDAP_INSUFFICIENT_ACCESS',
    );
  });

  it('lets the admin create users in an OU', async () => {
    expect(admin.effectiveRights(await admin.read(OU)).canCreateChild('user')).toBe(true);
  });

  it('makes a read-only profile read-only whatever the server allows', async () => {
    const readOnly = await DirectorySession.connect(ldapsProfile({ readOnly: true }), facts.admin.password);
    try {
      const rights = readOnly.effectiveRights(await readOnly.read(CONTACT));
      expect(rights.canWrite('mail')).toBe(false);
      expect(await codeOf(readOnly.modify(CONTACT, [change('add', 'description', ['x'])]))).toBe('READ_ONLY');
    } finally {
      await readOnly.close();
    }
  });
});

describe('modify, add and delete', () => {
  it('applies a delete-old + add-new modify and refuses it once the base is stale', async () => {
    await admin.modify(CONTACT, [
      change('add', 'proxyAddresses', ['SMTP:zoe.contact@fabrikam.com', 'smtp:zoe@old.fabrikam.com']),
    ]);
    const swap = [
      change('delete', 'proxyAddresses', ['smtp:zoe@old.fabrikam.com']),
      change('add', 'proxyAddresses', ['smtp:zoe@new.fabrikam.com']),
    ];
    await admin.modify(CONTACT, swap);
    expect(strings(await admin.read(CONTACT), 'proxyAddresses')).toContain('smtp:zoe@new.fabrikam.com');
    expect(await codeOf(admin.modify(CONTACT, swap))).toBe('LDAP_NO_SUCH_ATTRIBUTE');
  });

  it('maps the server refusals to their codes, keeping the diagnostic', async () => {
    expect(
      await codeOf(admin.modify(CONTACT, [change('add', 'proxyAddresses', ['smtp:zoe@new.fabrikam.com'])])),
    ).toBe('LDAP_ATTRIBUTE_OR_VALUE_EXISTS');
    // Over rangeUpper: Windows answers constraintViolation (19), Samba invalidAttributeSyntax (21).
    expect(await codeOf(admin.modify(CONTACT, [change('replace', 'mailNickname', ['x'.repeat(65)])]))).toBe(
      'LDAP_INVALID_SYNTAX',
    );
    expect(await codeOf(admin.modify(CONTACT, [change('add', 'mailNickname', ['a', 'b'])]))).toBe(
      'LDAP_ATTRIBUTE_OR_VALUE_EXISTS',
    );
    expect(await codeOf(admin.modify(`CN=nobody,${OU}`, [change('add', 'description', ['x'])]))).toBe(
      'LDAP_NO_SUCH_OBJECT',
    );
    expect(await codeOf(admin.modify(CONTACT, [change('add', 'sAMAccountName', ['contact1'])]))).toBe(
      'LDAP_OBJECT_CLASS_VIOLATION',
    );
    expect(await codeOf(admin.add(CONTACT, { objectClass: ['contact'] }))).toBe('LDAP_ALREADY_EXISTS');
    const error = await admin
      .modify(CONTACT, [change('add', 'mailNickname', ['second'])])
      .catch((e: unknown) => e as AppError);
    expect(error?.details?.diagnostic).toBeTypeOf('string');
  });
});
