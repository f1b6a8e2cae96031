// Objects a sync-readiness checker must flag. Their DNs go into facts.json (seed.cases).

import { cnDn } from '../dn.ts';
import type { SeedEntry } from './entries.ts';
import { address as p, type CaseBuilder } from './case-builder.ts';
import { GROUP_TYPE, recipientStamp, TENANT } from './recipient-stamps.ts';

export const UNVERIFIED_UPN_SUFFIX = 'fabrikam.com';

export function addBrokenCases(b: CaseBuilder, notSyncedDn: string): void {
  const { user, add, corpDn } = b;
  const entries = b.entries;
  const dupA = user('Jon Duplicate', 'Sales', 'jon.duplicate', {
    proxyAddresses: [`SMTP:${p('jon.duplicate')}`, `smtp:${p('sales.team.lead')}`],
  });
  const dupB = user('Joan Duplicate', 'Marketing', 'joan.duplicate', {
    proxyAddresses: [`SMTP:${p('joan.duplicate')}`, `smtp:${p('sales.team.lead')}`],
  });
  add(
    {
      id: 'duplicate-proxy-users',
      expect: 'flag',
      attribute: 'proxyAddresses',
      description: 'smtp:sales.team.lead@contoso.com on two users',
    },
    dupA,
    dupB,
  );

  const dupGroupUser = user('Ivy Infodesk', 'Operations', 'ivy.infodesk', {
    proxyAddresses: [`SMTP:${p('ivy.infodesk')}`, `smtp:${p('frontdesk')}`],
  });
  const frontDesk: SeedEntry = {
    dn: cnDn('Front Desk', `OU=Groups,${corpDn}`),
    attrs: {
      objectClass: ['top', 'group'],
      cn: 'Front Desk',
      sAMAccountName: 'Front Desk',
      groupType: GROUP_TYPE.universalDistribution,
      displayName: 'Front Desk',
      ...recipientStamp('distributionGroup', { alias: 'frontdesk' }),
    },
  };
  entries.push(frontDesk);
  add(
    {
      id: 'duplicate-proxy-user-group',
      expect: 'flag',
      attribute: 'proxyAddresses',
      description: 'frontdesk@contoso.com on a user and a group (ObjectTypeMismatch)',
    },
    dupGroupUser,
    frontDesk,
  );

  const twoPrimaries = user('Tina Twoprimary', 'Finance', 'tina.twoprimary', {
    proxyAddresses: [`SMTP:${p('tina.twoprimary')}`, `SMTP:${p('t.twoprimary')}`],
  });
  add(
    {
      id: 'two-smtp-primaries',
      expect: 'flag',
      attribute: 'proxyAddresses',
      description: 'two SMTP: (primary) addresses; Samba accepts it, Exchange would not',
    },
    twoPrimaries,
  );

  const mismatch = user('Mike Mismatch', 'IT', 'mike.mismatch', { mail: p('michael.old') });
  add(
    {
      id: 'mail-not-primary',
      expect: 'flag',
      attribute: 'mail',
      description: 'mail michael.old@contoso.com differs from the SMTP: primary mike.mismatch@contoso.com',
    },
    mismatch,
  );

  const unverified = user('Fiona Fabrikam', 'HR', 'fiona.fabrikam', {
    userPrincipalName: `fiona.fabrikam@${UNVERIFIED_UPN_SUFFIX}`,
  });
  add(
    {
      id: 'upn-unverified-suffix',
      expect: 'flag',
      attribute: 'userPrincipalName',
      description: `UPN suffix ${UNVERIFIED_UPN_SUFFIX} is a forest suffix but not a verified tenant domain`,
    },
    unverified,
  );

  const moera = user('Oscar Onmicrosoft', 'IT', 'oscar.onms', {
    proxyAddresses: [`SMTP:${p('oscar.onms')}`, `smtp:oscar.onms@${TENANT}.onmicrosoft.com`],
  });
  add(
    {
      id: 'onmicrosoft-proxy',
      expect: 'flag',
      attribute: 'proxyAddresses',
      description: 'smtp:…@contoso.onmicrosoft.com is discarded by sync; it must be added in the cloud',
    },
    moera,
  );

  const spaceAlias = user(
    'Helen Fox',
    'Marketing',
    'helen.fox',
    { mailNickname: 'Helen Fox' },
    'Helen',
    'Fox',
  );
  add(
    {
      id: 'alias-with-space',
      expect: 'flag',
      attribute: 'mailNickname',
      description: 'mailNickname "Helen Fox" contains a space',
    },
    spaceAlias,
  );

  const ampGroup: SeedEntry = {
    dn: cnDn('R&D Lab', `OU=Groups,${corpDn}`),
    attrs: {
      objectClass: ['top', 'group'],
      cn: 'R&D Lab',
      sAMAccountName: 'RnD Lab',
      groupType: GROUP_TYPE.universalDistribution,
      displayName: 'R&D Lab',
      ...recipientStamp('distributionGroup', { alias: 'rnd.lab' }),
      mailNickname: 'R&D.Lab',
    },
  };
  entries.push(ampGroup);
  add(
    {
      id: 'alias-with-ampersand',
      expect: 'flag',
      attribute: 'mailNickname',
      description: 'mailNickname "R&D.Lab" contains "&" (Entra Connect rejects it)',
    },
    ampGroup,
  );

  const dotAlias = user('Dot Leading', 'Legal', 'dot.leading', { mailNickname: '.dot.leading' });
  add(
    {
      id: 'alias-leading-dot',
      expect: 'flag',
      attribute: 'mailNickname',
      description: 'mailNickname starts with "."',
    },
    dotAlias,
  );

  const spaced = user(
    'Peter Padded',
    'Finance',
    'peter.padded',
    { displayName: ' Peter Padded ' },
    'Peter',
    'Padded',
  );
  add(
    {
      id: 'display-name-spaces',
      expect: 'flag',
      attribute: 'displayName',
      description: 'displayName has a leading and a trailing space',
    },
    spaced,
  );

  const badChars = user(
    'Mary Jones',
    'Sales',
    'mary.jones',
    {
      proxyAddresses: [
        `SMTP:${p('mary.jones')}`,
        'smtp:mary jones@contoso.com',
        'smtp:mary(sales)@contoso.com',
      ],
    },
    'Mary',
    'Jones',
  );
  add(
    {
      id: 'invalid-address-characters',
      expect: 'flag',
      attribute: 'proxyAddresses',
      description: 'secondary addresses with a space and with parentheses',
    },
    badChars,
  );

  const noPrimary = user('Nick Noprimary', 'Operations', 'nick.noprimary', {
    proxyAddresses: [`smtp:${p('nick.noprimary')}`, `smtp:${p('n.noprimary')}`],
  });
  add(
    {
      id: 'no-smtp-primary',
      expect: 'flag',
      attribute: 'proxyAddresses',
      description: 'only lower-case smtp: addresses, no primary',
    },
    noPrimary,
  );

  const outOfScope = user('Jon Duplicate (old)', notSyncedDn, 'jon.duplicate.old', {
    proxyAddresses: [`SMTP:${p('jon.duplicate.old')}`, `smtp:${p('jon.duplicate')}`],
  });
  add(
    {
      id: 'duplicate-outside-sync-scope',
      expect: 'ok',
      attribute: 'proxyAddresses',
      description:
        'shares jon.duplicate@contoso.com with an in-scope user, but sits in OU=Not Synced: only a duplicate when that OU is in scope',
    },
    outOfScope,
    dupA,
  );
}
