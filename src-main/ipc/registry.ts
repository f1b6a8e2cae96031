import {
  AppError,
  type ErrorInfo,
  isAppError,
  isMethodName,
  methodNames,
  methods,
  type Result,
} from '../../src-preload/contract/index.ts';
import type { CallContext, HandlerGroup, Handlers } from './handlers.ts';

export type Logger = (message: string, error?: unknown) => void;

/**
 * The one place where a contract call meets its handler, for both transports: the method must exist,
 * the input must pass the contract's schema, and whatever happens comes back as an envelope, so the
 * renderer always gets a stable code instead of a bare exception.
 */
export class HandlerRegistry {
  readonly #handlers: Handlers;
  readonly #log: Logger;

  constructor(handlers: HandlerGroup, log: Logger = () => {}) {
    const missing = methodNames.filter((name) => typeof handlers[name] !== 'function');
    if (missing.length > 0) throw new Error(`No IPC handler for: ${missing.join(', ')}`);
    const unknown = Object.keys(handlers).filter((name) => !isMethodName(name));
    if (unknown.length > 0) throw new Error(`IPC handlers not in the contract: ${unknown.join(', ')}`);
    this.#handlers = handlers as Handlers;
    this.#log = log;
  }

  async dispatch(name: string, rawInput: unknown, ctx: CallContext): Promise<Result<unknown>> {
    if (!isMethodName(name)) {
      return failure({ code: 'UNKNOWN_METHOD', message: `There is no method "${name}".` });
    }
    const parsed = methods[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      }));
      const first = issues[0];
      const where = first && first.path ? `${first.path}: ` : '';
      return failure({
        code: 'INVALID_INPUT',
        message: `Invalid input for ${name}: ${where}${first?.message ?? 'not accepted'}`,
        details: { issues },
      });
    }
    try {
      const handler = this.#handlers[name] as (input: unknown, ctx: CallContext) => unknown;
      const value = await handler(parsed.data, ctx);
      return { ok: true, value: value === undefined ? null : value };
    } catch (error) {
      if (isAppError(error)) return failure(error.toInfo());
      this.#log(`Handler ${name} failed`, error);
      return failure({
        code: 'INTERNAL',
        message: error instanceof Error ? error.message : 'An unexpected error occurred.',
      });
    }
  }
}

function failure(error: ErrorInfo): Result<never> {
  return { ok: false, error };
}

export { AppError };
