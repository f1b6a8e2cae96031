import { readFileSync } from 'node:fs';
import { Client } from 'ldapts';
import type { DcFacts } from '../dc/facts.ts';

export interface OuSize {
  dn: string;
  /** The OU's name as the tree shows it. */
  name: string;
  /** Objects one level under it: the rows its list shows. */
  count: number;
}

/**
 * The OU with the most objects directly under it, whatever the DC was seeded with (the 20,000-user
 * bulk OU after `npm run bench`'s seed, the field staff OU of the default seed): the list tests and
 * the list bench run against "the big OU" without naming it.
 */
export async function largestOu(facts: DcFacts): Promise<OuSize> {
  const client = new Client({
    url: `ldaps://${facts.host}:${facts.ldapsPort}`,
    tlsOptions: { ca: [readFileSync(facts.caFile)] },
  });
  await client.bind(facts.admin.dn, facts.admin.password);
  try {
    const { searchEntries: ous } = await client.search(facts.domainDn, {
      scope: 'sub',
      filter: '(objectClass=organizationalUnit)',
      attributes: ['ou'],
      paged: { pageSize: 1000 },
    });
    let best: OuSize = { dn: facts.domainDn, name: facts.domainDn, count: -1 };
    for (const ou of ous) {
      const { searchEntries } = await client.search(ou.dn, {
        scope: 'one',
        attributes: ['1.1'],
        paged: { pageSize: 1000 },
      });
      if (searchEntries.length > best.count)
        best = { dn: ou.dn, name: String(ou['ou']), count: searchEntries.length };
    }
    return best;
  } finally {
    await client.unbind();
  }
}
