// Groups: security, distribution, mail-enabled security, room list, nested three deep, and
// "All Staff Large" with more than 1,500 members (AD's range-retrieval threshold).

import { cnDn } from '../dn.ts';
import type { SeedEntry } from './entries.ts';
import type { Employee } from './people.ts';
import { GROUP_TYPE, POLICY_OFF, recipientStamp, type RecipientKind } from './recipient-stamps.ts';
import type { Ous } from './recipients.ts';

export interface GroupPlan {
  entries: SeedEntry[];
  largeGroupDn: string;
  largeGroupMembers: number;
}

function group(cn: string, parentDn: string, groupType: string, members: string[], extra = {}): SeedEntry {
  return {
    dn: cnDn(cn, parentDn),
    attrs: {
      objectClass: ['top', 'group'],
      cn,
      sAMAccountName: cn.replace(/[^A-Za-z0-9 _-]/g, '').slice(0, 60),
      groupType,
      member: members,
      ...extra,
    },
  };
}

function mailGroup(
  cn: string,
  alias: string,
  kind: RecipientKind,
  parentDn: string,
  groupType: string,
  members: string[],
  extra = {},
): SeedEntry {
  return group(cn, parentDn, groupType, members, {
    displayName: cn,
    ...recipientStamp(kind, { alias }),
    ...extra,
  });
}

export function buildGroups(ous: Ous, people: Employee[], resources: SeedEntry[]): GroupPlan {
  const byDept = (d: string) =>
    people.filter((p) => p.department === d && !p.entry.dn.includes('OU=Field Staff')).map((p) => p.entry.dn);
  const departments = [...new Set(people.map((p) => p.department))];
  const deptGroups = departments.map((d) =>
    mailGroup(
      `${d} Team`,
      `${d.toLowerCase()}.team`,
      'distributionGroup',
      ous.groups,
      GROUP_TYPE.universalDistribution,
      byDept(d),
    ),
  );
  const deptSecurity = departments.map((d) =>
    group(`SG ${d} Files`, ous.groups, GROUP_TYPE.globalSecurity, byDept(d).slice(0, 12)),
  );
  const managers = people.filter((_, i) => i % 23 === 0).map((p) => p.entry.dn);
  const managersGroup = mailGroup(
    'Managers',
    'managers',
    'mailSecurityGroup',
    ous.groups,
    GROUP_TYPE.universalSecurity,
    managers,
    {
      msExchPoliciesExcluded: POLICY_OFF,
    },
  );
  const leadership = mailGroup(
    'Leadership',
    'leadership',
    'distributionGroup',
    ous.groups,
    GROUP_TYPE.universalDistribution,
    [managersGroup.dn, ...managers.slice(0, 3)],
    {
      msExchHideFromAddressLists: 'TRUE',
      msExchEnableModeration: 'TRUE',
      msExchModerationFlags: '6',
      msExchModeratedByLink: managers.slice(0, 1),
    },
  );
  // Nested three deep: All Company → department teams → people.
  const allCompany = mailGroup(
    'All Company',
    'allcompany',
    'distributionGroup',
    ous.groups,
    GROUP_TYPE.universalDistribution,
    [...deptGroups.map((g) => g.dn), leadership.dn],
    { authOrig: managers.slice(0, 2), msExchRequireAuthToSendTo: 'TRUE' },
  );
  const rooms = resources.filter((r) => r.attrs.msExchResourceDisplay === 'Room').map((r) => r.dn);
  const roomList = mailGroup(
    'All Meeting Rooms',
    'rooms',
    'roomList',
    ous.groups,
    GROUP_TYPE.universalDistribution,
    rooms,
  );
  const itAdmins = group('IT Admins', ous.groups, GROUP_TYPE.universalSecurity, byDept('IT').slice(0, 5));
  const largeMembers = people.map((p) => p.entry.dn);
  const large = mailGroup(
    'All Staff Large',
    'allstaff',
    'distributionGroup',
    ous.groups,
    GROUP_TYPE.universalDistribution,
    largeMembers,
  );
  return {
    // Order matters: a group is added after every group it contains.
    entries: [
      ...deptGroups,
      ...deptSecurity,
      managersGroup,
      leadership,
      allCompany,
      roomList,
      itAdmins,
      large,
    ],
    largeGroupDn: large.dn,
    largeGroupMembers: largeMembers.length,
  };
}
