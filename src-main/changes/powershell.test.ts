import { describe, expect, it } from 'vitest';
import type { Edit } from './change.ts';
import { cmdletFor, quote, toPowerShell } from './powershell.ts';

const USER = ['top', 'person', 'organizationalPerson', 'user'];
const DN = 'CN=Pat Fuller,OU=Staff,DC=contoso,DC=com';
const GUID = '2f5c9d7e-1c1a-4d6b-9c53-0d2f0e6f8a11';

function user(...edits: Edit[]): string {
  return toPowerShell({ dn: DN, objectGuid: GUID, objectClass: USER, edits });
}

describe('toPowerShell', () => {
  it('adds values', () => {
    expect(
      user({
        attr: 'proxyAddresses',
        base: ['SMTP:pat@contoso.com'],
        desired: ['SMTP:pat@contoso.com', 'smtp:pf@contoso.com', 'smtp:pat@fabrikam.com'],
      }),
    ).toBe(
      "Set-ADUser -Identity 'CN=Pat Fuller,OU=Staff,DC=contoso,DC=com' -Add @{proxyAddresses='smtp:pf@contoso.com','smtp:pat@fabrikam.com'}",
    );
  });

  it('removes values', () => {
    expect(
      user({
        attr: 'proxyAddresses',
        base: ['SMTP:pat@contoso.com', 'smtp:old@contoso.com'],
        desired: ['SMTP:pat@contoso.com'],
      }),
    ).toBe(
      "Set-ADUser -Identity 'CN=Pat Fuller,OU=Staff,DC=contoso,DC=com' -Remove @{proxyAddresses='smtp:old@contoso.com'}",
    );
  });

  it('changes a known single value as remove + add (the compare-and-swap we send)', () => {
    expect(user({ attr: 'mailNickname', base: ['pat'], desired: ['pfuller'] })).toBe(
      "Set-ADUser -Identity 'CN=Pat Fuller,OU=Staff,DC=contoso,DC=com' -Remove @{mailNickname='pat'} -Add @{mailNickname='pfuller'}",
    );
  });

  it('replaces when no base is known', () => {
    expect(
      user({ attr: 'targetAddress', base: null, desired: ['SMTP:pat@contoso.mail.onmicrosoft.com'] }),
    ).toBe(
      "Set-ADUser -Identity 'CN=Pat Fuller,OU=Staff,DC=contoso,DC=com' -Replace @{targetAddress='SMTP:pat@contoso.mail.onmicrosoft.com'}",
    );
  });

  it('clears when no base is known and nothing is desired', () => {
    expect(
      user(
        { attr: 'targetAddress', base: null, desired: [] },
        { attr: 'msExchHideFromAddressLists', base: null, desired: [] },
      ),
    ).toBe(
      "Set-ADUser -Identity 'CN=Pat Fuller,OU=Staff,DC=contoso,DC=com' -Clear targetAddress,msExchHideFromAddressLists",
    );
  });

  it('makes a case-only primary change a remove of the old spelling and an add of the new', () => {
    expect(
      user({
        attr: 'proxyAddresses',
        base: ['SMTP:pat@contoso.com', 'smtp:pat@fabrikam.com'],
        desired: ['smtp:pat@contoso.com', 'SMTP:pat@fabrikam.com'],
      }),
    ).toBe(
      "Set-ADUser -Identity 'CN=Pat Fuller,OU=Staff,DC=contoso,DC=com' -Remove @{proxyAddresses='SMTP:pat@contoso.com','smtp:pat@fabrikam.com'} -Add @{proxyAddresses='smtp:pat@contoso.com','SMTP:pat@fabrikam.com'}",
    );
  });

  it('doubles single quotes (also typographic ones) and leaves $, backtick, double quotes and unicode literal', () => {
    const dn = "CN=O'Brien\\, Seán,OU=Staff,DC=contoso,DC=com";
    const text = toPowerShell({
      dn,
      objectGuid: GUID,
      objectClass: USER,
      edits: [
        { attr: 'description', base: null, desired: ['Costs $(rm -r C:\\) `n "quoted" it’s 日本 O\'Neil'] },
      ],
    });
    expect(text).toBe(
      "Set-ADUser -Identity 'CN=O''Brien\\, Seán,OU=Staff,DC=contoso,DC=com' -Replace @{description='Costs $(rm -r C:\\) `n \"quoted\" it’’s 日本 O''Neil'}",
    );
    expect(quote('‘a’ ‚b‛')).toBe("'‘‘a’’ ‚‚b‛‛'");
  });

  it('combines several attributes, grouping each operation in one hashtable', () => {
    expect(
      user(
        { attr: 'mail', base: ['pat@contoso.com'], desired: ['pat.fuller@contoso.com'] },
        {
          attr: 'proxyAddresses',
          base: ['SMTP:pat@contoso.com'],
          desired: ['SMTP:pat.fuller@contoso.com', 'smtp:pat@contoso.com'],
        },
        { attr: 'extensionAttribute1', base: null, desired: ['HR'] },
        { attr: 'targetAddress', base: null, desired: [] },
      ),
    ).toBe(
      "Set-ADUser -Identity 'CN=Pat Fuller,OU=Staff,DC=contoso,DC=com'" +
        " -Remove @{mail='pat@contoso.com'; proxyAddresses='SMTP:pat@contoso.com'}" +
        " -Add @{mail='pat.fuller@contoso.com'; proxyAddresses='SMTP:pat.fuller@contoso.com','smtp:pat@contoso.com'}" +
        " -Replace @{extensionAttribute1='HR'}" +
        ' -Clear targetAddress',
    );
  });

  it('quotes attribute names with hyphens', () => {
    expect(
      user(
        { attr: 'msDS-cloudExtensionAttribute1', base: null, desired: ['x'] },
        { attr: 'msDS-cloudExtensionAttribute2', base: null, desired: [] },
      ),
    ).toBe(
      "Set-ADUser -Identity 'CN=Pat Fuller,OU=Staff,DC=contoso,DC=com' -Replace @{'msDS-cloudExtensionAttribute1'='x'} -Clear 'msDS-cloudExtensionAttribute2'",
    );
  });

  it('writes small binary values as byte arrays and large ones from base64', () => {
    const guidBytes = Buffer.from('00112233445566778899aabbccddeeff', 'hex').toString('base64');
    const photo = Buffer.alloc(40, 0xff).toString('base64');
    expect(
      user(
        { attr: 'msExchMailboxGuid', binary: true, base: null, desired: [guidBytes] },
        { attr: 'thumbnailPhoto', binary: true, base: [], desired: [photo] },
      ),
    ).toBe(
      "Set-ADUser -Identity 'CN=Pat Fuller,OU=Staff,DC=contoso,DC=com'" +
        ` -Add @{thumbnailPhoto=([Convert]::FromBase64String('${photo}'))}` +
        ' -Replace @{msExchMailboxGuid=([byte[]](0x00,0x11,0x22,0x33,0x44,0x55,0x66,0x77,0x88,0x99,0xAA,0xBB,0xCC,0xDD,0xEE,0xFF))}',
    );
  });

  it('uses Set-ADGroup for groups, Set-ADObject for contacts and computers, and the GUID on request', () => {
    const edits: Edit[] = [{ attr: 'mail', base: [], desired: ['sales@contoso.com'] }];
    expect(
      toPowerShell(
        { dn: 'CN=Sales,DC=contoso,DC=com', objectGuid: GUID, objectClass: ['top', 'group'], edits },
        { identity: 'guid' },
      ),
    ).toBe(`Set-ADGroup -Identity '${GUID}' -Add @{mail='sales@contoso.com'}`);
    expect(cmdletFor(['top', 'person', 'organizationalPerson', 'contact'])).toBe('Set-ADObject');
    expect(cmdletFor(['top', 'person', 'organizationalPerson', 'user', 'computer'])).toBe('Set-ADObject');
    expect(cmdletFor(['top', 'person', 'organizationalPerson', 'user', 'inetOrgPerson'])).toBe('Set-ADUser');
    expect(cmdletFor(['top', 'publicFolder'])).toBe('Set-ADObject');
  });
});
