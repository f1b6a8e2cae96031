import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-preload/contract/errors.ts';
import type { NewChange } from './change.ts';
import { validateNewChange } from './validate-change.ts';

const valid: NewChange = {
  objectGuid: '2f5c9d7e-1c1a-4d6b-9c53-0d2f0e6f8a11',
  dn: 'CN=Pat,DC=contoso,DC=com',
  objectClass: ['user'],
  edits: [{ attr: 'mail', base: ['a@x'], desired: ['b@x'] }],
};

function issuesOf(change: NewChange): string[] {
  try {
    validateNewChange(change);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION_FAILED');
    return (error as AppError).details?.['issues'] as string[];
  }
}

describe('validateNewChange', () => {
  it('accepts a well-formed change, including a case-only edit', () => {
    expect(issuesOf(valid)).toEqual([]);
    expect(
      issuesOf({ ...valid, edits: [{ attr: 'proxyAddresses', base: ['smtp:a@x'], desired: ['SMTP:a@x'] }] }),
    ).toEqual([]);
  });

  it('refuses an empty change and duplicate attributes (in any case)', () => {
    expect(issuesOf({ ...valid, edits: [] })).toEqual(['The change has no edits.']);
    expect(
      issuesOf({
        ...valid,
        edits: [
          { attr: 'mail', base: null, desired: ['a@x'] },
          { attr: 'MAIL', base: null, desired: ['b@x'] },
        ],
      }),
    ).toEqual(['MAIL is edited twice in one change; combine the two edits.']);
  });

  it('refuses edits the server would misread or that change nothing', () => {
    expect(
      issuesOf({
        ...valid,
        edits: [
          { attr: 'proxy addresses', base: null, desired: ['x'] },
          { attr: 'otherMailbox', base: null, desired: ['a', 'a'] },
          { attr: 'description', base: ['d'], desired: [''] },
          { attr: 'thumbnailPhoto', binary: true, base: null, desired: ['not base64!'] },
          { attr: 'mailNickname', base: ['pat', 'x'], desired: ['x', 'pat'] },
        ],
      }),
    ).toEqual([
      '"proxy addresses" is not a valid attribute name.',
      'otherMailbox: the new values list one value twice.',
      'description: empty values are not allowed in LDAP; remove the value instead.',
      'thumbnailPhoto: a binary value is not valid base64.',
      'mailNickname: the new values are the same as the current ones, so there is nothing to write.',
    ]);
  });
});

describe('validateNewChange for creations, renames and moves', () => {
  const placed = { objectGuid: valid.objectGuid, dn: valid.dn, objectClass: [], edits: [] };

  it('accepts a create whose attributes are full sets over an empty base', () => {
    const create: NewChange = {
      ...valid,
      operation: 'create',
      edits: [{ attr: 'sAMAccountName', base: [], desired: ['pat'] }],
    };
    expect(issuesOf(create)).toEqual([]);
  });

  it('refuses a create carrying a base, a server-set attribute, or a secret', () => {
    const issues = issuesOf({
      ...valid,
      operation: 'create',
      edits: [
        { attr: 'description', base: ['old'], desired: ['new'] },
        { attr: 'objectGUID', base: [], desired: ['x'] },
        { attr: 'unicodePwd', base: [], desired: ['secret'] },
      ],
    });
    expect(issues.join(' ')).toMatch(
      /description: a new object's attribute is a full set with an empty base/,
    );
    expect(issues.join(' ')).toMatch(/objectGUID is set by the directory/);
    expect(issues.join(' ')).toMatch(/unicodePwd holds a secret/);
  });

  it('refuses a rename or move without a valid target, and a DN AD would misread', () => {
    expect(issuesOf({ ...placed, operation: 'rename', target: { newRdn: 'CN=New' } })).toEqual([]);
    expect(issuesOf({ ...placed, operation: 'rename', target: { newRdn: 'CN=New,OU=Elsewhere' } })).toContain(
      'A rename gives one RDN; use a move to change the container.',
    );
    expect(issuesOf({ ...placed, operation: 'move', target: null })).toContain(
      'A move needs the container to move to.',
    );
    expect(
      issuesOf({ ...placed, operation: 'move', target: { newParentDn: 'OU=a+b,DC=x' } }).join(' '),
    ).toMatch(/multi-valued RDN/);
    expect(
      issuesOf({ ...placed, operation: 'rename', edits: valid.edits, target: { newRdn: 'CN=N' } }),
    ).toContain('A rename carries no attribute edits.');
  });
});
