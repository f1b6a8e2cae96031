import { describe, expect, it } from 'vitest';
import { first, strings, toEntry, values } from './entry.ts';
import { parseRangedName, rangedName } from './range.ts';
import { effectiveRights } from './rights.ts';
import { DirectorySchema } from './schema.ts';
import type { AttributeDefinition } from './schema.ts';

const guidBytes = Buffer.from('33221100554477668899aabbccddeeff', 'hex');

describe('toEntry', () => {
  it('turns ldapts collapsed values into arrays and drops absent attributes', () => {
    const entry = toEntry({
      dn: 'CN=x',
      objectGUID: guidBytes,
      objectClass: ['top', 'user'],
      cn: 'x',
      mail: [],
      proxyAddresses: ['SMTP:a@b', 'smtp:c@d'],
    });
    expect(entry.guid).toBe('00112233-4455-6677-8899-aabbccddeeff');
    expect(entry.objectClass).toEqual(['top', 'user']);
    expect(entry.attrs.get('cn')).toEqual(['x']);
    expect(entry.attrs.has('mail')).toBe(false);
    expect(values(entry, 'PROXYADDRESSES')).toHaveLength(2);
    expect(first(entry, 'Cn')).toBe('x');
    expect(strings(entry, 'missing')).toEqual([]);
  });
});

describe('range names', () => {
  it('parses slices, including the last one', () => {
    expect(parseRangedName('member;range=0-1499')).toEqual({ attribute: 'member', low: 0, high: 1499 });
    expect(parseRangedName('member;range=1500-*')).toEqual({
      attribute: 'member',
      low: 1500,
      high: undefined,
    });
    expect(parseRangedName('member')).toBeUndefined();
    expect(rangedName('member', 1500, 1500)).toBe('member;range=1500-2999');
  });
});

describe('effectiveRights', () => {
  const entry = toEntry({
    dn: 'CN=x',
    allowedAttributesEffective: ['mail', 'proxyAddresses'],
    allowedChildClassesEffective: ['user'],
  });
  it('answers from the constructed attributes, case-insensitively', () => {
    const rights = effectiveRights(entry);
    expect(rights.canWrite('Mail')).toBe(true);
    expect(rights.canWrite('member')).toBe(false);
    expect(rights.canCreateChild('USER')).toBe(true);
    expect(rights.canCreateChild('group')).toBe(false);
  });
  it('is read-only when the profile says so', () => {
    const rights = effectiveRights(entry, { readOnly: true });
    expect(rights.canWrite('mail')).toBe(false);
    expect(rights.canCreateChild('user')).toBe(false);
    expect(rights.writable).toEqual([]);
  });
});

describe('DirectorySchema', () => {
  const attr = (name: string, syntax: string, singleValued = false): AttributeDefinition => ({
    name,
    attributeId: '1.2.3',
    syntax,
    omSyntax: 0,
    singleValued,
    rangeLower: undefined,
    rangeUpper: undefined,
    linkId: undefined,
    systemOnly: false,
  });
  const schema = new DirectorySchema(
    [
      attr('objectGUID', '2.5.5.10', true),
      attr('objectSid', '2.5.5.17', true),
      attr('mailNickname', '2.5.5.12', true),
      attr('msExchRecipientTypeDetails', '2.5.5.16', true),
      attr('member', '2.5.5.1'),
    ],
    [],
  );
  it('derives binary and single-valued from the syntax and flags', () => {
    expect(schema.isBinary('objectguid')).toBe(true);
    expect(schema.isBinary('mailNickname')).toBe(false);
    expect(schema.isSingleValued('member;range=0-10')).toBe(false);
    expect(schema.isSingleValued('MAILNICKNAME')).toBe(true);
    expect(schema.hasExchangeSchema()).toBe(true);
    expect(new DirectorySchema([attr('cn', '2.5.5.12')], []).hasExchangeSchema()).toBe(false);
  });
  it('lists binary attributes with their canonical spelling for ldapts', () => {
    expect(schema.binaryAmong(['OBJECTSID', 'cn'])).toEqual(['objectSid']);
    expect(schema.binaryAmong(['*']).sort()).toEqual(['objectGUID', 'objectSid']);
    expect(DirectorySchema.empty().binaryAmong(['objectguid'])).toEqual(['objectGUID']);
  });
});
