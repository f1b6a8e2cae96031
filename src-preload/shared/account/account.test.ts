import { describe, expect, it } from 'vitest';
import { dateToFileTime, fileTimeToDate, generalizedTimeToDate } from './ad-time.ts';
import { groupScope, isSecurityGroup, reachableScopes, withGroupScope, withSecurity } from './group-type.ts';
import { hasUacFlag, UAC, withUacFlag } from './user-account-control.ts';
import { accountState, accountStateText } from './account-state.ts';

describe('userAccountControl options', () => {
  it('sets and clears one bit and keeps the rest', () => {
    expect(hasUacFlag(['66048'], UAC.DONT_EXPIRE_PASSWORD)).toBe(true);
    expect(withUacFlag(['512'], UAC.ACCOUNTDISABLE, true)).toEqual(['514']);
    expect(withUacFlag(['66050'], UAC.ACCOUNTDISABLE, false)).toEqual(['66048']);
    expect(withUacFlag(['garbage'], UAC.ACCOUNTDISABLE, true)).toEqual(['garbage']);
  });
});

describe('AD times', () => {
  it('reads 0 and the maximum as never, and round-trips a date', () => {
    expect(fileTimeToDate('0')).toBeNull();
    expect(fileTimeToDate('9223372036854775807')).toBeNull();
    const date = new Date('2027-03-01T00:00:00Z');
    expect(fileTimeToDate(dateToFileTime(date))?.toISOString()).toBe(date.toISOString());
    expect(dateToFileTime(null)).toBe('0');
    expect(generalizedTimeToDate('20250102030405.0Z')?.toISOString()).toBe('2025-01-02T03:04:05.000Z');
  });
});

describe('groupType', () => {
  it('reads scope and type, and changes one without the other', () => {
    expect(groupScope(['-2147483646'])).toBe('global');
    expect(isSecurityGroup(['-2147483646'])).toBe(true);
    expect(withGroupScope(['-2147483646'], 'universal')).toEqual(['-2147483640']);
    expect(withSecurity(['8'], true)).toEqual(['-2147483640']);
    expect(withSecurity(['-2147483640'], false)).toEqual(['8']);
  });
  it('offers only the scope changes AD allows', () => {
    expect(reachableScopes('global')).toEqual(['global', 'universal']);
    expect(reachableScopes('universal')).toEqual(['universal', 'global', 'domainLocal']);
  });
});

describe('describeValue (the Attribute Editor)', () => {
  it('explains times, flags and kinds, and leaves plain values alone', async () => {
    const { describeValue } = await import('./describe-value.ts');
    expect(describeValue('accountExpires', '2.5.5.16', '9223372036854775807')).toBe('never');
    expect(describeValue('pwdLastSet', '2.5.5.16', '0')).toBe('must change at next logon');
    expect(describeValue('userAccountControl', '2.5.5.9', '66050')).toBe(
      '0x10202 = (ACCOUNTDISABLE | NORMAL_ACCOUNT | DONT_EXPIRE_PASSWORD)',
    );
    expect(describeValue('groupType', '2.5.5.9', '-2147483646')).toBe('Global security group');
    expect(describeValue('msExchRecipientTypeDetails', '2.5.5.16', '128')).toBe('Mail user');
    expect(describeValue('description', '2.5.5.12', 'x')).toBeUndefined();
  });
});

describe('account state', () => {
  const from = (attrs: Record<string, string[]>) => accountState((attr) => attrs[attr] ?? []);
  it('reads disabled, never expires, must change and the DC-computed lockout and expiry', () => {
    expect(from({ userAccountControl: ['66050'], pwdLastSet: ['134407134500592620'] })).toEqual({
      disabled: true,
      locked: false,
      passwordExpired: false,
      passwordNeverExpires: true,
      mustChange: false,
    });
    const mustChange = from({
      userAccountControl: ['512'],
      pwdLastSet: ['0'],
      'msDS-User-Account-Control-Computed': ['8388608'],
    });
    expect(mustChange).toMatchObject({ mustChange: true, passwordExpired: false });
    expect(
      from({ pwdLastSet: ['1'], 'msDS-User-Account-Control-Computed': ['8388608'] }).passwordExpired,
    ).toBe(true);
  });
  it('believes the computed lockout over a lockoutTime left behind by an expired lockout', () => {
    expect(
      from({ lockoutTime: ['134407134548799020'], 'msDS-User-Account-Control-Computed': ['16'] }).locked,
    ).toBe(true);
    expect(
      from({ lockoutTime: ['134407134548799020'], 'msDS-User-Account-Control-Computed': ['0'] }).locked,
    ).toBe(false);
    expect(from({ lockoutTime: ['134407134548799020'] }).locked).toBe(true);
  });
  it('says the state in words, most pressing first', () => {
    expect(
      accountStateText(
        from({
          userAccountControl: ['66050'],
          pwdLastSet: ['0'],
          'msDS-User-Account-Control-Computed': ['16'],
        }),
      ),
    ).toBe('Disabled, Locked out, Must change password, Password never expires');
    expect(accountStateText(from({ userAccountControl: ['512'], pwdLastSet: ['5'] }))).toBe('');
  });
});
