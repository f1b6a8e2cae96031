import { describe, expect, it } from 'vitest';
import { checkReadiness } from './check-readiness.ts';
import { findingsCsv } from './idfix-csv.ts';
import { fixChanges } from './fix-edit.ts';
import type { ScanEntry } from './scan-entry.ts';

let n = 0;
function user(
  cn: string,
  values: Record<string, string[]>,
  objectClass = ['top', 'person', 'user'],
): ScanEntry {
  n += 1;
  const lower = Object.fromEntries(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    dn: `CN=${cn},OU=Test,DC=corp`,
    objectGuid: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
    objectClass,
    values: { cn: [cn], ...lower },
  };
}
const mailbox = (cn: string, alias: string, extra: Record<string, string[]> = {}) =>
  user(cn, {
    mail: [`${alias}@contoso.com`],
    mailNickname: [alias],
    displayName: [cn],
    proxyAddresses: [`SMTP:${alias}@contoso.com`],
    userPrincipalName: [`${alias}@contoso.com`],
    ...extra,
  });

describe('readiness rules', () => {
  it('leaves valid tricky values alone: apostrophe, plus addressing, X500 with parentheses, routing address', () => {
    const ok = [
      mailbox("Liam O'Brien", "liam.o'brien", { userPrincipalName: ['liam.obrien@contoso.com'] }),
      mailbox('Anna Plus', 'anna.plus', {
        proxyAddresses: ['SMTP:anna.plus@contoso.com', 'smtp:anna.plus+news@contoso.com'],
      }),
      mailbox('Kim Legacy', 'kim.legacy', {
        proxyAddresses: [
          'SMTP:kim.legacy@contoso.com',
          "X500:/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=o'neil",
          'SIP:kim.legacy@contoso.com',
          'smtp:kim.legacy@contoso.mail.onmicrosoft.com',
        ],
        targetAddress: ['SMTP:kim.legacy@contoso.mail.onmicrosoft.com'],
        msExchRecipientTypeDetails: ['2147483648'],
        msExchRecipientDisplayType: ['-2147483642'],
        msExchRemoteRecipientType: ['4'],
      }),
    ];
    expect(checkReadiness(ok, { verifiedDomains: ['contoso.com'] }).findings).toEqual([]);
  });

  it('lists every holder of a duplicate, across mail and proxyAddresses, and names the others', () => {
    const a = mailbox('Jon', 'jon', { proxyAddresses: ['SMTP:jon@contoso.com', 'smtp:team@contoso.com'] });
    const b = mailbox('Joan', 'joan', { proxyAddresses: ['SMTP:joan@contoso.com', 'smtp:TEAM@contoso.com'] });
    const c = user('Team Contact', { mail: ['team@contoso.com'] }, ['top', 'person', 'user']);
    const dups = checkReadiness([a, b, c]).findings.filter((f) => f.rule === 'duplicate');
    expect(dups.map((f) => f.dn).sort()).toEqual([a.dn, b.dn, c.dn].sort());
    const onA = dups.find((f) => f.dn === a.dn)!;
    expect(onA.others?.map((o) => o.dn).sort()).toEqual([b.dn, c.dn].sort());
    expect(onA.value).toBe('smtp:team@contoso.com');
  });

  it('calls a shared address on a user and a group an object type mismatch', () => {
    const u = mailbox('Ivy', 'ivy', { proxyAddresses: ['SMTP:ivy@contoso.com', 'smtp:desk@contoso.com'] });
    const g = user(
      'Desk',
      {
        mail: ['desk@contoso.com'],
        proxyAddresses: ['SMTP:desk@contoso.com'],
        mailNickname: ['desk'],
        groupType: ['8'],
      },
      ['top', 'group'],
    );
    const rules = checkReadiness([u, g]).findings.filter((f) => f.kind === 'Duplicate');
    expect(rules.map((f) => [f.dn, f.rule])).toEqual(
      expect.arrayContaining([
        [u.dn, 'object-type-mismatch'],
        [g.dn, 'object-type-mismatch'],
      ]),
    );
  });

  it('suggests fixes an admin can accept: demote the second primary, trim, a clean alias, drop a reserved address', () => {
    const two = mailbox('Tina', 'tina', { proxyAddresses: ['SMTP:tina@contoso.com', 'SMTP:t@contoso.com'] });
    const padded = mailbox('Peter', 'peter', { displayName: [' Peter Padded '] });
    const amp = mailbox('R&D', 'rnd', { mailNickname: ['R&D.Lab'] });
    const moera = mailbox('Oscar', 'oscar', {
      proxyAddresses: ['SMTP:oscar@contoso.com', 'smtp:oscar@contoso.onmicrosoft.com'],
    });
    const { findings } = checkReadiness([two, padded, amp, moera]);
    const fixOf = (dn: string, rule: string) => findings.find((f) => f.dn === dn && f.rule === rule)?.fix;
    expect(fixOf(two.dn, 'multiple-primaries')).toEqual({ action: 'replace', value: 'smtp:t@contoso.com' });
    expect(fixOf(padded.dn, 'surrounding-space')).toEqual({ action: 'replace', value: 'Peter Padded' });
    expect(fixOf(amp.dn, 'ampersand')).toEqual({ action: 'replace', value: 'RD.Lab' });
    expect(fixOf(moera.dn, 'reserved-cloud-domain')).toEqual({ action: 'remove' });

    // One change per object, its fixes of one attribute applied in turn, from the scanned values.
    const changes = fixChanges(findings);
    expect(changes.find((c) => c.dn === two.dn)?.edits).toEqual([
      {
        attr: 'proxyAddresses',
        base: ['SMTP:tina@contoso.com', 'SMTP:t@contoso.com'],
        desired: ['SMTP:tina@contoso.com', 'smtp:t@contoso.com'],
      },
    ]);
    expect(changes.find((c) => c.dn === moera.dn)?.edits).toEqual([
      {
        attr: 'proxyAddresses',
        base: ['SMTP:oscar@contoso.com', 'smtp:oscar@contoso.onmicrosoft.com'],
        desired: ['SMTP:oscar@contoso.com'],
      },
    ]);
  });

  it('skips what Entra Connect never syncs: $ accounts, critical system objects, security groups without mail', () => {
    const machine = user('WS01$', { mailNickname: ['bad alias'] });
    const critical = user('krbtgt', { isCriticalSystemObject: ['TRUE'], mailNickname: ['bad alias'] });
    const secGroup = user('Admins', { groupType: ['-2147483646'], displayName: [' x '] }, ['top', 'group']);
    const result = checkReadiness([machine, critical, secGroup]);
    expect(result.findings).toEqual([]);
    expect(result.skipped).toHaveLength(3);
  });

  it('reports an unverified UPN suffix only when the verified domains are known', () => {
    const fiona = mailbox('Fiona', 'fiona', { userPrincipalName: ['fiona@fabrikam.com'] });
    expect(checkReadiness([fiona]).findings).toEqual([]);
    const rules = checkReadiness([fiona], { verifiedDomains: ['contoso.com'] }).findings.map((f) => f.rule);
    expect(rules).toEqual(['unverified-suffix']);
  });

  it('reports the recipient types Entra Connect drops (linked mailboxes, the 0x21C07000 kinds)', () => {
    const linked = mailbox('Linda Linked', 'linda', { msExchRecipientTypeDetails: ['2'] });
    const remote = mailbox('Remy Remote', 'remy', {
      msExchRecipientTypeDetails: ['2147483648'],
      msExchRecipientDisplayType: ['-2147483642'],
      msExchRemoteRecipientType: ['4'],
      targetAddress: ['SMTP:remy@contoso.mail.onmicrosoft.com'],
    });
    const rules = checkReadiness([linked, remote]).findings.map((f) => [f.dn, f.rule]);
    expect(rules).toContainEqual([linked.dn, 'dropped-recipient-type']);
    expect(rules.filter(([dn]) => dn === remote.dn)).toEqual([]);
  });

  it('lists mail users whose invites arrive as plain text only when asked, with Never as the fix', () => {
    const mailUser = user('Mo Mail', {
      mail: ['mo@contoso.com'],
      mailNickname: ['mo'],
      displayName: ['Mo Mail'],
      proxyAddresses: ['SMTP:mo@contoso.com'],
      targetAddress: ['SMTP:mo@fabrikam.net'],
      msExchRecipientTypeDetails: ['128'],
      msExchRecipientDisplayType: ['6'],
    });
    const never = {
      ...mailUser,
      dn: 'CN=Never,DC=corp',
      objectGuid: 'g-never',
      values: { ...mailUser.values, mapirecipient: ['FALSE'] },
    };
    expect(checkReadiness([mailUser]).findings).toEqual([]);
    // (The copy shares the first one's addresses: only this rule's findings are looked at.)
    const asked = checkReadiness([mailUser, never], { plainTextInvites: true }).findings.filter(
      (f) => f.rule === 'plain-text-invites',
    );
    expect(asked.map((f) => [f.dn, f.rule, f.fix])).toEqual([
      [mailUser.dn, 'plain-text-invites', { action: 'replace', value: 'FALSE' }],
    ]);
    expect(asked[0]?.problem).toContain(
      "Set-MailUser -Identity 'mo@contoso.com' -UseMapiRichTextFormat Never",
    );
  });

  it('exports IdFix columns, quoting commas and defusing formulas', () => {
    const comma = mailbox('Walsh, Siobhan', 'siobhan', { displayName: ['=cmd Siobhan '] });
    const csv = findingsCsv(checkReadiness([comma]).findings);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('DISTINGUISHEDNAME,OBJECTCLASS,ATTRIBUTE,ERROR,VALUE,UPDATE,ACTION,PROBLEM');
    expect(row).toMatch(
      /^"CN=Walsh, Siobhan,OU=Test,DC=corp",user,displayName,format,'=cmd Siobhan ,'=cmd Siobhan,EDIT,/,
    );
  });
});
