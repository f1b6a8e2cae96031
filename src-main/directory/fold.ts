/**
 * Matching names without their diacritics ("zoe mu" finds "Zoë Müller"). Domain controllers cannot
 * do this: AD and Samba compare directory strings case-insensitively but treat ë and e as
 * different letters, in ANR as in substring filters. So Find asks the server for a broader set
 * (names starting with any accented form of the typed prefix) and folds and matches here.
 */

// Letters that do not decompose under NFD but that a user types as plain Latin.
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};

/** Lower case, without combining marks and with the special letters spelled out. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþıħŧ]/g, (c) => SPECIAL[c] ?? c);
}

/** Every lower-case Latin letter (Latin-1 to Latin Extended-B) that folds to `letter`. */
const VARIANTS: Map<string, string[]> = (() => {
  const table = new Map<string, string[]>();
  for (let code = 0x61; code <= 0x24f; code++) {
    const char = String.fromCodePoint(code);
    if (char !== char.toLowerCase()) continue;
    const base = fold(char);
    if (!/^[a-z]$/.test(base)) continue;
    table.set(base, [...(table.get(base) ?? []), char]);
  }
  return table;
})();

/** The prefixes a name starting with `folded` (plain Latin) may really start with. */
export function prefixVariants(folded: string): string[] {
  let prefixes = [''];
  for (const char of folded) {
    const forms = VARIANTS.get(char) ?? [char];
    prefixes = prefixes.flatMap((p) => forms.map((f) => p + f));
  }
  return prefixes;
}

/** ANR's rule, folded: every typed word starts some word of the object's names. */
export function matchesFolded(words: readonly string[], names: readonly string[]): boolean {
  const nameWords = names.flatMap((n) => fold(n).split(/[\s.@_,-]+/)).filter((w) => w !== '');
  const whole = names.map(fold);
  return words.every((w) => nameWords.some((n) => n.startsWith(w)) || whole.some((n) => n.startsWith(w)));
}
