// Builds the LDIF that extends the test DC's schema with the Exchange attributes of
// exchange-attributes.tsv (rows with inBaseSchema = no) and attaches them to user, group and
// contact the way Exchange does. Two parts, because Samba must reload its schema
// (schemaUpdateNow) before a class may name a new attribute.
//
// CLI: node exchange-schema-ldif.ts <tsv> <schemaDn> <attributes.ldif> <classes.ldif>

import { readFileSync, writeFileSync } from 'node:fs';
import { ldifEntry, ldifModify } from '../ldif.ts';
import { parseExchangeAttributeTsv, type ExchangeAttributeRow } from './exchange-attribute-rows.ts';
import {
  AUXILIARY_CLASSES,
  AUXILIARY_CLASSES_OF,
  BACK_LINK_OF_UNKNOWN,
  GROUP_MAY_CONTAIN,
  MAIL_RECIPIENT_MAY_CONTAIN,
} from './exchange-classes.ts';

// oMSyntax follows from attributeSyntax for every syntax the reference uses.
const OM_SYNTAX_OF: Record<string, number> = {
  '2.5.5.1': 127,
  '2.5.5.7': 127,
  '2.5.5.8': 1,
  '2.5.5.9': 2,
  '2.5.5.10': 4,
  '2.5.5.12': 64,
  '2.5.5.16': 65,
};
// oMObjectClass (base64 BER OIDs): DS-DN 1.3.12.2.1011.28.0.714, OR-Name 2.6.6.1.2.5.11.29.
const OM_OBJECT_CLASS_OF: Record<string, string> = { '2.5.5.1': 'KwwCh3McAIVK', '2.5.5.7': 'VgYBAgULHQ==' };
// Samba's samldb: this value on a forward link means "assign the next free even linkID".
const AUTO_FORWARD_LINK_ID = '1.2.840.113556.1.2.50';
// searchFlags Exchange gives its attributes where they matter to how the directory answers:
// mailNickname is indexed and in ambiguous name resolution (5 = fATTINDEX | fANR), as in the
// Exchange schema LDIF (openchange/openchange setup/AD/oc_provision_schema_attributes.ldif).
// Without the index every alias-uniqueness check scans the whole directory, which a real
// Exchange-extended forest never does.
const SEARCH_FLAGS_OF: Record<string, number> = { mailNickname: 5 };

export interface ExchangeSchemaLdif {
  attributes: string;
  classes: string;
  addedAttributes: string[];
}

function linkIdValue(
  row: ExchangeAttributeRow,
  byName: Map<string, ExchangeAttributeRow>,
): string | undefined {
  if (row.linkId === undefined) return undefined;
  if (row.linkId !== 'unknown') return String(row.linkId);
  const forwardName = BACK_LINK_OF_UNKNOWN[row.ldapName];
  if (forwardName === undefined) return AUTO_FORWARD_LINK_ID;
  const forward = byName.get(forwardName);
  if (!forward) throw new Error(`back link ${row.ldapName}: forward link ${forwardName} is not in the TSV`);
  return forward.attributeId;
}

function attributeEntry(
  row: ExchangeAttributeRow,
  schemaDn: string,
  byName: Map<string, ExchangeAttributeRow>,
): string {
  const omSyntax = row.omSyntax ?? OM_SYNTAX_OF[row.attributeSyntax];
  if (omSyntax === undefined)
    throw new Error(`${row.ldapName}: no oMSyntax known for syntax ${row.attributeSyntax}`);
  return ldifEntry(`CN=${row.cn},${schemaDn}`, {
    objectClass: ['top', 'attributeSchema'],
    cn: row.cn,
    lDAPDisplayName: row.ldapName,
    attributeID: row.attributeId,
    attributeSyntax: row.attributeSyntax,
    oMSyntax: String(omSyntax),
    oMObjectClass:
      OM_OBJECT_CLASS_OF[row.attributeSyntax] === undefined
        ? undefined
        : Buffer.from(OM_OBJECT_CLASS_OF[row.attributeSyntax] ?? '', 'base64'),
    isSingleValued: row.singleValued ? 'TRUE' : 'FALSE',
    rangeUpper: row.rangeUpper === undefined ? undefined : String(row.rangeUpper),
    linkID: linkIdValue(row, byName),
    searchFlags:
      SEARCH_FLAGS_OF[row.ldapName] === undefined ? undefined : String(SEARCH_FLAGS_OF[row.ldapName]),
    showInAdvancedViewOnly: 'TRUE',
  });
}

/** Forward links first: a back link's linkID refers to its forward link, which must exist. */
function linkOrder(row: ExchangeAttributeRow): number {
  if (row.linkId === undefined) return 0;
  if (row.linkId === 'unknown') return row.ldapName in BACK_LINK_OF_UNKNOWN ? 2 : 1;
  return row.linkId % 2 === 0 ? 1 : 2;
}

export function buildExchangeSchemaLdif(tsv: string, schemaDn: string): ExchangeSchemaLdif {
  const rows = parseExchangeAttributeTsv(tsv);
  const byName = new Map(rows.map((row) => [row.ldapName, row]));
  const added = rows.filter((row) => !row.inBaseSchema).sort((a, b) => linkOrder(a) - linkOrder(b));

  const attached = new Set([
    ...MAIL_RECIPIENT_MAY_CONTAIN,
    ...GROUP_MAY_CONTAIN,
    ...AUXILIARY_CLASSES.flatMap((c) => c.mayContain),
  ]);
  const orphans = added.filter((row) => !attached.has(row.ldapName)).map((row) => row.ldapName);
  if (orphans.length > 0) throw new Error(`attributes added but attached to no class: ${orphans.join(', ')}`);
  const unknown = [...attached].filter((name) => !byName.has(name));
  if (unknown.length > 0)
    throw new Error(`class lists name attributes missing from the TSV: ${unknown.join(', ')}`);

  const attributes = added.map((row) => attributeEntry(row, schemaDn, byName)).join('');

  const classes = [
    ...AUXILIARY_CLASSES.map((aux) =>
      ldifEntry(`CN=${aux.cn},${schemaDn}`, {
        objectClass: ['top', 'classSchema'],
        cn: aux.cn,
        lDAPDisplayName: aux.ldapName,
        governsID: aux.governsId,
        schemaIDGUID: guidBytes(aux.schemaIdGuid),
        subClassOf: 'top',
        objectClassCategory: '3',
        rDNAttID: 'cn',
        mayContain: aux.mayContain,
        showInAdvancedViewOnly: 'TRUE',
        defaultHidingValue: 'TRUE',
        systemOnly: 'FALSE',
      }),
    ),
    ldifModify(`CN=Mail-Recipient,${schemaDn}`, [
      { op: 'add', attr: 'mayContain', values: MAIL_RECIPIENT_MAY_CONTAIN },
    ]),
    ldifModify(`CN=Group,${schemaDn}`, [{ op: 'add', attr: 'mayContain', values: GROUP_MAY_CONTAIN }]),
    ...Object.entries(AUXILIARY_CLASSES_OF).map(([structural, aux]) =>
      ldifModify(`CN=${structural},${schemaDn}`, [{ op: 'add', attr: 'auxiliaryClass', values: aux }]),
    ),
  ].join('');

  return { attributes, classes, addedAttributes: added.map((row) => row.ldapName) };
}

/** A GUID string in the mixed-endian byte order AD stores (first three groups little-endian). */
function guidBytes(guid: string): Buffer {
  const hex = guid.replace(/-/g, '');
  const swap = (s: string) => s.match(/../g)?.reverse().join('') ?? '';
  return Buffer.from(
    swap(hex.slice(0, 8)) + swap(hex.slice(8, 12)) + swap(hex.slice(12, 16)) + hex.slice(16),
    'hex',
  );
}

if (import.meta.main) {
  const [tsvPath, schemaDn, attributesOut, classesOut] = process.argv.slice(2);
  if (!tsvPath || !schemaDn || !attributesOut || !classesOut) {
    throw new Error('usage: exchange-schema-ldif.ts <tsv> <schemaDn> <attributes.ldif> <classes.ldif>');
  }
  const ldif = buildExchangeSchemaLdif(readFileSync(tsvPath, 'utf8'), schemaDn);
  writeFileSync(attributesOut, ldif.attributes);
  writeFileSync(classesOut, ldif.classes);
  console.error(`schema LDIF: ${ldif.addedAttributes.length} attributes`);
}
