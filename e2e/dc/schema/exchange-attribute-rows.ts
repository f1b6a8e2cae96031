// Parses e2e/dc/schema/exchange-attributes.tsv (a copy of the team reference; tab-separated, header line first) into
// typed rows. An empty cell means "no value", `?` means "unknown": both become undefined/'unknown'.

export interface ExchangeAttributeRow {
  ldapName: string;
  cn: string;
  attributeId: string;
  attributeSyntax: string;
  /** undefined when the reference does not know it: derived from attributeSyntax instead. */
  omSyntax: number | undefined;
  singleValued: boolean;
  rangeUpper: number | undefined;
  /** A number, 'unknown' (`?`: Samba assigns one), or undefined for a non-linked attribute. */
  linkId: number | 'unknown' | undefined;
  inBaseSchema: boolean;
}

const EXPECTED_HEADER = [
  'lDAPDisplayName',
  'cn',
  'attributeID',
  'attributeSyntax',
  'oMSyntax',
  'isSingleValued',
  'rangeUpper',
  'linkID',
  'inBaseSchema',
];

function optionalNumber(cell: string, column: string, name: string): number | undefined {
  if (cell === '' || cell === '?') return undefined;
  const value = Number(cell);
  if (!Number.isInteger(value)) throw new Error(`${name}: ${column} "${cell}" is not an integer`);
  return value;
}

export function parseExchangeAttributeTsv(tsv: string): ExchangeAttributeRow[] {
  const lines = tsv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines.shift() ?? '').split('\t');
  EXPECTED_HEADER.forEach((column, i) => {
    if (header[i] !== column)
      throw new Error(`exchange-attributes.tsv: column ${i + 1} should be ${column}, is ${header[i]}`);
  });
  return lines.map((line) => {
    const [
      ldapName = '',
      cn = '',
      attributeId = '',
      attributeSyntax = '',
      omSyntax = '',
      single = '',
      rangeUpper = '',
      linkId = '',
      inBase = '',
    ] = line.split('\t');
    if (single !== 'TRUE' && single !== 'FALSE')
      throw new Error(`${ldapName}: isSingleValued "${single}" is not TRUE/FALSE`);
    return {
      ldapName,
      cn,
      attributeId,
      attributeSyntax,
      omSyntax: optionalNumber(omSyntax, 'oMSyntax', ldapName),
      singleValued: single === 'TRUE',
      rangeUpper: optionalNumber(rangeUpper, 'rangeUpper', ldapName),
      linkId: linkId === '?' ? 'unknown' : optionalNumber(linkId, 'linkID', ldapName),
      inBaseSchema: inBase === 'yes',
    };
  });
}
