// The sample directory's entries, built from the test seed (e2e/dc/seed) as the DC would hold
// them: the seed's objects plus what a DC adds (GUID, SID, name, category, times, USNs, memberOf,
// the default containers). Deterministic: the same seed gives the same entries.

import { createHash } from 'node:crypto';
import { buildSeed } from '../../../e2e/dc/seed/seed-ldif.ts';
import { isSecretAttribute } from '../../../src-main/changes/never-journaled.ts';
import { canonicalName } from '../../../src-main/directory/canonical-name.ts';
import { guidToString } from '../../../src-main/directory/guid.ts';
import type { Entry } from '../../../src-main/directory/entry.ts';
import { parentDnOf, rdnOf, rdnValue, sameDn } from '../../../src-preload/shared/dn.ts';
import { SAMPLE_DNS_NAME, SAMPLE_DOMAIN_DN } from '../../../src-preload/shared/sample-directory.ts';
import { parseLdif } from './parse-ldif.ts';

/** Field Staff people kept: the seed's 1,350 are there to pass AD's range-retrieval size. */
export const SAMPLE_FIELD_STAFF = 60;
/** The time every sample object was "created" and last changed. */
export const SAMPLE_TIME = '20261201090000.0Z';

const KEPT_CLASSES = new Set(['user', 'group', 'contact', 'organizationalunit', 'inetorgperson']);
const SCHEMA = `CN=Schema,CN=Configuration,${SAMPLE_DOMAIN_DN}`;
const DOMAIN_SID = 'S-1-5-21-3623811015-3361044348-30300820';

export interface SampleEntries {
  entries: Entry[];
  upnSuffixes: string[];
  highestUsn: number;
}

export function buildSampleEntries(isBinary: (attr: string) => boolean): SampleEntries {
  const { ldif } = buildSeed(SAMPLE_DOMAIN_DN, SAMPLE_DNS_NAME.toUpperCase());
  const records = parseLdif(ldif, isBinary);
  const upnSuffixes = records
    .filter((r) => r.modify && /^CN=Partitions,/i.test(r.dn))
    .flatMap((r) => (r.attrs.get('uPNSuffixes') ?? []).map(String));
  const fieldStaff = `OU=Field Staff,OU=Corp,${SAMPLE_DOMAIN_DN}`;
  let staff = 0;
  const dropped = new Set<string>();
  const kept = records.filter((r) => {
    if (r.modify) return false;
    const classes = (r.attrs.get('objectClass') ?? []).map((c) => String(c).toLowerCase());
    if (!classes.some((c) => KEPT_CLASSES.has(c))) return false;
    if (sameDn(parentDnOf(r.dn), fieldStaff) && ++staff > SAMPLE_FIELD_STAFF) {
      dropped.add(r.dn.toLowerCase());
      return false;
    }
    return true;
  });

  const entries: Entry[] = [...defaultContainers(), ...kept.map((r) => ({ dn: r.dn, attrs: r.attrs }))].map(
    ({ dn, attrs }) => {
      const clean = new Map<string, (string | Buffer)[]>();
      for (const [name, values] of attrs) {
        if (isSecretAttribute(name)) continue;
        const list =
          name.toLowerCase() === 'member'
            ? values.filter((v) => !dropped.has(String(v).toLowerCase()))
            : values;
        if (list.length > 0) clean.set(name, list);
      }
      return { dn, guid: '', objectClass: (clean.get('objectClass') ?? []).map(String), attrs: clean };
    },
  );

  // What the DC adds to every object, and the back links of group membership.
  const memberOf = new Map<string, string[]>();
  for (const entry of entries)
    for (const member of entry.attrs.get('member') ?? [])
      memberOf.set(String(member).toLowerCase(), [
        ...(memberOf.get(String(member).toLowerCase()) ?? []),
        entry.dn,
      ]);
  let usn = 4000;
  let rid = 1100;
  for (const entry of entries) {
    const bytes = guidBytes(entry.dn);
    entry.guid = guidToString(bytes);
    const classes = entry.objectClass.map((c) => c.toLowerCase());
    const set = (name: string, values: (string | Buffer)[]) => entry.attrs.set(name, values);
    set('objectGUID', [bytes]);
    set('name', [rdnValue(rdnOf(entry.dn))]);
    set('distinguishedName', [entry.dn]);
    set('canonicalName', [canonicalName(entry.dn)]);
    set('instanceType', ['4']);
    set('objectCategory', [`CN=${category(classes)},${SCHEMA}`]);
    set('whenCreated', [SAMPLE_TIME]);
    set('whenChanged', [SAMPLE_TIME]);
    usn += 1;
    set('uSNCreated', [String(usn)]);
    set('uSNChanged', [String(usn)]);
    if (classes.includes('user') || classes.includes('group')) {
      rid += 1;
      set('objectSid', [sidBytes(`${DOMAIN_SID}-${rid}`)]);
    }
    if (classes.includes('user') && !entry.attrs.has('cn')) set('cn', [rdnValue(rdnOf(entry.dn))]);
    if (classes.includes('group') && !entry.attrs.has('groupType')) set('groupType', ['-2147483646']);
    const groups = memberOf.get(entry.dn.toLowerCase());
    if (groups) set('memberOf', groups);
  }
  return { entries, upnSuffixes, highestUsn: usn };
}

/** The containers every domain has (ADUC shows them), and its built-in administrator. */
function defaultContainers(): { dn: string; attrs: Map<string, (string | Buffer)[]> }[] {
  const container = (cn: string, description: string) => ({
    dn: `CN=${cn},${SAMPLE_DOMAIN_DN}`,
    attrs: new Map<string, (string | Buffer)[]>([
      ['objectClass', ['top', 'container']],
      ['cn', [cn]],
      ['description', [description]],
    ]),
  });
  return [
    {
      dn: SAMPLE_DOMAIN_DN,
      attrs: new Map<string, (string | Buffer)[]>([
        ['objectClass', ['top', 'domain', 'domainDNS']],
        ['dc', ['sample']],
      ]),
    },
    {
      dn: `CN=Builtin,${SAMPLE_DOMAIN_DN}`,
      attrs: new Map<string, (string | Buffer)[]>([
        ['objectClass', ['top', 'builtinDomain']],
        ['cn', ['Builtin']],
      ]),
    },
    container('Users', 'Default container for upgraded user accounts'),
    container('Computers', 'Default container for upgraded computer accounts'),
    {
      dn: `CN=Administrator,CN=Users,${SAMPLE_DOMAIN_DN}`,
      attrs: new Map<string, (string | Buffer)[]>([
        ['objectClass', ['top', 'person', 'organizationalPerson', 'user']],
        ['cn', ['Administrator']],
        ['sAMAccountName', ['Administrator']],
        ['userPrincipalName', [`administrator@${SAMPLE_DNS_NAME}`]],
        ['userAccountControl', ['66048']],
        ['description', ['Built-in account for administering the computer/domain']],
      ]),
    },
  ];
}

function category(classes: readonly string[]): string {
  if (classes.includes('group')) return 'Group';
  if (classes.includes('organizationalunit')) return 'Organizational-Unit';
  if (classes.includes('domaindns')) return 'Domain-DNS';
  if (classes.includes('builtindomain')) return 'Builtin-Domain';
  if (classes.includes('container')) return 'Container';
  return 'Person';
}

/** A stable GUID per DN (random-looking, version 4 bits set), so regenerating changes nothing. */
function guidBytes(dn: string): Buffer {
  const bytes = createHash('sha256').update(`sample:${dn.toLowerCase()}`).digest().subarray(0, 16);
  bytes[7] = (bytes[7]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return Buffer.from(bytes);
}

/** S-1-5-21-a-b-c-rid in AD's binary form. */
function sidBytes(sid: string): Buffer {
  const [, revision, authority, ...subs] = sid.split('-');
  const out = Buffer.alloc(8 + subs.length * 4);
  out[0] = Number(revision);
  out[1] = subs.length;
  out.writeUIntBE(Number(authority), 2, 6);
  subs.forEach((sub, i) => out.writeUInt32LE(Number(sub), 8 + i * 4));
  return out;
}
