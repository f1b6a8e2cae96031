// Test-only: the system browser of an interactive sign-in. It opens the authorize URL MSAL built
// (the production authority, routed to the Graph test server as MSAL's own calls are), and does
// what a browser does with Entra's form_post page: posts the form to the loopback redirect.

import { request } from 'node:https';
import type { GraphTestServer } from './graph-server.ts';

function get(url: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', ca }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const unescape = (s: string) => s.replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)));

export interface TestBrowser {
  /** Every URL the app asked the browser to open. */
  opened: string[];
  /** The page the loopback answered with once the form was posted. */
  lastPage: string | null;
  open(url: string): Promise<void>;
}

export function testBrowser(server: GraphTestServer): TestBrowser {
  const browser: TestBrowser = {
    opened: [],
    lastPage: null,
    async open(url) {
      browser.opened.push(url);
      const routed = url.replace(/^https:\/\/login\.microsoftonline\.com\//, `${server.url}/login/`);
      if (routed === url) throw new Error(`Test browser: not a sign-in page: ${url}`);
      const page = await get(routed, server.caPem);
      const form = /<form method="POST" action="([^"]+)">(.*)<\/form>/.exec(page.body);
      if (page.status !== 200 || !form) throw new Error(`Test browser: the sign-in page said ${page.body}`);
      const fields = new URLSearchParams();
      for (const m of (form[2] ?? '').matchAll(/name="([^"]+)" value="([^"]*)"/g))
        fields.append(unescape(m[1] ?? ''), unescape(m[2] ?? ''));
      // The browser goes on with the page while MSAL exchanges the code.
      void fetch(unescape(form[1] ?? ''), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: fields.toString(),
      })
        .then((r) => r.text())
        .then((text) => {
          browser.lastPage = text;
        });
    },
  };
  return browser;
}
