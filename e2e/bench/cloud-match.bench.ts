// Matching a directory's users against the cloud: the N users of the DC's biggest OU (the 20,000
// bulk users after `npm run bench`'s seed) imported into the Graph test server as Entra Connect
// syncs them, plus as many cloud-only users, then every AD user found with lookUpCloudUsers.
//   BENCH cloud-match requests=<sent> minimum=<fewest possible> ratio=<sent/minimum> seconds=<s> count=<N>
// The fewest possible is the cheaper of the two ways Graph allows: ceil(N/20) $batch requests of
// per-object filters, or ceil(cloud users/999) pages of a listing (999 is Graph's most for users).
// Goal: ratio <= 1.1. Run by `npm run bench`, or alone against the running DC:
//   npx node e2e/bench/cloud-match.bench.ts

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'ldapts';
import { loadDcFacts } from '../dc/facts.ts';
import { importAdUsers } from '../graph/ad-import.ts';
import { GraphTestServer } from '../graph/graph-server.ts';
import { largestOu } from '../support/largest-ou.ts';
import { lookUpCloudUsers } from '../../src-main/cloud/cloud-lookup.ts';
import { createGraphApi } from '../../src-main/cloud/graph-api.ts';
import { SYNC_READ_ATTRIBUTES, syncSourceOf } from '../../src-main/cloud/sync-source.ts';
import { toEntry } from '../../src-main/directory/entry.ts';
import { adValues, outOfSyncScope } from '../../src-preload/shared/cloud/sync-attributes.ts';

const facts = loadDcFacts();
const ou = await largestOu(facts);
const ldap = new Client({
  url: `ldaps://${facts.host}:${facts.ldapsPort}`,
  tlsOptions: { ca: [readFileSync(facts.caFile)] },
  timeout: 120_000,
});
await ldap.bind(facts.admin.dn, facts.admin.password);
const server = await GraphTestServer.start();
try {
  const ids = await importAdUsers(server, ldap, ou.dn);
  const { searchEntries } = await ldap.search(ou.dn, {
    scope: 'sub',
    filter: '(&(objectCategory=person)(objectClass=user))',
    attributes: [...SYNC_READ_ATTRIBUTES],
    explicitBufferAttributes: ['objectGUID', 'mS-DS-ConsistencyGuid'],
    paged: { pageSize: 1000 },
  });
  const anchors = searchEntries
    .map((raw) => syncSourceOf(toEntry(raw)))
    .filter((s) => s.objectGuid !== '' && outOfSyncScope(s) === null)
    .map((s) => ({
      objectGuid: s.objectGuid,
      consistencyGuid: s.consistencyGuid ?? null,
      userPrincipalName: adValues(s, 'userPrincipalName')[0] ?? null,
      proxyAddresses: adValues(s, 'proxyAddresses'),
    }));
  const n = anchors.length;
  if (n !== ids.size) throw new Error(`Imported ${ids.size} users but read ${n} anchors`);
  // As many cloud-only users, with their own names and addresses: the tenant is twice the directory.
  for (let i = 0; i < n; i++)
    server.put('users', {
      id: randomUUID(),
      displayName: `Cloud only ${i}`,
      userPrincipalName: `cloudonly${i}@contoso.com`,
      mailNickname: `cloudonly${i}`,
      proxyAddresses: [`SMTP:cloudonly${i}@contoso.com`, `smtp:cloudonly${i}@contoso.onmicrosoft.com`],
      onPremisesImmutableId: null,
      onPremisesSyncEnabled: null,
      onPremisesProvisioningErrors: [],
      assignedLicenses: [],
      usageLocation: null,
    });
  const cloudUsers = server.sets.get('users')!.size;

  const api = createGraphApi({
    baseUrl: server.url,
    caPem: server.caPem,
    getToken: () => Promise.resolve('bench'),
  });
  const start = performance.now();
  const views = await lookUpCloudUsers(api, anchors);
  const seconds = (performance.now() - start) / 1000;
  const sent = api.requestCount;
  const matched = views.filter((v) => v.found && v.matchedBy === 'immutableId').length;
  if (matched !== n) throw new Error(`Only ${matched} of ${n} AD users matched by ImmutableId`);
  if (server.violations.length > 0) throw new Error(`CSDL violations: ${server.violations.join('; ')}`);
  const byBatch = Math.ceil(n / 20);
  const byPaging = Math.ceil(cloudUsers / 999);
  const minimum = Math.min(byBatch, byPaging);
  console.log(
    `cloud-match: ${n} AD users in ${ou.name} against ${cloudUsers} cloud users; the batch way needs ${byBatch} requests, the listing ${byPaging}`,
  );
  console.log(
    `BENCH cloud-match requests=${sent} minimum=${minimum} ratio=${(sent / minimum).toFixed(3)} seconds=${seconds.toFixed(3)} count=${n}`,
  );
} finally {
  await server.stop();
  await ldap.unbind();
}
