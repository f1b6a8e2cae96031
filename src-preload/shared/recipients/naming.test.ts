import { describe, expect, it } from 'vitest';
import {
  addressTemplateDomain,
  aliasFor,
  applyAddressTemplate,
  asciiFold,
  defaultAddressTemplate,
  fullName,
  groupSamAccountNameFrom,
  samAccountNameFrom,
} from './naming.ts';

const zoe = { givenName: 'Zoë', initials: 'K', sn: 'Müller-Straße' };

describe('names a New Object wizard derives', () => {
  it('composes the full name as ADUC does', () => {
    expect(fullName(zoe)).toBe('Zoë K. Müller-Straße');
    expect(fullName({ givenName: 'Ann', initials: '', sn: 'Lee' })).toBe('Ann Lee');
  });
  it('derives a pre-Windows 2000 name of at most 20 characters without forbidden ones', () => {
    expect(samAccountNameFrom('zoe.mueller-strasse.external')).toBe('zoe.mueller-strasse');
    expect(samAccountNameFrom('a[b]c;d')).toBe('abcd');
  });
  it('folds letters an address cannot hold', () => {
    expect(asciiFold('Zoë Müller-Straße Øre')).toBe('Zoe Muller-Strasse Ore');
  });
  it('applies an address policy template', () => {
    expect(applyAddressTemplate('%g.%s@Contoso.com', zoe)).toBe('zoe.muller-strasse@contoso.com');
    expect(applyAddressTemplate('%1g%s@contoso.com', zoe)).toBe('zmuller-strasse@contoso.com');
    expect(applyAddressTemplate('%g.%i.%s@contoso.com', { givenName: 'Ann', initials: '', sn: 'Lee' })).toBe(
      '',
    );
    expect(applyAddressTemplate('no-at-sign', zoe)).toBe('');
  });
  it('takes the alias from the address, else from the name', () => {
    expect(aliasFor('zoe.muller@contoso.com', zoe)).toBe('zoe.muller');
    expect(aliasFor('', zoe)).toBe('Zoe.Muller-Strasse');
  });
  it("starts new addresses at the tenant's default domain unless it is a reserved one", () => {
    expect(addressTemplateDomain('Contoso.com', 'corp.contoso.local')).toBe('contoso.com');
    expect(addressTemplateDomain('contoso.onmicrosoft.com', 'Corp.Contoso.local')).toBe('corp.contoso.local');
    expect(addressTemplateDomain(null, 'corp.contoso.local')).toBe('corp.contoso.local');
    expect(defaultAddressTemplate(null, 'contoso.com')).toBe('%g.%s@contoso.com');
    expect(defaultAddressTemplate('%1g%s@fabrikam.com', 'contoso.com')).toBe('%1g%s@fabrikam.com');
  });
  it("offers a group's name as its pre-Windows 2000 name without forbidden characters", () => {
    expect(groupSamAccountNameFrom(' Sales: EMEA/North ')).toBe('Sales EMEANorth');
  });
});
