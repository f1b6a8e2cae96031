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

/** The contract's domains, read off its method names ("changes.submit" → "changes"). */
export type ContractDomain = MethodName extends `${infer D}.${string}` ? D : never;

/**
 * Every handler of one domain: a file in src-main/handlers/ returns exactly this, so the compiler
 * names a method the contract declares and the file forgets, before anything starts.
 */
export type DomainHandlers<D extends ContractDomain> = Pick<Handlers, Extract<MethodName, `${D}.${string}`>>;

/** One group per domain, none missing: what the registry is built from. */
export type HandlersByDomain = { [D in ContractDomain]: DomainHandlers<D> };

/** The full handler map from its domain groups (typed: a missing domain or method does not compile). */
export function joinHandlers(groups: HandlersByDomain): Handlers {
  return combineHandlers(...Object.values(groups)) as Handlers;
}

/**
 * Joins handler groups. Two groups claiming one method is a bug that would otherwise surface as
 * "the last one wins", so it throws at start-up instead.
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
