// Test-only: the Graph test server's routes for the cloud actions, kept apart so graph-server.ts
// stays one job. Restore of a deleted user as the service does it: the body is the CSDL's restore
// action (autoReconcileProxyConflict, newUserPrincipalName, both optional); a live object holding
// the user's UPN or one of its addresses makes the restore fail with the service's
// ObjectConflict error unless the matching option is given. onPremisesSyncBehavior of a user,
// group or contact: GET and PATCH of isCloudManaged, bodies checked against the CSDL.

import { actionParameters, actionSchema, schemaFor } from './csdl-schema.ts';
import { error, type Entity, type GraphTestServer, type Reply, type RouteReply } from './graph-server.ts';

const G = 'microsoft.graph.';
const LIVE_SETS = ['users', 'groups', 'contacts'] as const;

/** A proxy address in the form Graph compares it: smtp addresses case-insensitively. */
function addressKey(p: string): string {
  return p.toLowerCase();
}

function conflict(property: string): Reply {
  return error(
    400,
    'Request_BadRequest',
    `Another object with the same value for property ${property} already exists.`,
    {},
    'ObjectConflict',
    property,
  );
}

export function restoreDeleted(server: GraphTestServer, item: Entity, body: unknown): RouteReply {
  const options = (body ?? {}) as {
    autoReconcileProxyConflict?: boolean | null;
    newUserPrincipalName?: string | null;
  };
  if (
    body !== undefined &&
    !server.conforms(
      'restore request',
      'a:restore',
      () => actionSchema(actionParameters('restore', `${G}directoryObject`)),
      body,
    )
  )
    return error(400, 'Request_BadRequest', server.violations.at(-1) ?? '');
  const live = LIVE_SETS.flatMap((set) => [...server.sets.get(set)!.values()]);
  const upn = options.newUserPrincipalName ?? (item.userPrincipalName as string | undefined) ?? '';
  if (live.some((e) => String(e.userPrincipalName ?? '').toLowerCase() === upn.toLowerCase()))
    return conflict('userPrincipalName');
  const held = new Set(live.flatMap((e) => ((e.proxyAddresses ?? []) as string[]).map(addressKey)));
  const proxies = (item.proxyAddresses ?? []) as string[];
  const clashing = proxies.filter((p) => held.has(addressKey(p)));
  if (clashing.length > 0 && options.autoReconcileProxyConflict !== true) return conflict('proxyAddresses');
  const restored: Entity = {
    ...item,
    userPrincipalName: upn,
    proxyAddresses: proxies.filter((p) => !clashing.includes(p)),
    deletedDateTime: null,
  };
  server.deleted.delete(item.id);
  server.sets.get('users')!.set(item.id, restored);
  return {
    status: 200,
    body: { '@odata.type': `#${G}user`, ...restored },
    schema: server.schema('e:user', () => schemaFor(`${G}user`)),
  };
}

export function syncBehaviorRoute(
  server: GraphTestServer,
  entity: Entity,
  method: string,
  body: unknown,
): RouteReply {
  if (method === 'GET')
    return {
      status: 200,
      body: { id: entity.id, isCloudManaged: server.cloudManaged.get(entity.id) ?? false },
      schema: server.schema('e:syncBehavior', () => schemaFor(`${G}onPremisesSyncBehavior`)),
    };
  if (method === 'PATCH') {
    if (
      !server.conforms(
        'PATCH onPremisesSyncBehavior request',
        'p:syncBehavior',
        () => schemaFor(`${G}onPremisesSyncBehavior`, { partial: true }),
        body,
      )
    )
      return error(400, 'Request_BadRequest', server.violations.at(-1) ?? '');
    const b = body as { isCloudManaged?: boolean };
    if (typeof b.isCloudManaged === 'boolean') server.cloudManaged.set(entity.id, b.isCloudManaged);
    return { status: 204 };
  }
  return error(400, 'BadRequest', `Unsupported request ${method} onPremisesSyncBehavior.`);
}

/**
 * assignLicense as the service does it: usage location required; a SKU with no free unit refused
 * in the service's words; the tenant's consumed units follow what is assigned and removed.
 */
export function assignLicense(server: GraphTestServer, entity: Entity, body: unknown): RouteReply {
  if (
    !server.conforms(
      'assignLicense request',
      'a:assignLicense',
      () => actionSchema(actionParameters('assignLicense', `${G}user`)),
      body,
    )
  )
    return error(400, 'Request_BadRequest', server.violations.at(-1) ?? '');
  if (!entity.usageLocation)
    return error(
      400,
      'Request_BadRequest',
      'License assignment failed because the user has an invalid usage location.',
    );
  const b = body as { addLicenses: { skuId: string }[]; removeLicenses: string[] };
  const skus = [...server.sets.get('subscribedSkus')!.values()];
  const sku = (id: string) => skus.find((s) => s.skuId === id);
  const assigned = (entity.assignedLicenses ?? []) as { skuId: string; disabledPlans: string[] }[];
  for (const add of b.addLicenses) {
    const s = sku(add.skuId);
    if (!s)
      return error(
        400,
        'Request_BadRequest',
        `License ${add.skuId} does not correspond to a valid company License.`,
      );
    const enabled = (s.prepaidUnits as { enabled: number }).enabled;
    if (!assigned.some((l) => l.skuId === add.skuId) && (s.consumedUnits as number) >= enabled)
      return error(
        400,
        'Request_BadRequest',
        `Subscription with SKU ${add.skuId} does not have any available licenses.`,
      );
  }
  const current = assigned.filter((l) => !b.removeLicenses.includes(l.skuId));
  for (const removed of assigned.filter((l) => b.removeLicenses.includes(l.skuId))) {
    const s = sku(removed.skuId);
    if (s) s.consumedUnits = (s.consumedUnits as number) - 1;
  }
  for (const add of b.addLicenses)
    if (!current.some((l) => l.skuId === add.skuId)) {
      current.push({ skuId: add.skuId, disabledPlans: [] });
      const s = sku(add.skuId)!;
      s.consumedUnits = (s.consumedUnits as number) + 1;
    }
  entity.assignedLicenses = current;
  return { status: 200, body: entity, schema: server.schema('e:user', () => schemaFor(`${G}user`)) };
}
