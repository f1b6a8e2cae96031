import { describe, expect, it } from 'vitest';
import type { ListRow } from '../../../src-preload/contract/index.ts';
import type { TreeEntry } from './browse-slice.ts';
import { rowsAfterPush, selectionAfterPush, treeAfterPlacement } from './placement-push.ts';

const domain = 'DC=corp,DC=test';
const row = (dn: string, kind: ListRow['kind'] = 'user', guid = 'a'): ListRow => ({
  dn,
  guid,
  name: dn.slice(3, dn.indexOf(',')),
  kind,
  type: '',
  description: '',
  primarySmtp: '',
  recipientType: '',
  upn: '',
  disabled: false,
  account: null,
  location: '',
  extra: {},
});
const node = (dn: string, children?: string[]): TreeEntry => ({
  node: { dn, name: dn.slice(3, dn.indexOf(',')), kind: 'ou', hasChildren: true },
  loading: false,
  ...(children ? { children } : {}),
});

describe('a pushed rename or move on screen', () => {
  it('keeps a renamed row in place and drops a row moved out of the open container', () => {
    const rows = [row(`CN=Pat,OU=Sales,${domain}`), row(`CN=Lee,OU=Sales,${domain}`, 'user', 'b')];
    const renamed = row(`CN=Patricia,OU=Sales,${domain}`);
    expect(rowsAfterPush(rows, 'a', renamed, `OU=Sales,${domain}`).map((r) => r.name)).toEqual([
      'Patricia',
      'Lee',
    ]);
    const moved = row(`CN=Pat,OU=IT,${domain}`);
    expect(rowsAfterPush(rows, 'a', moved, `ou=sales,${domain}`).map((r) => r.name)).toEqual(['Lee']);
    // Find's results (no open container) keep the row wherever it went.
    expect(rowsAfterPush(rows, 'a', moved, null).map((r) => r.dn)).toContain(moved.dn);
  });

  it('moves the selection to the new DN, or lets it go with the row', () => {
    const old = `CN=Pat,OU=Sales,${domain}`;
    expect(selectionAfterPush([old], old, row(`CN=Patricia,OU=Sales,${domain}`), true)).toEqual([
      `CN=Patricia,OU=Sales,${domain}`,
    ]);
    expect(selectionAfterPush([old, 'CN=Other'], old, row(`CN=Pat,OU=IT,${domain}`), false)).toEqual([
      'CN=Other',
    ]);
  });

  it('moves an OU branch in the tree and forgets what was loaded under its old DN', () => {
    const sales = `OU=Sales,${domain}`;
    const it = `OU=IT,${domain}`;
    const tree = {
      [domain]: node(domain, [sales, it]),
      [sales]: node(sales, [`OU=Staff,${sales}`]),
      [`OU=Staff,${sales}`]: node(`OU=Staff,${sales}`, []),
      [it]: node(it, []),
    };
    const next = treeAfterPlacement(tree, `OU=Staff,${sales}`, row(`OU=Staff,${it}`, 'ou'));
    expect(next[sales]?.children).toEqual([]);
    expect(next[it]?.children).toEqual([`OU=Staff,${it}`]);
    expect(next[`OU=Staff,${sales}`]).toBeUndefined();
    expect(next[`OU=Staff,${it}`]?.node).toMatchObject({ name: 'Staff', kind: 'ou' });
    // A user's move leaves the tree alone.
    expect(treeAfterPlacement(tree, `CN=Pat,${sales}`, row(`CN=Pat,${it}`))).toEqual(tree);
  });
});
