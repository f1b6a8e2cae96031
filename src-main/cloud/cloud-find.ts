// Finds AD objects' cloud users in Entra Connect's match order (shared/cloud/match.ts), the
// cheaper of two ways by round trips:
// - per object, in $batch requests of 20: every object's ImmutableId first, then only the
//   unmatched ones by UPN, then by primary SMTP address; at least ceil(N/20) requests;
// - one listing of every cloud user (pages of 999, Graph's most for users), matched here in the
//   same order; ceil(users/999) requests whatever N is.
// For one object's Cloud tab the batch wins; for a whole directory against a tenant of similar
// size the listing wins by ~50x (20,000 objects: 1,000 batches against ~41 pages). The listing's
// first page carries the tenant's user count ($count with ConsistencyLevel: eventual), so the
// choice costs at most that one page when the batches turn out cheaper.

import {
  matchCandidates,
  matchFilter,
  type AdAnchor,
  type MatchBy,
} from '../../src-preload/shared/cloud/match.ts';
import type { GraphApi } from './graph-api.ts';

export interface CloudMatch<U> {
  by: MatchBy;
  user: U;
}

interface Listed {
  id: string;
  userPrincipalName?: string | null;
  onPremisesImmutableId?: string | null;
  proxyAddresses?: string[] | null;
}

const BATCH = 20;
const PAGE = 999;
const ORDER: readonly MatchBy[] = ['immutableId', 'userPrincipalName', 'proxyAddress'];

/** `select` lists the user properties wanted back (id is always there). */
export async function findCloudUsers<U extends { id: string }>(
  api: GraphApi,
  objects: readonly AdAnchor[],
  select: string,
): Promise<(CloudMatch<U> | null)[]> {
  const batches = Math.ceil(objects.length / BATCH);
  if (batches <= 1) return byBatches<U>(api, objects, select);
  const fields = new Set([
    'id',
    ...select.split(','),
    'userPrincipalName',
    'onPremisesImmutableId',
    'proxyAddresses',
  ]);
  const first = await api.get<{ value: U[]; '@odata.count'?: number; '@odata.nextLink'?: string }>(
    `/users?$select=${[...fields].join(',')}&$top=${PAGE}&$count=true`,
    { advanced: true },
  );
  const total = first['@odata.count'];
  const pagesLeft = total === undefined ? Infinity : Math.ceil(total / PAGE) - 1;
  if (pagesLeft > batches) return byBatches<U>(api, objects, select);
  const next = first['@odata.nextLink'];
  const users = [...first.value, ...(next ? await api.list<U>(next, { advanced: true }) : [])];
  return byListing(objects, users);
}

async function byBatches<U extends { id: string }>(
  api: GraphApi,
  objects: readonly AdAnchor[],
  select: string,
): Promise<(CloudMatch<U> | null)[]> {
  const results: (CloudMatch<U> | null)[] = objects.map(() => null);
  const candidates = objects.map((o) => matchCandidates(o));
  for (const by of ORDER) {
    const pending = candidates
      .map((c, index) => ({ index, c: c.find((x) => x.by === by) }))
      .filter(
        (p): p is { index: number; c: NonNullable<typeof p.c> } =>
          p.c !== undefined && results[p.index] === null,
      );
    if (pending.length === 0) continue;
    const paths = pending.map(
      (p) => `/users?$filter=${encodeURIComponent(matchFilter(p.c))}&$select=${select}`,
    );
    const answers = await api.getMany<{ value: U[] }>(paths, { advanced: true });
    answers.forEach((a, i) => {
      const user = a.body?.value[0];
      const index = pending[i]?.index;
      if (user && index !== undefined) results[index] = { by, user };
    });
  }
  return results;
}

/** The same match as the per-object filters, over the listed users; Graph compares these ignoring case. */
function byListing<U extends { id: string }>(
  objects: readonly AdAnchor[],
  users: readonly U[],
): (CloudMatch<U> | null)[] {
  const index: Record<MatchBy, Map<string, U>> = {
    immutableId: new Map(),
    userPrincipalName: new Map(),
    proxyAddress: new Map(),
  };
  const add = (map: Map<string, U>, key: string | null | undefined, user: U) => {
    // Keep the first, as the filter's value[0] would.
    if (key && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), user);
  };
  for (const user of users) {
    const u = user as unknown as Listed;
    add(index.immutableId, u.onPremisesImmutableId, user);
    add(index.userPrincipalName, u.userPrincipalName, user);
    for (const p of u.proxyAddresses ?? []) add(index.proxyAddress, p, user);
  }
  return objects.map((o) => {
    for (const c of matchCandidates(o)) {
      const user = index[c.by].get(c.value.toLowerCase());
      if (user) return { by: c.by, user };
    }
    return null;
  });
}
