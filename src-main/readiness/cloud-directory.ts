import type { CloudDirectoryObject } from '../../src-preload/shared/readiness/cloud-findings.ts';
import type { ProvisioningError } from '../../src-preload/shared/cloud/match.ts';
import type { GraphApi } from '../cloud/graph-api.ts';

interface GraphObject {
  id: string;
  displayName?: string | null;
  userPrincipalName?: string | null;
  mail?: string | null;
  proxyAddresses?: string[] | null;
  onPremisesImmutableId?: string | null;
  onPremisesSyncEnabled?: boolean | null;
  onPremisesProvisioningErrors?: ProvisioningError[] | null;
}

const COMMON = 'id,displayName,mail,proxyAddresses,onPremisesSyncEnabled,onPremisesProvisioningErrors';
// Each set with what it has: groups and contacts have no UPN and no ImmutableId in Graph.
const SETS = [
  { kind: 'user', path: `/users?$select=${COMMON},userPrincipalName,onPremisesImmutableId&$top=999` },
  { kind: 'group', path: `/groups?$select=${COMMON}&$top=999` },
  { kind: 'contact', path: `/contacts?$select=${COMMON}&$top=999` },
] as const;

/**
 * Every user, group and contact of the tenant with the values the sync compares, in pages of 999
 * (the most Graph gives): about 21 requests for 20,000 users, read in parallel per set.
 */
export async function readCloudDirectory(api: GraphApi): Promise<CloudDirectoryObject[]> {
  const sets = await Promise.all(
    SETS.map(async ({ kind, path }) =>
      (await api.list<GraphObject>(path)).map((o): CloudDirectoryObject => ({
        id: o.id,
        kind,
        displayName: o.displayName ?? null,
        userPrincipalName: o.userPrincipalName ?? null,
        mail: o.mail ?? null,
        proxyAddresses: o.proxyAddresses ?? [],
        onPremisesImmutableId: o.onPremisesImmutableId ?? null,
        onPremisesSyncEnabled: o.onPremisesSyncEnabled ?? null,
        provisioningErrors: o.onPremisesProvisioningErrors ?? [],
      })),
    ),
  );
  return sets.flat();
}
