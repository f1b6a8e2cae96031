// Regenerates resources/sample-directory.json.gz, the bundled sample directory: the test seed's
// organisation (build/scripts/sample/sample-entries.ts) plus the schema facts its property sheets
// need (attribute definitions, what each class allows), read from the test DC, whose schema the
// seed extended with the Exchange attributes. Needs the test DC: npm run dc:up.
//
// node build/scripts/make-sample-directory.ts

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadDcFacts } from '../../e2e/dc/facts.ts';
import { allowedKey } from '../../src-main/cache/cache-keeper.ts';
import { toStored } from '../../src-main/cache/stored-entry.ts';
import { DirectorySession } from '../../src-main/directory/session.ts';
import { kindOf } from '../../src-main/directory/rows.ts';
import type { AttributeDefinition } from '../../src-main/directory/schema.ts';
import { SAMPLE_FILE_NAME, type SampleSnapshot } from '../../src-main/sample/snapshot.ts';
import { SAMPLE_DNS_NAME, SAMPLE_DOMAIN_DN } from '../../src-preload/shared/sample-directory.ts';
import { repoRoot } from './run.ts';
import { buildSampleEntries } from './sample/sample-entries.ts';

const facts = loadDcFacts();
const session = await DirectorySession.connect(
  {
    host: facts.host,
    port: facts.ldapsPort,
    security: 'ldaps',
    bindIdentity: facts.admin.upn,
    caPem: readFileSync(facts.caFile, 'utf8'),
    readOnly: true,
  },
  facts.admin.password,
);
try {
  const { entries, upnSuffixes, highestUsn } = buildSampleEntries((a) => session.schema.isBinary(a));

  // What each class chain of the sample allows, from an object of the same classes on the DC.
  const allowed: Record<string, string[]> = {};
  for (const entry of entries) {
    const key = allowedKey(entry.objectClass).slice('allowed:'.length);
    if (allowed[key] !== undefined) continue;
    const structural = entry.objectClass.at(-1) ?? 'top';
    const [twin] = await session
      .search({
        base: facts.domainDn,
        scope: 'sub',
        filter: `(objectClass=${structural})`,
        attributes: ['objectClass'],
        limit: 50,
      })
      .then((found) => found.filter((e) => e.objectClass.join(',').toLowerCase() === key));
    if (twin === undefined) throw new Error(`No object on the test DC has the classes ${key}`);
    allowed[key] = (await session.allowedAttributes(twin)).sort();
  }
  const names = new Set(
    Object.values(allowed)
      .flat()
      .map((n) => n.toLowerCase()),
  );
  const attributes: AttributeDefinition[] = [];
  for (const name of [...names].sort()) {
    const definition = session.schema.attribute(name);
    if (definition) attributes.push(definition);
  }

  const root = session.rootDse;
  const content = {
    rootDse: {
      defaultNamingContext: SAMPLE_DOMAIN_DN,
      configurationNamingContext: `CN=Configuration,${SAMPLE_DOMAIN_DN}`,
      schemaNamingContext: `CN=Schema,CN=Configuration,${SAMPLE_DOMAIN_DN}`,
      rootDomainNamingContext: SAMPLE_DOMAIN_DN,
      namingContexts: [SAMPLE_DOMAIN_DN],
      dnsHostName: `dc1.${SAMPLE_DNS_NAME}`,
      domainFunctionality: root.domainFunctionality,
      forestFunctionality: root.forestFunctionality,
      domainControllerFunctionality: root.domainControllerFunctionality,
      highestCommittedUSN: String(highestUsn),
      supportedControl: [],
      domainDnsName: SAMPLE_DNS_NAME,
      domainNetbiosName: 'SAMPLE',
      upnSuffixes,
    },
    attributes,
    allowed,
    entries: entries.map((entry) => ({ dn: entry.dn, guid: entry.guid, ...toStored(entry) })),
  };
  const id = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
  const snapshot: SampleSnapshot = { format: 1, id, generatedAt: new Date().toISOString(), ...content };
  const file = resolve(repoRoot, 'resources', SAMPLE_FILE_NAME);
  const packed = gzipSync(JSON.stringify(snapshot), { level: 9 });
  writeFileSync(file, packed);
  const count = (kind: string) => entries.filter((e) => kindOf(e.objectClass) === kind).length;
  console.log(
    `${file}: ${entries.length} objects (${count('user')} users, ${count('group')} groups, ${count('contact')} contacts, ${count('ou')} OUs), ${attributes.length} attribute definitions, ${(packed.length / 1024).toFixed(0)} KB`,
  );
} finally {
  await session.close();
}
