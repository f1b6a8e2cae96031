import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tls from 'node:tls';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src-preload/contract/errors.ts';
import { openVerifiedTls } from './tls-socket.ts';
import type { TlsExpectations } from './tls-verify.ts';

// Real TLS handshakes against throwaway servers on 127.0.0.1, with certificates made by openssl.
let dir = '';
let ca = '';
const servers: tls.Server[] = [];
type Served = 'good' | 'otherName' | 'withChain' | 'otherWithChain';
const ports: Record<Served, number> = { good: 0, otherName: 0, withChain: 0, otherWithChain: 0 };
const fingerprints: Record<'good' | 'otherName' | 'ca', string> = { good: '', otherName: '', ca: '' };

function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
}

function leaf(name: string, san: string): { key: string; cert: string } {
  writeFileSync(join(dir, `${name}.ext`), `basicConstraints=CA:FALSE\nsubjectAltName=${san}\n`);
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
    '-subj',
    `/CN=${name}`,
  );
  openssl(
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-days',
    '2',
    '-extfile',
    `${name}.ext`,
    '-out',
    `${name}.pem`,
  );
  return {
    key: readFileSync(join(dir, `${name}.key`), 'utf8'),
    cert: readFileSync(join(dir, `${name}.pem`), 'utf8'),
  };
}

async function serve(pair: { key: string; cert: string }): Promise<number> {
  const server = tls.createServer(pair, (socket) => socket.end());
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rd-tls-'));
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-subj',
    '/CN=Unit Test CA',
  );
  ca = readFileSync(join(dir, 'ca.pem'), 'utf8');
  const good = leaf('dc1.test', 'IP:127.0.0.1,DNS:localhost');
  const other = leaf('elsewhere.test', 'DNS:elsewhere.test');
  ports.good = await serve(good);
  ports.otherName = await serve(other);
  // The same leaf, sent together with its CA, as servers with an intermediate do.
  ports.withChain = await serve({ key: good.key, cert: good.cert + ca });
  ports.otherWithChain = await serve({ key: other.key, cert: other.cert + ca });
  fingerprints.good = new X509Certificate(good.cert).fingerprint256;
  fingerprints.otherName = new X509Certificate(other.cert).fingerprint256;
  fingerprints.ca = new X509Certificate(ca).fingerprint256;
}, 30_000);

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(() => {
  for (const server of servers) server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function outcome(port: number, expect: TlsExpectations): Promise<AppError | 'ok'> {
  try {
    const socket = await openVerifiedTls({ host: expect.host, port }, expect, 5000);
    socket.destroy();
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe('openVerifiedTls', () => {
  it('accepts a certificate from the given CA whose SAN matches', async () => {
    expect(await outcome(ports.good, { host: '127.0.0.1', caPem: ca })).toBe('ok');
    expect(await outcome(ports.good, { host: 'localhost', caPem: ca })).toBe('ok');
  });

  it('refuses an untrusted certificate with the facts the dialog needs', async () => {
    const error = await outcome(ports.good, { host: '127.0.0.1' });
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(e.code).toBe('TLS_UNTRUSTED');
    expect(e.details).toMatchObject({
      fingerprint256: fingerprints.good,
      subject: 'CN=dc1.test',
      issuer: 'CN=Unit Test CA',
      nameMatches: true,
    });
    expect(e.details?.san).toEqual(['IP Address:127.0.0.1', 'DNS:localhost']);
    expect(typeof e.details?.validTo).toBe('string');
  });

  it('accepts exactly the pinned certificate, in any fingerprint spelling', async () => {
    expect(await outcome(ports.good, { host: '127.0.0.1', pinnedFingerprints: [fingerprints.good] })).toBe(
      'ok',
    );
    const lower = fingerprints.good.replace(/:/g, '').toLowerCase();
    expect(await outcome(ports.good, { host: '127.0.0.1', pinnedFingerprints: [lower] })).toBe('ok');
  });

  it('does not let a pin for one certificate accept another', async () => {
    const error = await outcome(ports.good, {
      host: '127.0.0.1',
      pinnedFingerprints: [fingerprints.otherName],
    });
    expect((error as AppError).code).toBe('TLS_UNTRUSTED');
  });

  it('refuses a trusted chain that contains none of the pins', async () => {
    const error = (await outcome(ports.good, {
      host: '127.0.0.1',
      caPem: ca,
      pinnedFingerprints: [fingerprints.otherName],
    })) as AppError;
    expect(error.code).toBe('TLS_UNTRUSTED');
    // The facts are the presented leaf's, so the dialog can offer to trust it as one more pin.
    expect(error.details).toMatchObject({ fingerprint256: fingerprints.good, reason: 'NOT_PINNED' });
  });

  it('accepts the chain when any one of several pins is in it', async () => {
    const pins = [fingerprints.otherName, fingerprints.good];
    expect(await outcome(ports.good, { host: '127.0.0.1', pinnedFingerprints: pins })).toBe('ok');
    expect(await outcome(ports.good, { host: '127.0.0.1', caPem: ca, pinnedFingerprints: pins })).toBe('ok');
  });

  it('accepts a pinned CA of a chain that validates', async () => {
    const pins = [fingerprints.otherName, fingerprints.ca];
    expect(await outcome(ports.good, { host: '127.0.0.1', caPem: ca, pinnedFingerprints: pins })).toBe('ok');
  });

  it('anchors at a pinned CA the server sends, and still checks the name under it', async () => {
    const pins = [fingerprints.ca];
    expect(await outcome(ports.withChain, { host: '127.0.0.1', pinnedFingerprints: pins })).toBe('ok');
    const error = (await outcome(ports.otherWithChain, {
      host: '127.0.0.1',
      pinnedFingerprints: pins,
    })) as AppError;
    expect(error.code).toBe('TLS_NAME_MISMATCH');
  });

  it('reports a trusted certificate issued to another name as a name mismatch', async () => {
    const error = (await outcome(ports.otherName, { host: '127.0.0.1', caPem: ca })) as AppError;
    expect(error.code).toBe('TLS_NAME_MISMATCH');
    expect(error.details?.names).toEqual(['elsewhere.test']);
  });

  it('keeps checking the name of a pinned certificate', async () => {
    const error = (await outcome(ports.otherName, {
      host: '127.0.0.1',
      pinnedFingerprints: [fingerprints.otherName],
    })) as AppError;
    expect(error.code).toBe('TLS_NAME_MISMATCH');
  });

  it('maps a refused connection to HOST_UNREACHABLE', async () => {
    const probe = tls.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    expect(((await outcome(port, { host: '127.0.0.1', caPem: ca })) as AppError).code).toBe(
      'HOST_UNREACHABLE',
    );
  });

  it('turns TCP keepalive on for the LDAPS socket', async () => {
    const setKeepAlive = vi.spyOn(net.Socket.prototype, 'setKeepAlive');
    const socket = await openVerifiedTls(
      { host: '127.0.0.1', port: ports.good },
      { host: '127.0.0.1', caPem: ca },
      5000,
    );
    socket.destroy();
    const calls = setKeepAlive.mock.calls.filter((_, i) => setKeepAlive.mock.contexts[i] === socket);
    expect(calls).toContainEqual([true, 10_000]);
  });
});
