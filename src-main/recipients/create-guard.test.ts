import { describe, expect, it } from 'vitest';
import { uniqueKeysOfCreate } from './create-guard.ts';

describe('uniqueKeysOfCreate', () => {
  it('takes the UPN, alias and every SMTP address (lower case) that AD would store twice', () => {
    expect(
      uniqueKeysOfCreate({
        edits: [
          { attr: 'userPrincipalName', base: [], desired: ['Olga@Corp.Example'] },
          { attr: 'MailNickname', base: [], desired: ['olga'] },
          { attr: 'mail', base: [], desired: ['Olga@corp.example'] },
          {
            attr: 'proxyAddresses',
            base: [],
            desired: ['SMTP:Olga@corp.example', 'smtp:o@corp.example', 'X500:/o=ex/cn=olga'],
          },
          { attr: 'sAMAccountName', base: [], desired: ['olga'] },
        ],
      }),
    ).toEqual({
      userPrincipalName: 'olga@corp.example',
      alias: 'olga',
      addresses: ['olga@corp.example', 'o@corp.example'],
    });
  });

  it('has nothing to check for an OU or a plain contact', () => {
    expect(uniqueKeysOfCreate({ edits: [{ attr: 'description', base: [], desired: ['x'] }] })).toEqual({
      addresses: [],
    });
  });
});
