import { describe, expect, it } from 'vitest';
import { fold, matchesFolded, prefixVariants } from './fold.ts';

describe('folding names', () => {
  it('drops diacritics and spells out special letters', () => {
    expect(fold('Zoë Müller')).toBe('zoe muller');
    expect(fold('Straße Øberg Łukasz')).toBe('strasse oberg lukasz');
  });

  it('lists the accented forms a typed prefix may stand for', () => {
    const variants = prefixVariants('zo');
    expect(variants).toContain('zo');
    expect(variants).toContain('żö');
    expect(variants.every((v) => fold(v) === 'zo')).toBe(true);
  });

  it('matches every typed word against the start of a name word', () => {
    expect(matchesFolded(['zoe', 'mu'], ['Zoë Müller'])).toBe(true);
    expect(matchesFolded(['mu', 'zoe'], ['Zoë', 'Müller'])).toBe(true);
    expect(matchesFolded(['zoe', 'ma'], ['Zoë Müller'])).toBe(false);
  });
});
