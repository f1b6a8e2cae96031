import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConnectionState, MethodName, Result } from '../../src-preload/contract/index.ts';
import { SessionSecretStore } from '../../src-main/secrets/secret-store.ts';
import { createServices, type Services } from '../../src-main/services.ts';
import type { DcFacts } from '../dc/facts.ts';
import type { CloudEndpoints } from '../../src-main/cloud/cloud-endpoints.ts';
import type { SessionTiming } from '../../src-main/connection/connection-service.ts';

/**
 * The app's main-process services as both transports build them, for integration tests that
 * call the real registry (input validation, handlers, journal) against the test DC.
 */
export interface ServicesHarness {
  services: Services;
  /** Where this app keeps its database (recipientdesk.db, -wal): tests read its bytes. */
  userDataDir: string;
  states: ConnectionState['status'][];
  dispatch(name: MethodName, input: unknown): Promise<Result<unknown>>;
  call<T>(name: MethodName, input: unknown): Promise<T>;
  /** Saves a profile to the DC (or to a relay in front of it) and returns its id. */
  saveProfile(options: { name: string; port: number; identity: string; readOnly?: boolean }): Promise<string>;
}

export function startServices(
  facts: DcFacts,
  options: {
    cloud?: CloudEndpoints;
    sessionTiming?: SessionTiming;
    openBrowser?: (url: string) => Promise<void>;
    /** An earlier harness's folder: the same local database, as after a restart of the app. */
    userDataDir?: string;
  } = {},
): ServicesHarness {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'rd-services-'));
  const services = createServices({
    userDataDir,
    secrets: new SessionSecretStore(),
    facts: { name: 'RecipientDesk', version: '0.0.0', electronVersion: null },
    ...(options.cloud ? { cloud: options.cloud } : {}),
    ...(options.sessionTiming ? { sessionTiming: options.sessionTiming } : {}),
    ...(options.openBrowser ? { openBrowser: options.openBrowser } : {}),
  });
  const states: ConnectionState['status'][] = [];
  services.bus.subscribe((name, payload) => {
    if (name === 'onConnectionChanged') states.push((payload as ConnectionState).status);
  });
  const dispatch = (name: MethodName, input: unknown) =>
    services.registry.dispatch(name, input, { transport: 'browser' });
  const call = async <T>(name: MethodName, input: unknown): Promise<T> => {
    const result = await dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  return {
    services,
    userDataDir,
    states,
    dispatch,
    call,
    async saveProfile({ name, port, identity, readOnly = false }) {
      const profile = await call<{ id: string }>('directory.saveProfile', {
        name,
        host: facts.host,
        port,
        security: 'ldaps',
        bindIdentity: identity,
        caPem: readFileSync(facts.caFile, 'utf8'),
        readOnly,
      });
      return profile.id;
    },
  };
}

/** Polls until `accept` holds, for states that main reaches on its own (reconnect, drain). */
export async function until<T>(
  probe: () => Promise<T> | T,
  accept: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() - started > timeoutMs)
      throw new Error(`gave up waiting; last value ${JSON.stringify(value).slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
