// Reads the seed's LDIF back into records: the sample directory is generated from exactly what
// the test DC is seeded with. Handles what e2e/dc/ldif.ts writes (no line folding).

export interface LdifRecord {
  dn: string;
  /** Plain additions (no changetype) carry attributes; modify records carry their changes. */
  modify: boolean;
  attrs: Map<string, (string | Buffer)[]>;
}

export function parseLdif(text: string, isBinary: (attr: string) => boolean): LdifRecord[] {
  const records: LdifRecord[] = [];
  for (const block of text.split(/\n\n+/)) {
    const lines = block.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    if (lines.length === 0) continue;
    let dn = '';
    let modify = false;
    const attrs = new Map<string, (string | Buffer)[]>();
    for (const line of lines) {
      if (line === '-') continue;
      const match = /^([^:]+)(::?)\s?(.*)$/.exec(line);
      if (match === null) throw new Error(`Not an LDIF line: ${line}`);
      const [, name = '', colons, raw = ''] = match;
      const bytes = colons === '::' ? Buffer.from(raw, 'base64') : null;
      const value = bytes === null ? raw : isBinary(name) ? bytes : bytes.toString('utf8');
      if (name === 'dn') dn = String(value);
      else if (name === 'changetype') modify = raw === 'modify';
      else attrs.set(name, [...(attrs.get(name) ?? []), value]);
    }
    records.push({ dn, modify, attrs });
  }
  return records;
}
