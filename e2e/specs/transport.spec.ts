import { expect, test } from '../support/fixtures.ts';

// Transport-level guarantees of the browser transport; the Electron project has its own (sender check).
test.describe('browser transport', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'chromium', 'browser transport only');
  });

  test('round-trips a contract method through the handler registry', async ({ appPage }) => {
    const result = await appPage.evaluate(async () => {
      const token = sessionStorage.getItem('recipientdesk.sessionToken');
      const response = await fetch('/api/call/app.getInfo', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: '{}',
      });
      return response.json();
    });
    expect(result).toMatchObject({ ok: true, value: { name: 'RecipientDesk', transport: 'browser' } });
  });

  test('the page spends the launch code: it leaves the address bar and cannot be replayed', async ({
    appPage,
    request,
    webApp,
  }) => {
    expect(appPage.url()).toBe(`${webApp.origin}/`);
    const replay = await request.post(`${webApp.origin}/api/session`, { data: { code: webApp.launchCode } });
    expect(replay.status()).toBe(401);
    expect((await replay.json()).error.code).toBe('UNAUTHORIZED');
    const codeAsToken = await request.post(`${webApp.origin}/api/call/app.getInfo`, {
      headers: { Authorization: `Bearer ${webApp.launchCode}` },
      data: {},
    });
    expect(codeAsToken.status()).toBe(401);

    // A reload of the same tab keeps its session token.
    await appPage.reload();
    await expect(appPage.locator('[data-app-state="ready"]')).toBeVisible();
    const info = await appPage.evaluate(async () => {
      const token = sessionStorage.getItem('recipientdesk.sessionToken');
      const response = await fetch('/api/call/app.getInfo', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: '{}',
      });
      return response.status;
    });
    expect(info).toBe(200);
  });

  test('refuses invalid input with INVALID_INPUT', async ({ request, webApp }) => {
    const response = await request.post(`${webApp.origin}/api/call/directory.children`, {
      headers: { Authorization: `Bearer ${await webApp.sessionToken()}` },
      data: { dn: 42, extra: true },
    });
    const body = await response.json();
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.message).toMatch(/^Invalid input for directory\.children: /);
  });

  test('refuses a call without the session token, a wrong token and a foreign origin', async ({
    request,
    webApp,
  }) => {
    const noToken = await request.post(`${webApp.origin}/api/call/app.getInfo`, { data: {} });
    expect(noToken.status()).toBe(401);
    expect((await noToken.json()).error.code).toBe('UNAUTHORIZED');

    const wrong = await request.post(`${webApp.origin}/api/call/app.getInfo`, {
      headers: { Authorization: 'Bearer not-the-token' },
      data: {},
    });
    expect(wrong.status()).toBe(401);

    const foreign = await request.post(`${webApp.origin}/api/call/app.getInfo`, {
      headers: { Authorization: `Bearer ${await webApp.sessionToken()}`, Origin: 'http://evil.example' },
      data: {},
    });
    expect(foreign.status()).toBe(403);
  });

  test('an unknown method is refused with UNKNOWN_METHOD', async ({ request, webApp }) => {
    const response = await request.post(`${webApp.origin}/api/call/app.shutdown`, {
      headers: { Authorization: `Bearer ${await webApp.sessionToken()}` },
      data: {},
    });
    expect((await response.json()).error.code).toBe('UNKNOWN_METHOD');
  });
});
