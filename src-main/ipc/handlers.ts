import type { MethodName, MethodOutput, ParsedInput } from '../../src-preload/contract/index.ts';

/** Facts about the caller that a handler may need; the transport fills them in. */
export interface CallContext {
  transport: 'electron' | 'browser';
}

export type Handler<K extends MethodName> = (
  input: ParsedInput<K>,
  ctx: CallContext,
) => Promise<MethodOutput<K>> | MethodOutput<K>;

export type Handlers = { [K in MethodName]: Handler<K> };
export type HandlerGroup = Partial<Handlers>;

/**
 * Joins the handler groups each domain declares. Two groups claiming one method is a bug that would
 * otherwise surface as "the last one wins", so it throws at start-up instead.
 */
export function combineHandlers(...groups: HandlerGroup[]): HandlerGroup {
  const all: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [name, handler] of Object.entries(group)) {
      if (Object.hasOwn(all, name)) throw new Error(`Duplicate IPC handler for "${name}"`);
      all[name] = handler;
    }
  }
  return all as HandlerGroup;
}
