// Builds the seed LDIF of the test organisation and a summary (counts, DNs, cases) for facts.json.
//
// CLI: node seed-ldif.ts <domainDn> <realmDnsName> <out.ldif> <summary.json> [bulkUsers]

import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { ldifModify } from '../ldif.ts';
import { bulkOuDn, bulkUsersLdif } from './bulk.ts';
import { buildCases, UNVERIFIED_UPN_SUFFIX, type SeedCase } from './cases.ts';
import { ouEntry, type SeedEntry } from './entries.ts';
import { buildEmployees, DEPARTMENTS } from './people.ts';
import { MAIL_DOMAIN } from './recipient-stamps.ts';
import {
  buildContacts,
  buildLegacyStamps,
  buildMailUsers,
  buildResources,
  entriesToLdif,
} from './recipients.ts';
import { buildGroups } from './groups.ts';
import { specialAccountsLdif } from './special-accounts.ts';

export interface SeedSummary {
  users: number;
  groups: number;
  contacts: number;
  largeGroupDn: string;
  largeGroupMembers: number;
  bulkOuDn?: string;
  corpOuDn: string;
  notSyncedOuDn: string;
  verifiedUpnSuffix: string;
  unverifiedUpnSuffix: string;
  cases: SeedCase[];
}

export const NAMED_PER_DEPARTMENT = 40;
export const FIELD_STAFF = 1350;

export function buildSeed(domainDn: string, realmDnsName: string): { ldif: string; summary: SeedSummary } {
  const corp = `OU=Corp,${domainDn}`;
  const notSynced = `OU=Not Synced,${domainDn}`;
  const ous = {
    corp,
    resources: `OU=Resources,${corp}`,
    groups: `OU=Groups,${corp}`,
    contacts: `OU=Contacts,${corp}`,
  };
  const fieldStaff = `OU=Field Staff,${corp}`;
  const ouEntries: SeedEntry[] = [
    ouEntry('Corp', domainDn, 'Everything below is in Entra Connect sync scope'),
    ...DEPARTMENTS.map((d) => ouEntry(d, corp, `${d} department`)),
    ouEntry('Field Staff', corp, 'Store and field workers'),
    ouEntry('Resources', corp, 'Room, equipment and shared mailboxes'),
    ouEntry('Groups', corp, 'Security and distribution groups'),
    ouEntry('Contacts', corp, 'External mail contacts'),
    ouEntry('Service Accounts', corp, 'Accounts without mailboxes'),
    ouEntry('Not Synced', domainDn, 'Outside the Entra Connect sync scope'),
  ];
  const takenSams = new Set([
    'administrator',
    'guest',
    'krbtgt',
    'helpdesk',
    'locked.user',
    'disabled.user',
    'expired.user',
    'mustchange.user',
  ]);
  const people = buildEmployees({
    corpDn: corp,
    namedPerDepartment: NAMED_PER_DEPARTMENT,
    fieldStaff: FIELD_STAFF,
    fieldStaffOuDn: fieldStaff,
    takenSams,
    takenAliases: new Set(),
    takenDns: new Set(),
  });
  const resources = buildResources(ous, takenSams);
  const legacy = buildLegacyStamps(ous, takenSams);
  const mailUsers = buildMailUsers(ous, takenSams);
  const contacts = buildContacts(ous);
  const cases = buildCases(corp, notSynced, takenSams);
  const groups = buildGroups(ous, people, resources);
  const serviceAccounts: SeedEntry[] = ['svc-aadconnect', 'svc-backup', 'svc-scanner'].map((sam) => ({
    dn: `CN=${sam},OU=Service Accounts,${corp}`,
    attrs: {
      objectClass: ['top', 'person', 'organizationalPerson', 'user'],
      cn: sam,
      sAMAccountName: sam,
      userPrincipalName: `${sam}@${MAIL_DOMAIN}`,
      userAccountControl: '544',
      description: 'Service account: no mailbox',
    },
  }));

  const userEntries = [
    ...people.map((p) => p.entry),
    ...resources,
    ...legacy,
    ...mailUsers,
    ...serviceAccounts,
  ];
  const caseUsers = cases.entries.filter((e) => (e.attrs.objectClass as string[]).includes('user'));
  const caseGroups = cases.entries.filter((e) => (e.attrs.objectClass as string[]).includes('group'));
  const ldif = [
    ldifModify(`CN=Partitions,CN=Configuration,${domainDn}`, [
      { op: 'add', attr: 'uPNSuffixes', values: [MAIL_DOMAIN, UNVERIFIED_UPN_SUFFIX] },
    ]),
    ldifModify(`CN=Administrator,CN=Users,${domainDn}`, [
      { op: 'replace', attr: 'userAccountControl', values: ['66048'] },
    ]),
    specialAccountsLdif(domainDn, realmDnsName),
    entriesToLdif([
      ...ouEntries,
      ...userEntries,
      ...contacts,
      ...cases.entries.filter((e) => !caseGroups.includes(e)),
      ...caseGroups,
      ...groups.entries,
    ]),
  ].join('');
  return {
    ldif,
    summary: {
      users: userEntries.length + caseUsers.length,
      groups: groups.entries.length + caseGroups.length,
      contacts: contacts.length,
      largeGroupDn: groups.largeGroupDn,
      largeGroupMembers: groups.largeGroupMembers,
      corpOuDn: corp,
      notSyncedOuDn: notSynced,
      verifiedUpnSuffix: MAIL_DOMAIN,
      unverifiedUpnSuffix: UNVERIFIED_UPN_SUFFIX,
      cases: cases.cases,
    },
  };
}

async function main(): Promise<void> {
  const [domainDn, realmDnsName, ldifOut, summaryOut, bulkArg] = process.argv.slice(2);
  if (!domainDn || !realmDnsName || !ldifOut || !summaryOut) {
    throw new Error('usage: seed-ldif.ts <domainDn> <realmDnsName> <out.ldif> <summary.json> [bulkUsers]');
  }
  const bulkUsers = Number(bulkArg ?? '0');
  if (!Number.isInteger(bulkUsers) || bulkUsers < 0)
    throw new Error(`SEED_USERS must be a whole number, got "${bulkArg}"`);
  const { ldif, summary } = buildSeed(domainDn, realmDnsName);
  const out = createWriteStream(ldifOut);
  out.write(ldif);
  if (bulkUsers > 0) {
    for (const chunk of bulkUsersLdif(domainDn, bulkUsers)) {
      if (!out.write(chunk)) await once(out, 'drain');
    }
    summary.users += bulkUsers;
    summary.bulkOuDn = bulkOuDn(domainDn);
  }
  out.end();
  await once(out, 'finish');
  writeFileSync(summaryOut, JSON.stringify(summary, null, 2));
  console.error(
    `seed LDIF: ${summary.users} users, ${summary.groups} groups, ${summary.contacts} contacts, large group ${summary.largeGroupMembers} members`,
  );
}

if (import.meta.main) await main();
