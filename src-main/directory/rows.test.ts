import { describe, expect, it } from 'vitest';
import type { Entry } from './entry.ts';
import { classInWords, groupTypeName, sortRows, toRow } from './rows.ts';

function entry(dn: string, objectClass: string[], attrs: Record<string, string[]>): Entry {
  return { dn, guid: 'g', objectClass, attrs: new Map(Object.entries(attrs)) };
}

describe('rows', () => {
  it('names group types like ADUC', () => {
    expect(groupTypeName(-2147483646)).toBe('Security Group - Global');
    expect(groupTypeName(-2147483640)).toBe('Security Group - Universal');
    expect(groupTypeName(8)).toBe('Distribution Group - Universal');
    expect(groupTypeName(-2147483644)).toBe('Security Group - Domain Local');
  });

  it('builds a user row with the primary SMTP address and disabled flag', () => {
    const row = toRow(
      entry('CN=Zoë Müller,OU=Staff,DC=corp,DC=test', ['top', 'person', 'organizationalPerson', 'user'], {
        name: ['Zoë Müller'],
        proxyAddresses: ['smtp:zoe@old.test', 'SMTP:zoe.mueller@corp.test'],
        mail: ['other@corp.test'],
        userAccountControl: ['514'],
        msExchRecipientTypeDetails: ['2147483648'],
      }),
    );
    expect(row).toMatchObject({
      name: 'Zoë Müller',
      kind: 'user',
      type: 'User',
      primarySmtp: 'zoe.mueller@corp.test',
      disabled: true,
      recipientTypeDetails: '2147483648',
    });
  });

  it('falls back to mail, and to the RDN for the name', () => {
    const row = toRow(entry('CN=Smith\\, John,DC=corp', ['top', 'contact'], { mail: ['js@x.test'] }));
    expect(row).toMatchObject({
      name: 'Smith, John',
      kind: 'contact',
      type: 'Contact',
      primarySmtp: 'js@x.test',
      disabled: false,
    });
  });

  it('sorts containers first, then by name, case- and accent-insensitively', () => {
    const rows = [
      toRow(entry('CN=b', ['user'], { name: ['zed'] })),
      toRow(entry('OU=z', ['organizationalUnit'], { name: ['Zulu'] })),
      toRow(entry('CN=a', ['user'], { name: ['Émile'] })),
      toRow(entry('CN=c', ['user'], { name: ['adam'] })),
    ];
    expect(sortRows(rows).map((r) => r.name)).toEqual(['Zulu', 'adam', 'Émile', 'zed']);
    expect(sortRows(rows, 'name', true).map((r) => r.name)).toEqual(['Zulu', 'zed', 'Émile', 'adam']);
  });
});

describe('type names', () => {
  it('names container classes in words, as ADUC does', () => {
    const row = (cls: string[]) => toRow(entry('CN=x,DC=corp,DC=test', cls, {})).type;
    expect(row(['top', 'builtinDomain'])).toBe('Builtin domain');
    expect(row(['top', 'organizationalUnit'])).toBe('Organizational unit');
    expect(row(['top', 'container'])).toBe('Container');
    expect(row(['top', 'lostAndFound'])).toBe('Lost and found');
    expect(classInWords('msDS-PasswordSettingsContainer')).toBe('Password settings container');
    expect(classInWords('infrastructureUpdate')).toBe('Infrastructure update');
  });
});
