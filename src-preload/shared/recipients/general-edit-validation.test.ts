import { describe, expect, it } from 'vitest';
import { validateGeneralEdit, type GeneralEdit } from './general-edit-validation.ts';

const good: GeneralEdit = {
  mail: 'ann.doe@contoso.com',
  proxyAddresses: [
    'SMTP:ann.doe@contoso.com',
    'smtp:ann@contoso.com',
    'smtp:ann@contoso.mail.onmicrosoft.com',
    'X500:/o=Contoso/cn=ann',
  ],
  mailNickname: 'ann.doe',
  displayName: 'Ann Doe',
  userPrincipalName: 'ann.doe@contoso.com',
};

const codesOf = (edit: GeneralEdit) =>
  validateGeneralEdit(edit, { knownSuffixes: ['contoso.com'] }).issues.map((i) => i.code);

describe('validateGeneralEdit', () => {
  it('accepts a complete remote-mailbox edit, including the routing address', () => {
    expect(validateGeneralEdit(good, { knownSuffixes: ['contoso.com'] })).toEqual({
      issues: [],
      canApply: true,
    });
  });

  it('blocks two primaries and no primary', () => {
    const two = validateGeneralEdit({
      ...good,
      proxyAddresses: ['SMTP:ann.doe@contoso.com', 'SMTP:ann@contoso.com'],
    });
    expect(two.canApply).toBe(false);
    expect(two.issues.map((i) => i.code)).toContain('multiple-primaries');
    expect(codesOf({ ...good, proxyAddresses: ['smtp:ann.doe@contoso.com'] })).toContain('no-primary');
  });

  it('blocks duplicates that differ only in case, naming both', () => {
    const result = validateGeneralEdit({
      ...good,
      proxyAddresses: ['SMTP:ann.doe@contoso.com', 'smtp:Ann.Doe@contoso.com'],
    });
    const dup = result.issues.find((i) => i.code === 'duplicate-proxy');
    expect(dup?.severity).toBe('error');
    expect(dup?.message).toContain('smtp:Ann.Doe@contoso.com');
    expect(dup?.message).toContain('SMTP:ann.doe@contoso.com');
  });

  it('treats a case-only difference between mail and primary as equal', () => {
    expect(codesOf({ ...good, mail: 'Ann.Doe@Contoso.com' })).toEqual([]);
  });

  it('warns when mail differs from the primary, distinguishing secondary from absent', () => {
    const secondary = validateGeneralEdit({ ...good, mail: 'ann@contoso.com' });
    expect(secondary.canApply).toBe(true);
    expect(secondary.issues[0]).toMatchObject({ code: 'mail-differs-from-primary', severity: 'warning' });
    expect(secondary.issues[0]?.message).toContain('secondary');
    const absent = validateGeneralEdit({ ...good, mail: 'other@contoso.com' });
    expect(absent.issues[0]?.message).toContain('not in the address list');
  });

  it('warns about onmicrosoft.com and microsoftonline.com addresses the sync discards', () => {
    const result = validateGeneralEdit({
      ...good,
      proxyAddresses: [
        ...good.proxyAddresses,
        'smtp:ann@contoso.onmicrosoft.com',
        'smtp:ann@contoso.microsoftonline.com',
      ],
    });
    const reserved = result.issues.filter((i) => i.code === 'reserved-cloud-domain');
    expect(reserved.map((i) => i.value)).toEqual([
      'smtp:ann@contoso.onmicrosoft.com',
      'smtp:ann@contoso.microsoftonline.com',
    ]);
    expect(reserved[0]?.message).toMatch(/discards/);
    expect(result.canApply).toBe(true);
  });

  it('checks alias, display name and UPN', () => {
    expect(codesOf({ ...good, mailNickname: 'ann&doe' })).toEqual(['ampersand']);
    expect(codesOf({ ...good, mailNickname: '' })).toEqual(['missing-alias']);
    expect(codesOf({ ...good, displayName: 'x'.repeat(257) })).toEqual(['too-long']);
    expect(codesOf({ ...good, displayName: 'x'.repeat(256) })).toEqual([]);
    expect(codesOf({ ...good, displayName: '' })).toEqual(['empty']);
    expect(codesOf({ ...good, userPrincipalName: 'ann@fabrikam.com' })).toEqual(['unknown-suffix']);
  });

  it('reports invalid proxy values and missing proxies', () => {
    expect(
      codesOf({ ...good, proxyAddresses: [...good.proxyAddresses, 'smtp:bad address@contoso.com'] }),
    ).toContain('contains-space');
    expect(codesOf({ ...good, proxyAddresses: [] })).toEqual(['no-proxy-addresses']);
    expect(codesOf({ ...good, mail: '' })).toEqual(['missing-mail']);
  });

  it('asks nothing of an object that is not mail-enabled', () => {
    expect(validateGeneralEdit({ proxyAddresses: [] })).toEqual({ issues: [], canApply: true });
  });
});
