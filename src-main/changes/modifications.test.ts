import { describe, expect, it } from 'vitest';
import type { Edit } from './change.ts';
import { computeChangeModifications, computeModifications } from './modifications.ts';

/** A plain view of ldapts Change objects, so expectations read like LDIF. */
function plain(edit: Edit) {
  return computeModifications(edit).map((change) => ({
    op: change.operation,
    attr: change.modification.type,
    values: change.modification.values.map((value) =>
      Buffer.isBuffer(value) ? `bytes:${value.toString('hex')}` : value,
    ),
  }));
}

describe('computeModifications', () => {
  it('deletes removed base values and adds new ones, exactly', () => {
    const edit: Edit = {
      attr: 'proxyAddresses',
      base: ['SMTP:pat@contoso.com', 'smtp:pat@old.contoso.com'],
      desired: ['SMTP:pat@contoso.com', 'smtp:pat@new.contoso.com', 'smtp:p@contoso.com'],
    };
    expect(plain(edit)).toEqual([
      { op: 'delete', attr: 'proxyAddresses', values: ['smtp:pat@old.contoso.com'] },
      { op: 'add', attr: 'proxyAddresses', values: ['smtp:pat@new.contoso.com', 'smtp:p@contoso.com'] },
    ]);
  });

  it('sends a case-only primary change as delete old + add new', () => {
    const edit: Edit = {
      attr: 'proxyAddresses',
      base: ['SMTP:pat@contoso.com', 'smtp:pat@fabrikam.com'],
      desired: ['smtp:pat@contoso.com', 'SMTP:pat@fabrikam.com'],
    };
    expect(plain(edit)).toEqual([
      { op: 'delete', attr: 'proxyAddresses', values: ['SMTP:pat@contoso.com', 'smtp:pat@fabrikam.com'] },
      { op: 'add', attr: 'proxyAddresses', values: ['smtp:pat@contoso.com', 'SMTP:pat@fabrikam.com'] },
    ]);
  });

  it('changes a single-valued attribute as delete old + add new (compare-and-swap, not replace)', () => {
    expect(plain({ attr: 'mailNickname', base: ['pat'], desired: ['pfuller'] })).toEqual([
      { op: 'delete', attr: 'mailNickname', values: ['pat'] },
      { op: 'add', attr: 'mailNickname', values: ['pfuller'] },
    ]);
  });

  it('adds only when the base was empty, deletes only when nothing is desired', () => {
    expect(plain({ attr: 'mail', base: [], desired: ['pat@contoso.com'] })).toEqual([
      { op: 'add', attr: 'mail', values: ['pat@contoso.com'] },
    ]);
    expect(plain({ attr: 'mail', base: ['pat@contoso.com'], desired: [] })).toEqual([
      { op: 'delete', attr: 'mail', values: ['pat@contoso.com'] },
    ]);
  });

  it('replaces when no base is known, and clears with an empty replace', () => {
    expect(
      plain({ attr: 'targetAddress', base: null, desired: ['SMTP:pat@contoso.mail.onmicrosoft.com'] }),
    ).toEqual([{ op: 'replace', attr: 'targetAddress', values: ['SMTP:pat@contoso.mail.onmicrosoft.com'] }]);
    expect(plain({ attr: 'targetAddress', base: null, desired: [] })).toEqual([
      { op: 'replace', attr: 'targetAddress', values: [] },
    ]);
  });

  it('sends binary values as bytes decoded from base64', () => {
    expect(plain({ attr: 'thumbnailPhoto', binary: true, base: ['/9j/'], desired: ['AAEC'] })).toEqual([
      { op: 'delete', attr: 'thumbnailPhoto', values: ['bytes:ffd8ff'] },
      { op: 'add', attr: 'thumbnailPhoto', values: ['bytes:000102'] },
    ]);
  });

  it('produces nothing for an edit that changes nothing, whatever the order', () => {
    expect(plain({ attr: 'proxyAddresses', base: ['a', 'b'], desired: ['b', 'a'] })).toEqual([]);
  });

  it('puts every edit of a change into one list for one modify', () => {
    const changes = computeChangeModifications([
      { attr: 'mail', base: ['a@x'], desired: ['b@x'] },
      { attr: 'description', base: null, desired: ['d'] },
    ]);
    expect(changes.map((change) => `${change.operation} ${change.modification.type}`)).toEqual([
      'delete mail',
      'add mail',
      'replace description',
    ]);
  });
});
