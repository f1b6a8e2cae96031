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
