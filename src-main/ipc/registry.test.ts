import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-preload/contract/index.ts';
import { appHandlers } from '../handlers/app-handlers.ts';
import { createServiceHandlers } from '../services.ts';
import { combineHandlers, type HandlerGroup } from './handlers.ts';
import { HandlerRegistry } from './registry.ts';
import { SessionSecretStore } from '../secrets/secret-store.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const facts = { name: 'RecipientDesk', version: '9.9.9', electronVersion: null };
const ctx = { transport: 'browser' as const };

function allHandlers(overrides: HandlerGroup = {}): HandlerGroup {
  const { handlers } = createServiceHandlers({
    userDataDir: mkdtempSync(join(tmpdir(), 'rd-reg-')),
    secrets: new SessionSecretStore(),
    facts,
  });
  return { ...handlers, ...overrides };
}

describe('HandlerRegistry', () => {
  it('refuses to start when a contract method has no handler', () => {
    const handlers = allHandlers();
    const { 'directory.children': _missing, ...rest } = handlers;
    expect(() => new HandlerRegistry(rest)).toThrow(/No IPC handler for: directory\.children/);
  });

  it('refuses to start with a handler the contract does not declare', () => {
    const handlers = { ...allHandlers(), 'app.secret': () => 1 } as HandlerGroup;
    expect(() => new HandlerRegistry(handlers)).toThrow(/not in the contract: app\.secret/);
  });

  it('refuses two groups claiming the same method', () => {
    expect(() => combineHandlers(appHandlers(facts), appHandlers(facts))).toThrow(
      /Duplicate IPC handler for "app\.getInfo"/,
    );
  });

  it('validates input before the handler runs and names the field', async () => {
    let ran = false;
    const registry = new HandlerRegistry(
      allHandlers({
        'directory.children': () => {
          ran = true;
          return [];
        },
      }),
    );
    const result = await registry.dispatch('directory.children', { dn: 42 }, ctx);
    expect(ran).toBe(false);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toMatch(/^Invalid input for directory\.children: dn: /);
    }
    const extra = await registry.dispatch('directory.children', { dn: 'DC=x', sneaky: 1 }, ctx);
    expect(extra.ok).toBe(false);
  });

  it('carries an AppError code and details across, and hides nothing else', async () => {
    const registry = new HandlerRegistry(
      allHandlers({
        'directory.children': () => {
          throw new AppError('CONFLICT', 'Someone else changed mail.', { attr: 'mail' });
        },
        'app.getInfo': () => {
          throw new TypeError('boom');
        },
      }),
    );
    expect(await registry.dispatch('directory.children', { dn: 'DC=x' }, ctx)).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Someone else changed mail.', details: { attr: 'mail' } },
    });
    expect(await registry.dispatch('app.getInfo', {}, ctx)).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'boom' },
    });
  });

  it('answers an unknown method with UNKNOWN_METHOD, including prototype names', async () => {
    const registry = new HandlerRegistry(allHandlers());
    for (const name of ['app.nope', 'constructor', '__proto__', 'toString']) {
      const result = await registry.dispatch(name, {}, ctx);
      expect(result.ok ? null : result.error.code).toBe('UNKNOWN_METHOD');
    }
  });

  it('round-trips a real handler with the caller transport', async () => {
    const registry = new HandlerRegistry(allHandlers());
    const result = await registry.dispatch('app.getInfo', {}, { transport: 'electron' });
    expect(result).toMatchObject({
      ok: true,
      value: { version: '9.9.9', transport: 'electron', platform: process.platform },
    });
  });
});
