// Tricky but valid objects a sync-readiness checker must NOT flag.

import { uniqueSam } from './entries.ts';
import { address as p, type CaseBuilder } from './case-builder.ts';
import { MAIL_DOMAIN, ROUTING_DOMAIN } from './recipient-stamps.ts';

export function addValidCases(b: CaseBuilder): void {
  const { user, add, takenSams } = b;
  const apostrophe = user("Liam O'Brien", 'Sales', "liam.o'brien", {}, 'Liam', "O'Brien");
  apostrophe.attrs.sAMAccountName = uniqueSam('liam.obrien', takenSams);
  // The apostrophe belongs in the address only: in a UPN it is invalid for Entra ID.
  apostrophe.attrs.userPrincipalName = p('liam.obrien');
  add(
    {
      id: 'apostrophe-address',
      expect: 'ok',
      attribute: 'proxyAddresses',
      description: "liam.o'brien@contoso.com: an apostrophe is valid in a local part",
    },
    apostrophe,
  );

  const plus = user('Anna Plus', 'Marketing', 'anna.plus', {
    proxyAddresses: [`SMTP:${p('anna.plus')}`, `smtp:${p('anna.plus+newsletters')}`],
  });
  add(
    {
      id: 'plus-addressing',
      expect: 'ok',
      attribute: 'proxyAddresses',
      description: 'smtp:anna.plus+newsletters@contoso.com',
    },
    plus,
  );

  const x500 = user('Kim Legacy', 'IT', 'kim.legacy', {
    proxyAddresses: [
      `SMTP:${p('kim.legacy')}`,
      'X500:/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=3f2a9c7e1b2d4c5e8f90a1b2c3d4e5f6-kim.legacy',
      `SIP:${p('kim.legacy')}`,
      `smtp:kim.legacy@${ROUTING_DOMAIN}`,
    ],
  });
  add(
    {
      id: 'x500-sip-routing',
      expect: 'ok',
      attribute: 'proxyAddresses',
      description:
        'X500: with parentheses, SIP:, and the hybrid routing address @contoso.mail.onmicrosoft.com',
    },
    x500,
  );

  const longLocal = 'alexandra.catherine.montgomery-whitfield.finance.controller.emea';
  const long = user(
    'Alexandra Montgomery-Whitfield',
    'Finance',
    'amontgomery',
    { proxyAddresses: [`SMTP:${p('amontgomery')}`, `smtp:${longLocal}@${MAIL_DOMAIN}`] },
    'Alexandra',
    'Montgomery-Whitfield',
  );
  add(
    {
      id: 'long-valid-address',
      expect: 'ok',
      attribute: 'proxyAddresses',
      description: `a 64-character local part (${longLocal.length})`,
    },
    long,
  );

  const special = user('Test (Star*) Back\\slash', 'IT', 'test.special', {
    description: 'cn with * ( ) \\ for filter and DN escaping',
  });
  add(
    {
      id: 'special-characters-cn',
      expect: 'ok',
      attribute: 'cn',
      description: 'cn "Test (Star*) Back\\slash": escaping in filters and DNs',
    },
    special,
  );

  const comma = user(
    'Walsh, Siobhán',
    'HR',
    'siobhan.walsh',
    { displayName: 'Siobhán Walsh' },
    'Siobhán',
    'Walsh',
  );
  add(
    {
      id: 'comma-in-cn',
      expect: 'ok',
      attribute: 'cn',
      description: 'cn "Walsh, Siobhán": an escaped comma in the RDN and non-ASCII',
    },
    comma,
  );
}
