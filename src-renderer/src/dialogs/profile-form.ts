import type { ConnectionProfile, ConnectionProfileInput } from '../../../src-preload/contract/index.ts';

export type Security = ConnectionProfileInput['security'];

export const DEFAULT_PORTS: Record<Security, number> = { ldaps: 636, starttls: 389, plain: 389 };

export const emptyProfile: ConnectionProfileInput = {
  name: '',
  host: '',
  port: 636,
  security: 'ldaps',
  allowPlain: false,
  bindIdentity: '',
  readOnly: false,
  rememberPassword: false,
};

export function toInput(profile: ConnectionProfile): ConnectionProfileInput {
  return { ...profile };
}
