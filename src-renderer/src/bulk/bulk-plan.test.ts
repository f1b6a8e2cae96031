import { describe, expect, it } from 'vitest';
import type { ObjectDetails } from '../../../src-preload/contract/index.ts';
import { emptyForm, formProblems, planBulk, type BulkForm } from './bulk-plan.ts';

const ALL = [
  ...Array.from({ length: 15 }, (_, i) => `extensionAttribute${i + 1}`),
  'msExchHideFromAddressLists',
  'mAPIRecipient',
  'member',
];

function object(
  name: string,
  attributes: Record<string, string[]>,
  writable = ALL,
  cls = 'user',
): ObjectDetails {
  const dn = `CN=${name},OU=Staff,DC=corp`;
  return {
    row: {
      dn,
      guid: `00000000-0000-0000-0000-${String(name.length).padStart(12, '0')}`,
      name,
      kind: cls === 'group' ? 'group' : 'user',
      type: '',
      description: '',
      primarySmtp: '',
      recipientType: '',
      upn: '',
      disabled: false,
      account: null,
      location: 'corp/Staff',
      extra: {},
    },
    objectClass: ['top', cls],
    attributes,
    binary: [],
    writable,
    readOnly: false,
  };
}

function form(change: (f: BulkForm) => void): BulkForm {
  const f = emptyForm();
  change(f);
  return f;
}

describe('bulk form', () => {
  it('asks for something to change and for a value to set', () => {
    expect(formProblems(emptyForm())).toEqual(['Choose at least one thing to change.']);
    const f = form((x) => (x.custom[2] = { action: 'set', value: ' ' }));
    expect(formProblems(f)).toEqual(['Custom attribute 3: type a value, or choose "Clear" to remove it.']);
  });
});

describe('planBulk', () => {
  it('builds one change per object with the values read as base', () => {
    const f = form((x) => {
      x.custom[0] = { action: 'set', value: ' Sales ' };
      x.custom[1] = { action: 'clear', value: '' };
      x.mapi = 'Never';
    });
    const anna = object('Anna', { extensionAttribute1: ['Old'], extensionAttribute2: ['x'] });
    const plan = planBulk(f, [anna], null);
    expect(plan.changes).toEqual([
      {
        dn: anna.row.dn,
        objectGuid: anna.row.guid,
        objectClass: ['top', 'user'],
        edits: [
          { attr: 'extensionAttribute1', base: ['Old'], desired: ['Sales'] },
          { attr: 'extensionAttribute2', base: ['x'], desired: [] },
          { attr: 'mAPIRecipient', base: [], desired: ['FALSE'] },
        ],
      },
    ]);
  });

  it('sends nothing for an object that already holds the values', () => {
    const f = form((x) => {
      x.custom[0] = { action: 'set', value: 'Sales' };
      x.hide = 'show';
      x.mapi = 'UseDefaultSettings';
    });
    const plan = planBulk(f, [object('Bob', { extensionAttribute1: ['Sales'] })], null);
    expect(plan).toEqual({ changes: [], skipped: [], unchanged: 1 });
  });

  it('turns hiding off only where it was on', () => {
    const f = form((x) => (x.hide = 'show'));
    const plan = planBulk(f, [object('Cy', { msExchHideFromAddressLists: ['TRUE'] })], null);
    expect(plan.changes[0]?.edits).toEqual([
      { attr: 'msExchHideFromAddressLists', base: ['TRUE'], desired: ['FALSE'] },
    ]);
  });

  it('reports attributes the admin may not write instead of sending them', () => {
    const f = form((x) => (x.hide = 'hide'));
    const plan = planBulk(f, [object('Dee', {}, ['extensionAttribute1'])], null);
    expect(plan.changes).toEqual([]);
    expect(plan.skipped[0]?.reason).toMatch(/msExchHideFromAddressLists/);
    expect(plan.unchanged).toBe(0);
  });

  it('adds the objects that are not members yet to the group in one change on the group', () => {
    const anna = object('Anna', {});
    const bob = object('Bob', {});
    const group = object('Sales', { member: [anna.row.dn.toUpperCase()] }, ALL, 'group');
    const plan = planBulk(
      form((x) => (x.groupDn = group.row.dn)),
      [anna, bob],
      group,
    );
    expect(plan.changes).toEqual([
      {
        dn: group.row.dn,
        objectGuid: group.row.guid,
        objectClass: ['top', 'group'],
        edits: [{ attr: 'member', mode: 'delta', remove: [], add: [bob.row.dn] }],
      },
    ]);
  });

  it('merges the member edit into the group own change when the group is selected too', () => {
    const anna = object('Anna', {});
    const group = object('Sales', {}, ALL, 'group');
    const f = form((x) => {
      x.custom[4] = { action: 'set', value: 'v' };
      x.groupDn = group.row.dn;
    });
    const plan = planBulk(f, [anna, group], group);
    const own = plan.changes.filter((c) => c.dn === group.row.dn);
    expect(own).toHaveLength(1);
    expect(own[0]?.edits.map((e) => e.attr)).toEqual(['extensionAttribute5', 'member']);
    expect(own[0]?.edits[1]).toEqual({ attr: 'member', mode: 'delta', remove: [], add: [anna.row.dn] });
  });

  it('refuses to add members to a group the admin may not change', () => {
    const group = object('Locked', {}, [], 'group');
    const plan = planBulk(
      form((x) => (x.groupDn = group.row.dn)),
      [object('Anna', {})],
      group,
    );
    expect(plan.changes).toEqual([]);
    expect(plan.skipped).toEqual([{ dn: group.row.dn, reason: 'You may not change the members of Locked.' }]);
  });
});
