// Employees: a few hundred named people in department OUs, plus field staff so that the
// "All Staff Large" group passes 1,500 members (AD's range-retrieval threshold).

import {
  ACCENTED_PEOPLE,
  FIRST_NAMES,
  LAST_NAMES,
  OFFICES,
  TITLES_BY_DEPARTMENT,
  aliasPart,
  pick,
  seededRandom,
} from './names.ts';
import { MAIL_DOMAIN, recipientStamp, type RecipientKind } from './recipient-stamps.ts';
import { uniqueSam, userEntry, type SeedEntry } from './entries.ts';

export const DEPARTMENTS = Object.keys(TITLES_BY_DEPARTMENT);

export interface Employee {
  entry: SeedEntry;
  department: string;
  alias: string;
}

export interface PeopleOptions {
  corpDn: string;
  namedPerDepartment: number;
  fieldStaff: number;
  fieldStaffOuDn: string;
  takenSams: Set<string>;
  takenAliases: Set<string>;
  takenDns: Set<string>;
}

function uniqueAlias(base: string, taken: Set<string>): string {
  let alias = base;
  for (let n = 2; taken.has(alias); n++) alias = `${base}${n}`;
  taken.add(alias);
  return alias;
}

function employee(
  given: string,
  sn: string,
  aliasBase: string,
  department: string,
  parentDn: string,
  options: PeopleOptions,
  random: () => number,
  index: number,
): Employee {
  const alias = uniqueAlias(aliasBase, options.takenAliases);
  const sam = uniqueSam(alias, options.takenSams);
  // Two "Emma Smith" in one OU need different RDNs; their display names stay the same, as in life.
  let cn = `${given} ${sn}`;
  for (let n = 2; options.takenDns.has(`${cn},${parentDn}`.toLowerCase()); n++) cn = `${given} ${sn} ${n}`;
  options.takenDns.add(`${cn},${parentDn}`.toLowerCase());
  // Most people are migrated remote mailboxes; a few are newly provisioned or have an archive.
  const kind: RecipientKind =
    index % 17 === 0
      ? 'remoteUserMailboxProvisioned'
      : index % 11 === 0
        ? 'remoteUserMailboxWithArchive'
        : 'remoteUserMailbox';
  const initialAlias = `${aliasPart(given).slice(0, 1)}${aliasPart(sn)}`;
  const entry = userEntry(
    { cn, given, sn, sam, displayName: `${given} ${sn}` },
    parentDn,
    `${alias}@${MAIL_DOMAIN}`,
    {
      title: pick(random, TITLES_BY_DEPARTMENT[department] ?? ['Employee']),
      department,
      physicalDeliveryOfficeName: pick(random, OFFICES),
      telephoneNumber: `+44 20 7946 ${String(1000 + (index % 9000)).padStart(4, '0')}`,
      ...recipientStamp(kind, {
        alias,
        secondaries: initialAlias === alias ? [] : [`${initialAlias}@${MAIL_DOMAIN}`],
      }),
      extensionAttribute1:
        index % 5 === 0 ? `CostCentre-${department.toUpperCase()}-${100 + (index % 7)}` : undefined,
    },
  );
  entry.attrs.proxyAddresses = dedupeProxies(entry.attrs.proxyAddresses);
  return { entry, department, alias };
}

/** A secondary identical (case-insensitively) to another address would be a seeded duplicate by accident. */
function dedupeProxies(value: unknown): string[] {
  const seen = new Set<string>();
  return (value as string[]).filter((p) => {
    const key = p.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function buildEmployees(options: PeopleOptions): Employee[] {
  const random = seededRandom(20240601);
  const people: Employee[] = [];
  let index = 0;
  ACCENTED_PEOPLE.forEach((person, i) => {
    const department = DEPARTMENTS[i % DEPARTMENTS.length] ?? 'Sales';
    people.push(
      employee(
        person.given,
        person.sn,
        person.alias,
        department,
        `OU=${department},${options.corpDn}`,
        options,
        random,
        index++,
      ),
    );
  });
  for (const department of DEPARTMENTS) {
    for (let i = 0; i < options.namedPerDepartment; i++) {
      const given = pick(random, FIRST_NAMES);
      const sn = pick(random, LAST_NAMES);
      people.push(
        employee(
          given,
          sn,
          `${aliasPart(given)}.${aliasPart(sn)}`,
          department,
          `OU=${department},${options.corpDn}`,
          options,
          random,
          index++,
        ),
      );
    }
  }
  for (let i = 0; i < options.fieldStaff; i++) {
    const given = pick(random, FIRST_NAMES);
    const sn = pick(random, LAST_NAMES);
    const e = employee(
      given,
      sn,
      `${aliasPart(given)}.${aliasPart(sn)}`,
      'Operations',
      options.fieldStaffOuDn,
      options,
      random,
      index++,
    );
    e.entry.attrs.title = 'Store Associate';
    people.push(e);
  }
  return people;
}
