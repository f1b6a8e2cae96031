// Test-only: the Microsoft identity platform endpoints MSAL calls, served by the Graph test server
// under /login/: /devicecode and /token for a device code sign-in, and /authorize (the page the
// system browser opens) for the interactive one, answering with Entra's form_post page that hands
// the code to MSAL's loopback redirect; /token then checks the code and its PKCE verifier. MSAL
// keeps the production authority; tests route its network client here (see msal-test-network.ts).

import { createHash, randomUUID } from 'node:crypto';

export interface LoginState {
  tenants: Map<string, string>; // tenant name or id → tenant id
  /** Device codes by code: approved once the user "enters" the code. */
  codes: Map<string, { userCode: string; approved: boolean; clientId: string }>;
  /** Authorization codes handed to a loopback redirect, with what /token must be shown. */
  authCodes: Map<string, { clientId: string; redirectUri: string; codeChallenge: string }>;
  refreshTokens: Set<string>;
  accessTokens: Set<string>;
  /** When set, token requests fail as if the app lacked admin consent (AADSTS65001). */
  consentMissing: boolean;
  /** When set, refresh tokens are rejected as expired (AADSTS700082). */
  refreshExpired: boolean;
  /** Lifetime of issued access tokens. */
  accessTokenSeconds: number;
  user: { oid: string; upn: string; name: string };
}

export function newLoginState(tenantId: string): LoginState {
  return {
    tenants: new Map([
      ['contoso.onmicrosoft.com', tenantId],
      [tenantId, tenantId],
      ['organizations', tenantId],
    ]),
    codes: new Map(),
    authCodes: new Map(),
    refreshTokens: new Set(),
    accessTokens: new Set(),
    consentMissing: false,
    refreshExpired: false,
    accessTokenSeconds: 3600,
    user: { oid: randomUUID(), upn: 'admin@contoso.onmicrosoft.com', name: 'Contoso Admin' },
  };
}

const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

function aadError(error: string, code: number, text: string): { status: number; body: unknown } {
  return {
    status: 400,
    body: {
      error,
      error_description: `AADSTS${code}: ${text}`,
      error_codes: [code],
      timestamp: new Date().toISOString(),
      trace_id: randomUUID(),
      correlation_id: randomUUID(),
    },
  };
}

export function handleLogin(
  state: LoginState,
  path: string,
  form: URLSearchParams,
): { status: number; body: unknown } {
  const m = /^\/login\/([^/]+)\/oauth2\/v2\.0\/(devicecode|token)$/.exec(path);
  if (!m) return { status: 404, body: { error: 'not_found' } };
  const tid = state.tenants.get((m[1] ?? '').toLowerCase());
  if (!tid)
    return aadError(
      'invalid_request',
      90002,
      `Tenant '${m[1] ?? ''}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
    );
  const clientId = form.get('client_id') ?? '';
  if (m[2] === 'devicecode') {
    const deviceCode = randomUUID();
    const userCode = randomUUID().slice(0, 8).toUpperCase();
    state.codes.set(deviceCode, { userCode, approved: false, clientId });
    return {
      status: 200,
      body: {
        user_code: userCode,
        device_code: deviceCode,
        verification_uri: 'https://microsoft.com/devicelogin',
        expires_in: 900,
        interval: 1,
        message: `To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ${userCode} to authenticate.`,
      },
    };
  }
  const grant = form.get('grant_type');
  if (state.consentMissing)
    return aadError(
      'invalid_grant',
      65001,
      'The user or administrator has not consented to use the application. Send an interactive authorization request for this user and resource.',
    );
  if (grant === 'device_code' || grant === 'urn:ietf:params:oauth:grant-type:device_code') {
    const code = state.codes.get(form.get('device_code') ?? '');
    if (!code) return aadError('expired_token', 70019, 'Verification code expired.');
    if (!code.approved)
      return aadError(
        'authorization_pending',
        70016,
        'OAuth 2.0 device flow error. Authorization is pending.',
      );
    state.codes.delete(form.get('device_code') ?? '');
  } else if (grant === 'authorization_code') {
    const code = state.authCodes.get(form.get('code') ?? '');
    state.authCodes.delete(form.get('code') ?? '');
    const verifier = form.get('code_verifier') ?? '';
    if (!code || code.clientId !== clientId || code.redirectUri !== form.get('redirect_uri'))
      return aadError('invalid_grant', 70000, 'The provided authorization code or redirect URI is invalid.');
    if (createHash('sha256').update(verifier).digest('base64url') !== code.codeChallenge)
      return aadError('invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge.');
  } else if (grant === 'refresh_token') {
    const rt = form.get('refresh_token') ?? '';
    if (state.refreshExpired || !state.refreshTokens.has(rt))
      return aadError('invalid_grant', 700082, 'The refresh token has expired due to inactivity.');
  } else
    return aadError(
      'unsupported_grant_type',
      70003,
      `The app requested an unsupported grant type '${grant ?? ''}'.`,
    );
  const now = Math.floor(Date.now() / 1000);
  const idToken = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({
    aud: clientId,
    iss: `https://login.microsoftonline.com/${tid}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    name: state.user.name,
    oid: state.user.oid,
    preferred_username: state.user.upn,
    sub: state.user.oid,
    tid,
    ver: '2.0',
  })}.sig`;
  const accessToken = `at-${randomUUID()}`;
  const refreshToken = `rt-${randomUUID()}`;
  state.accessTokens.add(accessToken);
  state.refreshTokens.add(refreshToken);
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      scope: form.get('scope') ?? '',
      expires_in: state.accessTokenSeconds,
      ext_expires_in: state.accessTokenSeconds,
      access_token: accessToken,
      refresh_token: refreshToken,
      id_token: idToken,
      client_info: b64url({ uid: state.user.oid, utid: tid }),
    },
  };
}

const htmlEscape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * GET /login/{tenant}/oauth2/v2.0/authorize, as the system browser opens it: the admin signs in
 * (always as state.user) and the page posts the code to the loopback redirect (response_mode
 * form_post, the only mode MSAL's loopback accepts). Bad requests get Entra's error page.
 */
export function handleAuthorize(
  state: LoginState,
  path: string,
  query: URLSearchParams,
): { status: number; html: string } {
  const page = (status: number, text: string) => ({
    status,
    html: `<!doctype html><p>${htmlEscape(text)}</p>`,
  });
  const m = /^\/login\/([^/]+)\/oauth2\/v2\.0\/authorize$/.exec(path);
  if (!m) return page(404, 'Not found.');
  if (!state.tenants.has((m[1] ?? '').toLowerCase()))
    return page(400, `AADSTS90002: Tenant '${m[1] ?? ''}' not found.`);
  const redirectUri = query.get('redirect_uri') ?? '';
  // A public client's loopback redirect: http://localhost on any port (Entra ignores the port).
  if (!/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/?$/.test(redirectUri))
    return page(
      400,
      `AADSTS50011: The redirect URI '${redirectUri}' does not match the redirect URIs configured for the application.`,
    );
  if (
    query.get('response_type') !== 'code' ||
    query.get('code_challenge_method') !== 'S256' ||
    !query.get('code_challenge')
  )
    return page(400, 'AADSTS900144: The request must be an authorization code request with PKCE (S256).');
  if (query.get('response_mode') !== 'form_post')
    return page(400, 'AADSTS900144: This test server answers with form_post only.');
  const code = `code-${randomUUID()}`;
  state.authCodes.set(code, {
    clientId: query.get('client_id') ?? '',
    redirectUri,
    codeChallenge: query.get('code_challenge') ?? '',
  });
  const fields: Record<string, string> = {
    code,
    state: query.get('state') ?? '',
    client_info: b64url({ uid: state.user.oid, utid: state.tenants.get((m[1] ?? '').toLowerCase()) }),
  };
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${htmlEscape(k)}" value="${htmlEscape(v)}">`)
    .join('');
  return {
    status: 200,
    html: `<!doctype html><html><body onload="document.forms[0].submit()"><form method="POST" action="${htmlEscape(redirectUri)}">${inputs}</form></body></html>`,
  };
}
