import type { DomainHandlers } from '../ipc/handlers.ts';

export interface AppFacts {
  name: string;
  version: string;
  electronVersion: string | null;
}

export function appHandlers(facts: AppFacts): DomainHandlers<'app'> {
  return {
    'app.getInfo': (_input, ctx) => ({
      name: facts.name,
      version: facts.version,
      platform: process.platform,
      arch: process.arch,
      transport: ctx.transport,
      runtime: { node: process.versions.node, electron: facts.electronVersion },
    }),
  };
}
