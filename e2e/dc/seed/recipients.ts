// Non-person recipients: room/equipment/shared mailboxes, on-premises leftovers, mail users
// and mail contacts. Groups are in groups.ts.

import { cnDn } from '../dn.ts';
import { ldifEntry } from '../ldif.ts';
import { uniqueSam, userEntry, UAC_DISABLED_NO_PASSWORD, type SeedEntry } from './entries.ts';
import { MAIL_DOMAIN, recipientStamp, type RecipientKind } from './recipient-stamps.ts';

export interface Ous {
  corp: string;
  resources: string;
  groups: string;
  contacts: string;
}

function mailboxUser(
  cn: string,
  alias: string,
  kind: RecipientKind,
  parentDn: string,
  takenSams: Set<string>,
  extra = {},
): SeedEntry {
  const entry = userEntry({ cn, sam: uniqueSam(alias, takenSams) }, parentDn, `${alias}@${MAIL_DOMAIN}`, {
    ...recipientStamp(kind, { alias }),
    ...extra,
  });
  // Exchange disables the AD account behind shared, room and equipment mailboxes.
  entry.attrs.userAccountControl = UAC_DISABLED_NO_PASSWORD;
  return entry;
}

export function buildResources(ous: Ous, takenSams: Set<string>): SeedEntry[] {
  const rooms = [
    'Boardroom London',
    'Meeting Room Amsterdam 2.14',
    'Training Room Madrid',
    'Huddle Room Stockholm',
  ];
  const equipment = ['Projector Pool London', 'Pool Car AB-123-C', 'Camera Kit Marketing'];
  const shared = ['Info Desk', 'Sales Enquiries', 'Accounts Payable', 'IT Service Desk', 'HR Recruitment'];
  const alias = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '.')
      .replace(/^\.|\.$/g, '');
  return [
    ...rooms.map((r, i) =>
      mailboxUser(r, `room.${alias(r)}`, 'remoteRoomMailbox', ous.resources, takenSams, {
        msExchResourceCapacity: String(6 + i * 4),
        msExchResourceDisplay: 'Room',
        msExchResourceMetaData: ['ResourceType:Room', `ResourceCapacity:${6 + i * 4}`],
      }),
    ),
    ...equipment.map((e) =>
      mailboxUser(e, `equipment.${alias(e)}`, 'remoteEquipmentMailbox', ous.resources, takenSams, {
        msExchResourceDisplay: 'Equipment',
        msExchResourceMetaData: 'ResourceType:Equipment',
      }),
    ),
    ...shared.map((s) => mailboxUser(s, alias(s), 'remoteSharedMailbox', ous.resources, takenSams)),
  ];
}

/** Leftovers from the on-premises Exchange era: objects still stamped as local mailboxes. */
export function buildLegacyStamps(ous: Ous, takenSams: Set<string>): SeedEntry[] {
  const guid = (n: number) => Buffer.from(`legacy-mailbox-${String(n).padStart(2, '0')}`.slice(0, 16));
  return [
    mailboxUser('Legacy Mailbox Harold', 'harold.legacy', 'userMailbox', `OU=IT,${ous.corp}`, takenSams, {
      msExchMailboxGuid: guid(1),
    }),
    mailboxUser('Legacy Shared Archive', 'archive.legacy', 'sharedMailbox', ous.resources, takenSams, {
      msExchMailboxGuid: guid(2),
    }),
    mailboxUser('Legacy Room Basement', 'room.basement', 'roomMailbox', ous.resources, takenSams, {
      msExchMailboxGuid: guid(3),
    }),
    mailboxUser('Legacy Beamer', 'beamer.legacy', 'equipmentMailbox', ous.resources, takenSams, {
      msExchMailboxGuid: guid(4),
    }),
  ];
}

/** Mail users: a Domino migration, routed to the old system; meeting invites as plain text. */
export function buildMailUsers(ous: Ous, takenSams: Set<string>): SeedEntry[] {
  const people = [
    ['Gregor', 'Lindqvist'],
    ['Maria', 'Costa'],
    ['Peter', 'Novak'],
    ['Anna', 'Kowalski'],
    ['Tariq', 'Aziz'],
  ];
  return people.map(([given = '', sn = ''], i) => {
    const alias = `${given}.${sn}`.toLowerCase();
    return userEntry(
      {
        cn: `${given} ${sn} (Domino)`,
        given,
        sn,
        displayName: `${given} ${sn}`,
        sam: uniqueSam(`d.${alias}`, takenSams),
      },
      `OU=Operations,${ous.corp}`,
      `${alias}.domino@${MAIL_DOMAIN}`,
      {
        ...recipientStamp('mailUser', { alias: `${alias}.domino` }, `${alias}@domino.contoso-legacy.net`),
        mAPIRecipient: i % 2 === 0 ? 'FALSE' : undefined,
        description: 'Mail user: mailbox still on the Domino server',
      },
    );
  });
}

export function buildContacts(ous: Ous): SeedEntry[] {
  const partners = [
    ['Rita', 'Moreno', 'fabrikam-partners.example'],
    ['Hiro', 'Tanaka', 'tailspin.example'],
    ['Claire', 'Martin', 'northwind.example'],
    ['Bjørn', 'Håland', 'adatum.example'],
    ['Kofi', 'Boateng', 'woodgrove.example'],
    ['Ines', 'Ferreira', 'litware.example'],
  ];
  return partners.map(([given = '', sn = '', domain = '']) => {
    const local = `${given}.${sn}`
      .normalize('NFD')
      .replace(/[^A-Za-z.]/g, '')
      .toLowerCase();
    const external = `${local}@${domain}`;
    return {
      dn: cnDn(`${given} ${sn}`, ous.contacts),
      attrs: {
        objectClass: ['top', 'person', 'organizationalPerson', 'contact'],
        cn: `${given} ${sn}`,
        givenName: given,
        sn,
        displayName: `${given} ${sn} (external)`,
        company: domain,
        ...recipientStamp('mailContact', { alias: `${local}.ext` }, external),
      },
    };
  });
}

export function entriesToLdif(entries: SeedEntry[]): string {
  return entries.map((e) => ldifEntry(e.dn, e.attrs)).join('');
}
