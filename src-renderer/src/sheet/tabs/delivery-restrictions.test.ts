import { describe, expect, it } from 'vitest';
import { ACCEPT, addSender, pairEntries, removeSender } from './delivery-restrictions.ts';

const anna = 'CN=Anna,OU=Staff,DC=corp';
const sales = 'CN=Sales,OU=Groups,DC=corp';

describe('delivery restriction pairs', () => {
  it('routes a group to the DL-members attribute and a person to the individual one', () => {
    const start = { people: [], groups: [] };
    const withGroup = addSender(start, sales, 'group');
    expect(withGroup).toEqual({ people: [], groups: [sales] });
    expect(addSender(withGroup, anna, 'user')).toEqual({ people: [anna], groups: [sales] });
    expect(addSender(start, anna, 'contact')).toEqual({ people: [anna], groups: [] });
  });
  it('does not add a sender already listed, in any case', () => {
    const values = { people: [anna], groups: [] };
    expect(addSender(values, anna.toUpperCase(), 'user')).toBe(values);
  });
  it('removes from whichever attribute holds the sender', () => {
    expect(removeSender({ people: [anna], groups: [sales] }, sales.toLowerCase())).toEqual({
      people: [anna],
      groups: [],
    });
  });
  it('lists entries with the attribute each comes from', () => {
    expect(pairEntries(ACCEPT, { people: [anna], groups: [sales] })).toEqual([
      { dn: anna, attr: 'authOrig' },
      { dn: sales, attr: 'dLMemSubmitPerms' },
    ]);
  });
});
