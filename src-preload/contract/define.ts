import type { z } from 'zod';
import type { ErrorInfo } from './errors.ts';

/**
 * The building blocks of the contract. A method is a zod schema for its input plus a phantom type
 * for its output; an event is a phantom type for its payload. Keeping the output as a type (not a
 * schema) is deliberate: main is trusted to return what it declares, the renderer is not trusted
 * to send what it declares, so only inputs are validated at run time.
 */
export interface MethodSpec<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom: never set at run time, only carries the output type. */
  readonly output?: O;
}

export interface EventSpec<P> {
  /** Phantom: never set at run time, only carries the payload type. */
  readonly payload?: P;
}

export function method<I extends z.ZodType>(input: I): { returns<O>(): MethodSpec<I, O> } {
  return { returns: <O>() => ({ input }) as MethodSpec<I, O> };
}

export function event<P>(): EventSpec<P> {
  return {};
}

/** The envelope every call resolves to, on both transports. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}
