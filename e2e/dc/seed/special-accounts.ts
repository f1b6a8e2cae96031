// Accounts for the directory layer's bind-error and permission tests, each with a known password.
// Their state (locked, disabled, expired, must change) is what the bind result must report.

import { cnDn } from '../dn.ts';
import { ldifEntry, ldifModify, unicodePwd } from '../ldif.ts';
import { USER_CLASSES } from './entries.ts';

export interface AccountFacts {
  upn: string;
  dn: string;
  sam: string;
  password: string;
}

export type SpecialAccountKey = 'helpdesk' | 'locked' | 'disabled' | 'expired' | 'mustChange';

interface SpecialAccountSpec {
  key: SpecialAccountKey;
  cn: string;
  sam: string;
  description: string;
  userAccountControl: string;
}

// 66048 = NORMAL_ACCOUNT | DONT_EXPIRE_PASSWD: the domain's 42-day maximum password age must not
// turn a reused DC's accounts into "password expired" ones. mustChange cannot have it (AD forbids
// "must change" with "never expires").
const SPECS: SpecialAccountSpec[] = [
  {
    key: 'helpdesk',
    cn: 'Helpdesk Reader',
    sam: 'helpdesk',
    description: 'Read-only helpdesk operator: no write rights on other users',
    userAccountControl: '66048',
  },
  {
    key: 'locked',
    cn: 'Locked Out User',
    sam: 'locked.user',
    description: 'Locked out by failed binds (fine-grained policy: 3 attempts)',
    userAccountControl: '66048',
  },
  {
    key: 'disabled',
    cn: 'Disabled User',
    sam: 'disabled.user',
    description: 'Account disabled',
    userAccountControl: '66050',
  },
  {
    key: 'expired',
    cn: 'Expired User',
    sam: 'expired.user',
    description: 'accountExpires in the past (2020-01-01)',
    userAccountControl: '66048',
  },
  {
    key: 'mustChange',
    cn: 'Must Change User',
    sam: 'mustchange.user',
    description: 'pwdLastSet = 0: must change password at next logon',
    userAccountControl: '512',
  },
];

export const SPECIAL_ACCOUNT_PASSWORD = 'Rd-Test#Acct2024';
/** 2020-01-01T00:00:00Z as a Windows FILETIME (100 ns ticks since 1601). */
const EXPIRED_AT = String((BigInt(Date.UTC(2020, 0, 1)) + 11644473600000n) * 10000n);
export const LOCKOUT_THRESHOLD = 3;

export function testAccountsOuDn(domainDn: string): string {
  return `OU=Test Accounts,${domainDn}`;
}

export function specialAccounts(
  domainDn: string,
  realmDnsName: string,
): Record<SpecialAccountKey, AccountFacts> {
  const entries = SPECS.map(
    (s) =>
      [
        s.key,
        {
          upn: `${s.sam}@${realmDnsName}`,
          dn: cnDn(s.cn, testAccountsOuDn(domainDn)),
          sam: s.sam,
          password: SPECIAL_ACCOUNT_PASSWORD,
        },
      ] as const,
  );
  return Object.fromEntries(entries) as Record<SpecialAccountKey, AccountFacts>;
}

/** LDIF: the OU, the accounts, then the state changes that must follow the add. Needs LDAPS (unicodePwd). */
export function specialAccountsLdif(domainDn: string, realmDnsName: string): string {
  const accounts = specialAccounts(domainDn, realmDnsName);
  let ldif = ldifEntry(testAccountsOuDn(domainDn), {
    objectClass: ['top', 'organizationalUnit'],
    ou: 'Test Accounts',
    description: 'Accounts for bind and permission tests',
  });
  for (const spec of SPECS) {
    const facts = accounts[spec.key];
    ldif += ldifEntry(facts.dn, {
      objectClass: USER_CLASSES,
      cn: spec.cn,
      sAMAccountName: spec.sam,
      userPrincipalName: facts.upn,
      displayName: spec.cn,
      description: spec.description,
      unicodePwd: unicodePwd(facts.password),
      userAccountControl: spec.userAccountControl,
      accountExpires: spec.key === 'expired' ? EXPIRED_AT : undefined,
    });
  }
  ldif += ldifModify(accounts.mustChange.dn, [{ op: 'replace', attr: 'pwdLastSet', values: ['0'] }]);
  // A fine-grained policy locks only this account: a domain-wide threshold would let a test's bad
  // password lock the Administrator out. Duration 0 = locked until an administrator unlocks it.
  ldif += ldifEntry(`CN=Lockout Test Policy,CN=Password Settings Container,CN=System,${domainDn}`, {
    objectClass: ['top', 'msDS-PasswordSettings'],
    'msDS-PasswordSettingsPrecedence': '1',
    'msDS-PasswordReversibleEncryptionEnabled': 'FALSE',
    'msDS-PasswordHistoryLength': '0',
    'msDS-PasswordComplexityEnabled': 'TRUE',
    'msDS-MinimumPasswordLength': '7',
    'msDS-MinimumPasswordAge': '0',
    'msDS-MaximumPasswordAge': '-9223372036854775808',
    'msDS-LockoutThreshold': String(LOCKOUT_THRESHOLD),
    'msDS-LockoutObservationWindow': '-18000000000',
    'msDS-LockoutDuration': '0',
    'msDS-PSOAppliesTo': accounts.locked.dn,
  });
  return ldif;
}
