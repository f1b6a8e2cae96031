import { readFileSync } from 'node:fs';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import * as tls from 'node:tls';
import type { DcFacts } from '../dc/facts.ts';

/**
 * A TLS-terminating relay between the app and the test DC, for tests of dropped connections. It
 * presents the DC's own certificate (so the app's validation passes unchanged), reads the LDAP
 * messages in clear and can cut the connection at an exact protocol moment: after the DC has
 * answered a given operation but before that answer reaches the app ("the modify landed, the
 * reply was lost"), or as soon as a request arrives. No timing guesses.
 *
 * It can also stall: a black-holed network (a VPN that hangs, a firewall dropping packets) closes
 * nothing, it just stops answering. Only the app's own timeouts can notice that.
 */

/** LDAP protocolOp tags (RFC 4511, [APPLICATION n]). */
export const LDAP_OP = {
  searchRequest: 0x63,
  modifyRequest: 0x66,
  modifyResponse: 0x67,
  addRequest: 0x68,
  addResponse: 0x69,
  delRequest: 0x4a,
  modDNRequest: 0x6c,
  modDNResponse: 0x6d,
} as const;

export interface LdapRelay {
  port: number;
  /** Refuse new connections and drop live ones (the network is gone). */
  block(): void;
  unblock(): void;
  /** The next time the DC answers an operation with this response tag, drop the link instead. */
  cutOnNextResponse(responseTag: number): Promise<void>;
  /** The next time the app sends a request with this tag, drop the link before the DC sees it. */
  cutOnNextRequest(requestTag: number): Promise<void>;
  /**
   * Black-hole the link: every open socket stays open but what arrives on it vanishes, in both
   * directions, from now on and also after resume() (as a NAT entry that timed out meanwhile).
   * New connections are accepted by the kernel but never get a TLS handshake.
   */
  stall(): void;
  /** The network is back: new connections work again; connections from before stay dead. */
  resume(): void;
  /** How many requests with this tag the app has sent through the relay so far. */
  requestsSent(requestTag: number): number;
  close(): Promise<void>;
}

interface CutRule {
  direction: 'request' | 'response';
  tag: number;
  done: () => void;
}

export async function startLdapRelay(facts: DcFacts): Promise<LdapRelay> {
  const dir = dirname(facts.caFile);
  const key = readFileSync(join(dir, 'key.pem'));
  const cert = readFileSync(join(dir, 'cert.pem'));
  const ca = readFileSync(facts.caFile);
  const live = new Set<net.Socket>();
  // Sockets whose bytes vanish: every socket open when stall() was called, and any accepted after.
  const dead = new WeakSet<net.Socket>();
  let blocked = false;
  let stalled = false;
  let rules: CutRule[] = [];
  const sent = new Map<number, number>();
  const countRequest = (tag: number) => sent.set(tag, (sent.get(tag) ?? 0) + 1);

  const dropAll = () => {
    for (const socket of live) socket.destroy();
  };
  const takeRule = (direction: CutRule['direction'], tags: number[]): CutRule | undefined => {
    const rule = rules.find((r) => r.direction === direction && tags.includes(r.tag));
    if (rule) rules = rules.filter((r) => r !== rule);
    return rule;
  };

  const track = (socket: net.Socket) => {
    live.add(socket);
    socket.on('close', () => live.delete(socket));
    socket.on('error', () => undefined);
  };
  const secureContext = tls.createSecureContext({ key, cert });

  // TLS by hand over a plain listener, so a stalled relay can take a connection and say nothing.
  const server = net.createServer((raw) => {
    if (blocked) {
      raw.destroy();
      return;
    }
    track(raw);
    if (stalled) {
      dead.add(raw);
      raw.on('data', () => undefined);
      return;
    }
    const client = new tls.TLSSocket(raw, { isServer: true, secureContext });
    track(client);
    client.once('secure', () => {
      // Stalled while the handshake was under way: the handshake got through, nothing else will.
      if (dead.has(client)) {
        client.on('data', () => undefined);
        return;
      }
      const upstream = tls.connect({ host: facts.host, port: facts.ldapsPort, ca, servername: 'localhost' });
      track(upstream);
      const isDead = () => dead.has(client);
      forward(client, upstream, isDead, (tags) => takeRule('request', tags), dropAll, countRequest);
      forward(upstream, client, isDead, (tags) => takeRule('response', tags), dropAll);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const waitFor = (direction: CutRule['direction'], tag: number) =>
    new Promise<void>((resolve) => rules.push({ direction, tag, done: resolve }));

  return {
    port,
    block() {
      blocked = true;
      dropAll();
    },
    unblock() {
      blocked = false;
    },
    stall() {
      stalled = true;
      for (const socket of live) dead.add(socket);
    },
    resume() {
      stalled = false;
    },
    cutOnNextResponse: (tag) => waitFor('response', tag),
    cutOnNextRequest: (tag) => waitFor('request', tag),
    requestsSent: (tag) => sent.get(tag) ?? 0,
    async close() {
      dropAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Pipes whole LDAP messages from one side to the other, unless a cut rule matches one or the
 * connection is dead (stalled): then they are read and dropped, as a black hole would.
 */
function forward(
  from: net.Socket,
  to: net.Socket,
  isDead: () => boolean,
  takeRule: (tags: number[]) => CutRule | undefined,
  dropAll: () => void,
  seen: (tag: number) => void = () => undefined,
): void {
  let buffer = Buffer.alloc(0);
  from.on('data', (chunk: Buffer) => {
    if (isDead()) return;
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const length = messageLength(buffer);
      if (length === null || buffer.length < length) return;
      const message = buffer.subarray(0, length);
      buffer = buffer.subarray(length);
      const tag = opTag(message);
      seen(tag);
      const rule = takeRule([tag]);
      if (rule !== undefined) {
        dropAll();
        rule.done();
        return;
      }
      to.write(message);
    }
  });
}

/** Total length of the BER SEQUENCE at the start of `buffer`, or null if its header is incomplete. */
function messageLength(buffer: Buffer): number | null {
  if (buffer.length < 2) return null;
  const first = buffer[1]!;
  if (first < 0x80) return 2 + first;
  const bytes = first & 0x7f;
  if (buffer.length < 2 + bytes) return null;
  let length = 0;
  for (let i = 0; i < bytes; i++) length = length * 256 + buffer[2 + i]!;
  return 2 + bytes + length;
}

/** The protocolOp tag of an LDAPMessage: after the SEQUENCE header and the messageID INTEGER. */
function opTag(message: Buffer): number {
  const first = message[1]!;
  const headerLength = first < 0x80 ? 2 : 2 + (first & 0x7f);
  const idLength = message[headerLength + 1]!;
  return message[headerLength + 2 + idLength]!;
}
