// Test-only: a stateful Microsoft Graph v1.0 stand-in over HTTPS on 127.0.0.1. Every request and
// response body is checked against JSON Schemas derived from the CSDL; a mismatch is recorded in
// `violations` (tests assert it stays empty) and answered 500 so the caller cannot miss it.
// Behaviour as real Graph (../shared/reference/graph.md): 429 + Retry-After on demand, 404 for a
// while after a create, advanced queries refused without ConsistencyLevel: eventual + $count=true,
// writes of synced objects refused with the real error, $batch of at most 20.

import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { collectionSchema, schemaFor, validate, type JsonSchema } from './csdl-schema.ts';
import { assignLicense, restoreDeleted, syncBehaviorRoute } from './action-routes.ts';
import { handleAuthorize, handleLogin, newLoginState, type LoginState } from './login-routes.ts';
import { matcher, select } from './graph-query.ts';
import { makeTestCert } from './test-cert.ts';

export type Entity = Record<string, unknown> & { id: string };
const G = 'microsoft.graph.';

export type RouteReply = Reply & { schema?: JsonSchema };

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}
interface Req {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: unknown;
}

const ENTITY_SETS: Record<string, string> = {
  users: 'user',
  groups: 'group',
  contacts: 'orgContact',
  domains: 'domain',
  organization: 'organization',
  subscribedSkus: 'subscribedSku',
};

/** User properties the cloud masters even on a synced user. */
const CLOUD_MASTERED = new Set(['usageLocation']);

/** Properties whose filters Graph treats as "advanced" (graph.md). */
const ADVANCED = /\bonPremisesImmutableId eq|\bonPremisesSyncEnabled ne|endsWith\(|\bne\b|\bnot\(/;

export class GraphTestServer {
  readonly caPem: string;
  readonly sets = new Map<string, Map<string, Entity>>();
  readonly deleted = new Map<string, Entity>();
  /** onPremisesSyncBehavior.isCloudManaged by object id (absent: false, AD is the source). */
  readonly cloudManaged = new Map<string, boolean>();
  readonly violations: string[] = [];
  /** Every request seen (batch parts included), for tests that count round trips. */
  readonly requests: { method: string; path: string }[] = [];
  #server: Server;
  #throttle: { remaining: number; retryAfter: number; match: RegExp } | null = null;
  #hiddenUntil = new Map<string, number>();
  /** How long a created object stays invisible to reads (eventual consistency). */
  invisibleAfterCreateMs = 0;
  #schemas = new Map<string, JsonSchema>();
  url = '';
  login!: LoginState;

  private constructor(caPem: string, server: Server) {
    this.caPem = caPem;
    this.#server = server;
    for (const set of Object.keys(ENTITY_SETS)) this.sets.set(set, new Map());
  }

  static async start(): Promise<GraphTestServer> {
    const cert = makeTestCert();
    let self: GraphTestServer | null = null;
    const server = createServer({ cert: cert.certPem, key: cert.keyPem }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.headers))
          if (typeof v === 'string') headers[k.toLowerCase()] = v;
        if ((req.url ?? '').startsWith('/login/') && req.method === 'GET') {
          const url = new URL(req.url ?? '/', 'https://127.0.0.1');
          const page = handleAuthorize(self!.login, url.pathname, url.searchParams);
          res.writeHead(page.status, { 'content-type': 'text/html; charset=utf-8' });
          res.end(page.html);
          return;
        }
        if ((req.url ?? '').startsWith('/login/')) {
          const r = handleLogin(
            self!.login,
            new URL(req.url ?? '/', 'https://127.0.0.1').pathname,
            new URLSearchParams(text),
          );
          res.writeHead(r.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(r.body));
          return;
        }
        let body: unknown = undefined;
        try {
          body = text === '' ? undefined : JSON.parse(text);
        } catch {
          body = text;
        }
        let reply: Reply;
        try {
          reply = self!.handle({
            method: req.method ?? 'GET',
            url: new URL(req.url ?? '/', 'https://127.0.0.1'),
            headers,
            body,
          });
        } catch (e) {
          // A bug in the stand-in must fail the test at once, not leave the client waiting.
          self!.violations.push(`server error: ${e instanceof Error ? e.message : String(e)}`);
          reply = error(500, 'InternalServerError', String(e));
        }
        const out = reply.body === undefined ? '' : JSON.stringify(reply.body);
        res.writeHead(reply.status, {
          ...(out ? { 'content-type': 'application/json' } : {}),
          ...reply.headers,
        });
        res.end(out);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    self = new GraphTestServer(cert.caPem, server);
    self.url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    self.seedTenant();
    self.login = newLoginState([...self.sets.get('organization')!.keys()][0] ?? randomUUID());
    return self;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** The next `count` requests whose path matches answer 429 with this Retry-After. */
  throttleNext(count: number, retryAfterSeconds: number, match = /./): void {
    this.#throttle = { remaining: count, retryAfter: retryAfterSeconds, match };
  }

  /** A contoso tenant: verified domains, directory sync on, two SKUs. */
  seedTenant(): void {
    const domains = this.sets.get('domains')!;
    for (const [id, isDefault, isInitial] of [
      ['contoso.com', true, false],
      ['contoso.onmicrosoft.com', false, true],
      ['contoso.mail.onmicrosoft.com', false, false],
    ] as const)
      domains.set(id, { id, isDefault, isInitial, isVerified: true, authenticationType: 'Managed' });
    const orgId = randomUUID();
    this.sets.get('organization')!.set(orgId, {
      id: orgId,
      displayName: 'Contoso',
      onPremisesSyncEnabled: true,
      onPremisesLastSyncDateTime: new Date(Date.now() - 20 * 60_000).toISOString(),
      verifiedDomains: [...domains.values()].map((d) => ({
        name: d.id,
        isDefault: d.isDefault,
        isInitial: d.isInitial,
        capabilities: 'Email',
        type: 'Managed',
      })),
    });
    const skus = this.sets.get('subscribedSkus')!;
    for (const [skuPartNumber, skuId, enabled, consumed] of [
      ['ENTERPRISEPACK', '6fd2c87f-b296-42f0-b197-1e91e994b900', 25, 3],
      ['EXCHANGESTANDARD', '4b9405b0-7788-4568-add1-99614e613b69', 10, 0],
    ] as const) {
      const id = `${orgId}_${skuId}`;
      skus.set(id, {
        id,
        skuId,
        skuPartNumber,
        consumedUnits: consumed,
        capabilityStatus: 'Enabled',
        appliesTo: 'User',
        prepaidUnits: { enabled, suspended: 0, warning: 0, lockedOut: 0 },
      });
    }
  }

  /** Adds an object as Entra Connect would have synced it (see ad-import.ts). */
  put(set: string, entity: Entity): Entity {
    this.sets.get(set)!.set(entity.id, entity);
    return entity;
  }

  #schema(key: string, make: () => JsonSchema): JsonSchema {
    let s = this.#schemas.get(key);
    if (!s) {
      s = make();
      this.#schemas.set(key, s);
    }
    return s;
  }

  /** Validates a body against a cached schema, recording any mismatch (for the route modules). */
  conforms(what: string, key: string, make: () => JsonSchema, value: unknown): boolean {
    return this.#check(what, this.#schema(key, make), value).length === 0;
  }

  /** A cached schema, for the route modules' responses. */
  schema(key: string, make: () => JsonSchema): JsonSchema {
    return this.#schema(key, make);
  }

  #check(what: string, schema: JsonSchema, value: unknown): string[] {
    const problems = validate(schema, value).map((p) => `${what}: ${p}`);
    this.violations.push(...problems);
    return problems;
  }

  handle(req: Req): Reply {
    const path = req.url.pathname.replace(/^\/v1\.0/, '');
    this.requests.push({ method: req.method, path });
    if (this.#throttle && this.#throttle.remaining > 0 && this.#throttle.match.test(path)) {
      this.#throttle.remaining--;
      return error(429, 'TooManyRequests', 'Too many requests.', {
        'Retry-After': String(this.#throttle.retryAfter),
      });
    }
    if (!/^bearer \S+/i.test(req.headers.authorization ?? ''))
      return error(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    if (path === '/$batch' && req.method === 'POST') return this.#batch(req);
    const reply = this.#route(req, path);
    if (reply.body !== undefined && reply.status < 300 && reply.schema) {
      if (this.#check(`${req.method} ${path} response`, reply.schema, reply.body).length > 0)
        return error(500, 'SchemaMismatch', this.violations.at(-1) ?? '');
    }
    return reply;
  }

  #batch(req: Req): Reply {
    const body = req.body as {
      requests?: {
        id: string;
        method: string;
        url: string;
        body?: unknown;
        headers?: Record<string, string>;
      }[];
    };
    const parts = body?.requests ?? [];
    if (parts.length > 20)
      return error(400, 'BadRequest', 'Number of batch request steps exceeds the maximum of 20.');
    const responses = parts.map((p) => {
      const url = new URL(p.url.startsWith('/') ? p.url : `/${p.url}`, 'https://127.0.0.1');
      const headers = {
        authorization: req.headers.authorization ?? '',
        ...Object.fromEntries(Object.entries(p.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
      };
      const r = this.handle({ method: p.method, url, headers, body: p.body });
      return { id: p.id, status: r.status, headers: r.headers ?? {}, body: r.body };
    });
    return { status: 200, body: { responses } };
  }

  #route(req: Req, path: string): Reply & { schema?: JsonSchema } {
    const seg = path.split('/').filter(Boolean).map(decodeURIComponent);
    if (seg[0] === 'directory' && seg[1] === 'onPremisesSynchronization') {
      const id = [...this.sets.get('organization')!.keys()][0] ?? '';
      const value = [
        {
          id,
          features: {
            blockCloudObjectTakeoverThroughHardMatchEnabled: this.blockHardMatchTakeover,
            softMatchOnUpnEnabled: true,
          },
        },
      ];
      return {
        status: 200,
        body: { value },
        schema: this.#schema('c:sync', () => collectionSchema(`${G}onPremisesDirectorySynchronization`)),
      };
    }
    if (seg[0] === 'directory' && seg[1] === 'deletedItems') {
      const item = seg[2] ? this.deleted.get(seg[2]) : undefined;
      if (seg[2] && seg[2] !== `${G}user` && !item) return notFound(seg[2]);
      if (item && (seg[3] === 'restore' || seg[3] === `${G}restore`) && req.method === 'POST')
        return restoreDeleted(this, item, req.body);
      if (seg[2] === 'microsoft.graph.user' || seg.length === 2)
        return {
          status: 200,
          body: { value: [...this.deleted.values()].map((e) => select(e, req.url)) },
          schema: this.#schema('c:user', () => collectionSchema(`${G}user`)),
        };
      if (item)
        return {
          status: 200,
          body: select(item, req.url),
          schema: this.#schema('e:user', () => schemaFor(`${G}user`)),
        };
    }
    const setName = seg[0] ?? '';
    const typeName = ENTITY_SETS[setName];
    if (!typeName) return error(400, 'BadRequest', `Resource not found for the segment '${setName}'.`);
    const set = this.sets.get(setName)!;
    const entitySchema = this.#schema(`e:${typeName}`, () => schemaFor(G + typeName));
    if (seg.length === 1 && req.method === 'GET') return this.#list(req, set, typeName);
    if (seg.length === 1 && req.method === 'POST') {
      if (
        this.#check(
          `POST /${setName} request`,
          this.#schema(`p:${typeName}`, () => schemaFor(G + typeName, { partial: true })),
          req.body,
        ).length > 0
      )
        return error(400, 'Request_BadRequest', this.violations.at(-1) ?? '');
      const entity = { ...(req.body as object), id: randomUUID() } as Entity;
      set.set(entity.id, entity);
      if (this.invisibleAfterCreateMs > 0)
        this.#hiddenUntil.set(entity.id, Date.now() + this.invisibleAfterCreateMs);
      return { status: 201, body: entity, schema: entitySchema };
    }
    const key = seg[1] ?? '';
    const entity = set.get(key) ?? [...set.values()].find((e) => e.userPrincipalName === key);
    const hidden = entity ? (this.#hiddenUntil.get(entity.id) ?? 0) > Date.now() : false;
    if (!entity || hidden) return notFound(key);
    if (seg[2] === 'onPremisesSyncBehavior' && seg.length === 3 && setName !== 'domains')
      return syncBehaviorRoute(this, entity, req.method, req.body);
    if (seg.length === 2 && req.method === 'GET')
      return { status: 200, body: select(entity, req.url), schema: entitySchema };
    if (seg.length === 2 && req.method === 'PATCH') {
      if (
        this.#check(
          `PATCH /${setName} request`,
          this.#schema(`p:${typeName}`, () => schemaFor(G + typeName, { partial: true })),
          req.body,
        ).length > 0
      )
        return error(400, 'Request_BadRequest', this.violations.at(-1) ?? '');
      // A synced object is read-only in the cloud unless its source of authority moved there.
      // usageLocation is mastered in the cloud even for synced users (licences need it).
      const cloudOnly = Object.keys(req.body as object).every((k) => CLOUD_MASTERED.has(k));
      if (entity.onPremisesSyncEnabled === true && this.cloudManaged.get(entity.id) !== true && !cloudOnly)
        return error(
          400,
          'Request_BadRequest',
          'Unable to update the specified properties for on-premises mastered Directory Sync objects or objects currently undergoing migration.',
          {},
          'AzureActiveDirectoryCannotUpdateObjectsOriginatedInExternalService',
        );
      Object.assign(entity, req.body);
      return { status: 204 };
    }
    if (seg.length === 2 && req.method === 'DELETE') {
      set.delete(entity.id);
      if (setName === 'users')
        this.deleted.set(entity.id, { ...entity, deletedDateTime: new Date().toISOString() });
      return { status: 204 };
    }
    if (seg[2] === 'assignLicense' && req.method === 'POST' && setName === 'users')
      return assignLicense(this, entity, req.body);
    return error(400, 'BadRequest', `Unsupported request ${req.method} ${path}.`);
  }

  blockHardMatchTakeover = false;

  #list(req: Req, set: Map<string, Entity>, typeName: string): Reply & { schema?: JsonSchema } {
    const q = req.url.searchParams;
    const filter = q.get('$filter') ?? '';
    const count = q.get('$count') === 'true';
    const advanced = ADVANCED.test(filter) || q.has('$search');
    const eventual = (req.headers.consistencylevel ?? '').toLowerCase() === 'eventual';
    if (advanced && !(count && eventual))
      return error(
        400,
        'Request_UnsupportedQuery',
        'Unsupported or invalid query filter clause specified for property of resource.',
      );
    let items = [...set.values()].filter((e) => (this.#hiddenUntil.get(e.id) ?? 0) <= Date.now());
    if (filter !== '') {
      const match = matcher(filter);
      if (!match) return error(400, 'Request_UnsupportedQuery', `Unsupported filter: ${filter}`);
      items = items.filter(match);
    }
    const top = Math.min(Number(q.get('$top') ?? '100') || 100, 999);
    const skip = Number(q.get('$skiptoken') ?? '0');
    const page = items.slice(skip, skip + top).map((e) => select(e, req.url));
    const body: Record<string, unknown> = { value: page };
    // Graph counts directory objects only with ConsistencyLevel: eventual; without it $count is ignored.
    if (count && eventual) body['@odata.count'] = items.length;
    if (skip + top < items.length) {
      const next = new URL(req.url.href.replace('https://127.0.0.1', this.url));
      next.searchParams.set('$skiptoken', String(skip + top));
      body['@odata.nextLink'] = next.href;
    }
    return { status: 200, body, schema: this.#schema(`c:${typeName}`, () => collectionSchema(G + typeName)) };
  }
}

export function error(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
  detailCode?: string,
  target = 'id',
): Reply {
  return {
    status,
    headers,
    body: {
      error: {
        code,
        message,
        ...(detailCode ? { details: [{ code: detailCode, message, target }] } : {}),
        innerError: { date: new Date().toISOString(), 'request-id': randomUUID() },
      },
    },
  };
}

export function notFound(id: string): Reply {
  return error(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
}
