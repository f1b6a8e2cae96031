import { describe, expect, it } from 'vitest';
import { deriveFields, issueField, pagesFor, type DeriveContext } from './wizard-draft.ts';

const ctx: DeriveContext = {
  upnSuffixes: ['contoso.com', 'contoso.eu'],
  domainDnsName: 'corp.contoso.com',
  addressTemplate: '%g.%s@contoso.com',
  mailDomain: 'corp.contoso.com',
  tenant: 'contoso',
};

describe('what the wizard derives as the admin types', () => {
  it('composes the names like ADUC and the logon names and address from the template, accents folded', () => {
    const fields = deriveFields(
      {
        kind: 'remoteUserMailbox',
        typed: { name: '', givenName: 'Siobhán', initials: 'M', sn: 'Ó Briain' },
        edited: {},
      },
      ctx,
    );
    expect(fields).toMatchObject({
      name: 'Siobhán M. Ó Briain',
      displayName: 'Siobhán M. Ó Briain',
      upnPrefix: 'siobhan.obriain',
      upnSuffix: 'contoso.com',
      samAccountName: 'siobhan.obriain',
      alias: 'siobhan.obriain',
      primaryAddress: 'siobhan.obriain@contoso.com',
      tenant: 'contoso',
    });
  });

  it('keeps sAMAccountName within 20 characters, and stops deriving a field once it is edited', () => {
    const fields = deriveFields(
      {
        kind: 'user',
        typed: { name: 'Pat', givenName: 'Maximiliane', sn: 'Schwarzenberger', displayName: 'Max S.' },
        edited: { name: true, displayName: true },
      },
      ctx,
    );
    expect(fields.name).toBe('Pat');
    expect(fields.displayName).toBe('Max S.');
    expect(fields.upnPrefix).toBe('maximiliane.schwarzenberger');
    expect(fields.samAccountName).toBe('maximiliane.schwarze');
    expect(fields.samAccountName!.length).toBeLessThanOrEqual(20);
  });

  it('a group takes its pre-Windows 2000 name and alias from its name; the address falls back to alias@domain', () => {
    const fields = deriveFields(
      { kind: 'distributionGroup', typed: { name: 'Sales Team' }, edited: {} },
      ctx,
    );
    expect(fields).toMatchObject({
      samAccountName: 'Sales Team',
      alias: 'SalesTeam',
      primaryAddress: 'SalesTeam@contoso.com',
    });
  });

  it('a mail contact leaves its primary address to the external one', () => {
    const fields = deriveFields(
      { kind: 'mailContact', typed: { name: '', givenName: 'Pat', sn: 'Lee' }, edited: {} },
      ctx,
    );
    expect(fields.primaryAddress).toBe('');
  });

  it('pages follow the kind: resource mailboxes have no password page, groups no logon page', () => {
    expect(pagesFor('remoteUserMailbox')).toEqual(['name', 'logon', 'exchange', 'password', 'summary']);
    expect(pagesFor('remoteRoomMailbox')).toEqual(['name', 'logon', 'exchange', 'summary']);
    expect(pagesFor('securityGroup')).toEqual(['name', 'group', 'summary']);
    expect(pagesFor('contact')).toEqual(['name', 'summary']);
  });

  it('a directory duplicate lands on the field that holds the address', () => {
    const fields = {
      name: 'x',
      primaryAddress: 'a@x.com',
      extraAddresses: ['B@x.com'],
      externalAddress: 'c@y.com',
    };
    const taken = (value: string) =>
      issueField({ code: 'taken', severity: 'error', field: 'proxyAddresses', message: '', value }, fields);
    expect(taken('b@x.com')).toBe('extraAddresses');
    expect(taken('c@y.com')).toBe('externalAddress');
    expect(taken('a@x.com')).toBe('primaryAddress');
    expect(
      issueField({ code: 'taken', severity: 'error', field: 'userPrincipalName', message: '' }, fields),
    ).toBe('upnPrefix');
  });
});
