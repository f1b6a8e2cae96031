import { describe, expect, it } from 'vitest';
import { AppError } from '../../contract/errors.ts';
import {
  addProxyAddress,
  dedupeProxyAddresses,
  editProxyAddress,
  findDuplicateProxyValues,
  formatProxyAddress,
  parseProxyAddress,
  primarySmtp,
  removeProxyAddress,
  setPrimary,
  smtpAddresses,
  typedProxyValue,
} from './proxy-addresses.ts';

describe('parseProxyAddress / formatProxyAddress', () => {
  it('recognises primary and secondary SMTP by the case of the prefix', () => {
    expect(parseProxyAddress('SMTP:ann@contoso.com')).toMatchObject({
      type: 'smtp',
      primary: true,
      address: 'ann@contoso.com',
    });
    expect(parseProxyAddress('smtp:ann@contoso.com')).toMatchObject({ type: 'smtp', primary: false });
    expect(parseProxyAddress('Smtp:ann@contoso.com')).toMatchObject({
      type: 'smtp',
      primary: false,
      prefix: 'Smtp',
    });
  });

  it('keeps the address after the first colon only, so X400/X500 content survives', () => {
    const x500 = 'X500:/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=ann';
    expect(parseProxyAddress(x500)).toMatchObject({ type: 'x500', prefix: 'X500', address: x500.slice(5) });
    const x400 = 'X400:c=US;a= ;p=Contoso;o=Exchange;s=Doe;g=Ann;';
    expect(parseProxyAddress(x400).address).toBe('c=US;a= ;p=Contoso;o=Exchange;s=Doe;g=Ann;');
    expect(parseProxyAddress('sip:ann@contoso.com').type).toBe('sip');
    expect(parseProxyAddress('EUM:1234;phone-context=x').type).toBe('eum');
  });

  it('keeps unknown prefixes verbatim and marks a value without prefix invalid', () => {
    const notes = parseProxyAddress('NOTES:Ann Doe/Contoso');
    expect(notes).toMatchObject({ type: 'other', prefix: 'NOTES', address: 'Ann Doe/Contoso' });
    expect(formatProxyAddress(notes)).toBe('NOTES:Ann Doe/Contoso');
    expect(parseProxyAddress('ann@contoso.com').type).toBe('invalid');
    expect(parseProxyAddress(':ann@contoso.com').type).toBe('invalid');
  });

  it('normalises odd SMTP prefix case on format', () => {
    expect(formatProxyAddress(parseProxyAddress('Smtp:a@x.com'))).toBe('smtp:a@x.com');
    expect(formatProxyAddress(parseProxyAddress('SMTP:a@x.com'))).toBe('SMTP:a@x.com');
  });
});

describe('primarySmtp / smtpAddresses', () => {
  it('finds the primary wherever it sits', () => {
    expect(primarySmtp(['X500:/o=x', 'smtp:b@x.com', 'SMTP:a@x.com'])).toBe('a@x.com');
    expect(primarySmtp(['smtp:b@x.com'])).toBeUndefined();
    expect(smtpAddresses(['smtp:b@x.com', 'SIP:s@x.com', 'SMTP:a@x.com'])).toEqual(['a@x.com', 'b@x.com']);
  });
});

describe('setPrimary', () => {
  const list = [
    'SMTP:ann@contoso.com',
    'smtp:ann.doe@contoso.com',
    'X500:/o=Contoso/cn=ann',
    'SIP:ann@contoso.com',
  ];

  it('promotes an existing secondary and demotes the old primary, leaving other types alone', () => {
    expect(setPrimary(list, 'ann.doe@contoso.com')).toEqual([
      'smtp:ann@contoso.com',
      'SMTP:ann.doe@contoso.com',
      'X500:/o=Contoso/cn=ann',
      'SIP:ann@contoso.com',
    ]);
  });

  it('performs a case-only change of the primary', () => {
    expect(setPrimary(list, 'Ann@Contoso.com')[0]).toBe('SMTP:Ann@Contoso.com');
  });

  it('adds a new address first when it is not in the list', () => {
    const result = setPrimary(list, 'smtp:new@contoso.com');
    expect(result[0]).toBe('SMTP:new@contoso.com');
    expect(result.filter((v) => v.startsWith('SMTP:'))).toHaveLength(1);
  });

  it('collapses duplicates of the target left by bad data', () => {
    expect(setPrimary(['SMTP:a@x.com', 'smtp:A@x.com', 'smtp:b@x.com'], 'b@x.com')).toEqual([
      'smtp:a@x.com',
      'smtp:A@x.com',
      'SMTP:b@x.com',
    ]);
    expect(setPrimary(['smtp:a@x.com', 'smtp:A@X.com'], 'a@x.com')).toEqual(['SMTP:a@x.com']);
  });

  it('refuses an empty address', () => {
    expect(() => setPrimary(list, '  ')).toThrow(AppError);
  });
});

describe('add / remove / edit', () => {
  const list = ['SMTP:ann@contoso.com', 'smtp:ann.doe@contoso.com'];

  it('adds a secondary at the end', () => {
    expect(addProxyAddress(list, 'smtp:a@fabrikam.com')).toEqual([...list, 'smtp:a@fabrikam.com']);
  });

  it('adding an SMTP: value makes it the only primary', () => {
    const result = addProxyAddress(list, 'SMTP:a@fabrikam.com');
    expect(primarySmtp(result)).toBe('a@fabrikam.com');
    expect(result.filter((v) => v.startsWith('SMTP:'))).toHaveLength(1);
    expect(result).toContain('smtp:ann@contoso.com');
  });

  it('refuses duplicates ignoring case, including SMTP:/smtp: of the same address', () => {
    for (const dup of ['smtp:ANN@contoso.com', 'SMTP:ann.doe@contoso.com']) {
      try {
        addProxyAddress(list, dup);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toBe('VALIDATION_FAILED');
        expect((e as AppError).message).toContain('already in the list');
      }
    }
  });

  it('refuses a value without address type', () => {
    expect(() => addProxyAddress(list, 'b@contoso.com')).toThrow(/no address type/);
  });

  it('removes ignoring case', () => {
    expect(removeProxyAddress(list, 'SMTP:ANN.DOE@contoso.com')).toEqual(['SMTP:ann@contoso.com']);
  });

  it('edits in place, allows a case-only edit, refuses a clash', () => {
    expect(editProxyAddress(list, 'smtp:ann.doe@contoso.com', 'smtp:Ann.Doe@contoso.com')).toEqual([
      'SMTP:ann@contoso.com',
      'smtp:Ann.Doe@contoso.com',
    ]);
    expect(() => editProxyAddress(list, 'smtp:ann.doe@contoso.com', 'smtp:ANN@contoso.com')).toThrow(
      /already in the list/,
    );
    expect(() => editProxyAddress(list, 'smtp:gone@contoso.com', 'smtp:x@contoso.com')).toThrow(AppError);
  });

  it('editing a secondary into SMTP: demotes the old primary', () => {
    expect(editProxyAddress(list, 'smtp:ann.doe@contoso.com', 'SMTP:ann.doe@contoso.com')).toEqual([
      'smtp:ann@contoso.com',
      'SMTP:ann.doe@contoso.com',
    ]);
  });
});

describe('duplicates', () => {
  it('reports every member of a duplicate set', () => {
    expect(findDuplicateProxyValues(['SMTP:a@x.com', 'smtp:b@x.com', 'smtp:A@X.com', 'SIP:a@x.com'])).toEqual(
      [['SMTP:a@x.com', 'smtp:A@X.com']],
    );
  });

  it('dedupe keeps the SMTP: copy at the first position', () => {
    expect(dedupeProxyAddresses(['smtp:a@x.com', 'smtp:b@x.com', 'SMTP:A@x.com'])).toEqual([
      'SMTP:A@x.com',
      'smtp:b@x.com',
    ]);
  });
});

describe('typedProxyValue', () => {
  it('treats a bare address as an SMTP secondary and keeps a typed prefix', () => {
    expect(typedProxyValue(' new@x.com ')).toBe('smtp:new@x.com');
    expect(typedProxyValue('X500:/o=a')).toBe('X500:/o=a');
    expect(typedProxyValue('SMTP:a@x')).toBe('SMTP:a@x');
  });
});
