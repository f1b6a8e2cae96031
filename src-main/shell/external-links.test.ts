import { describe, expect, it, vi } from 'vitest';
import { allowedExternalUrl, openExternalIfAllowed } from './external-links.ts';

describe('external links', () => {
  it('allows https to the named hosts, normalised', () => {
    expect(allowedExternalUrl('https://learn.microsoft.com/en-us/exchange/')).toBe(
      'https://learn.microsoft.com/en-us/exchange/',
    );
    expect(allowedExternalUrl('https://GitHub.com:443/x')).toBe('https://github.com/x');
    for (const host of ['portal.azure.com', 'entra.microsoft.com', 'admin.microsoft.com']) {
      expect(allowedExternalUrl(`https://${host}/`)).toBe(`https://${host}/`);
    }
    // The system-browser sign-in page, its query (loopback redirect, PKCE challenge) kept whole.
    const signIn =
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize?redirect_uri=http%3A%2F%2Flocalhost%3A51234&code_challenge=abc';
    expect(allowedExternalUrl(signIn)).toBe(signIn);
  });

  it('refuses other schemes, other hosts and disguised URLs', () => {
    for (const url of [
      'http://learn.microsoft.com/',
      'file:///C:/Windows/System32/calc.exe',
      'ms-settings:privacy',
      'smb://attacker/share',
      'javascript:alert(1)',
      'https://learn.microsoft.com.evil.example/',
      'https://evil.example/learn.microsoft.com',
      'https://sub.github.com/',
      'https://learn.microsoft.com@evil.example/',
      'https://user:pw@github.com/',
      'https://github.com:8443/',
      'not a url',
    ]) {
      expect(allowedExternalUrl(url), url).toBeNull();
    }
  });

  it('hands only allowed URLs to the opener', () => {
    const open = vi.fn(async () => {});
    expect(openExternalIfAllowed('https://github.com/a', open)).toBe(true);
    expect(openExternalIfAllowed('file:///etc/passwd', open)).toBe(false);
    expect(open.mock.calls).toEqual([['https://github.com/a']]);
  });
});
