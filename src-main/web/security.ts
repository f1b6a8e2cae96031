import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** 256 random bits: the launch code and the session token (see launch-session.ts). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function tokensEqual(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) return undefined;
  return header.slice('Bearer '.length).trim();
}

/**
 * Loopback servers are reachable by any web page the user opens (through fetch or DNS rebinding).
 * The Host header must name this server, and an Origin, when the browser sends one, must be ours.
 */
export function requestComesFromApp(req: IncomingMessage, origin: string, requireOrigin: boolean): boolean {
  const host = req.headers.host;
  if (host !== new URL(origin).host) return false;
  const given = req.headers.origin;
  if (given === undefined) return !requireOrigin;
  return given === origin;
}

/** Same policy as the renderer's meta tag: no remote code, no eval, nothing framed. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Fluent UI's Griffel inserts style rules at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
