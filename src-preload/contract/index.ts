import type { z } from 'zod';
import type { EventSpec, MethodSpec, Result } from './define.ts';
import { appMethods } from './methods/app.ts';
import { appEvents } from './events/app.ts';
import { directoryMethods } from './methods/directory.ts';
import { changesMethods } from './methods/changes.ts';
import { objectsMethods } from './methods/objects.ts';
import { readinessMethods } from './methods/readiness.ts';
import { recipientsMethods } from './methods/recipients.ts';
import { cloudMethods } from './methods/cloud.ts';
import { cloudEvents } from './events/cloud.ts';
import { changesEvents } from './events/changes.ts';
import { objectsEvents } from './events/objects.ts';
import { directoryEvents } from './events/directory.ts';
import { readinessEvents } from './events/readiness.ts';
import { offlineMethods } from './methods/offline.ts';
import { offlineEvents } from './events/offline.ts';
import { guidedMethods } from './methods/guided.ts';
import { guidedEvents } from './events/guided.ts';

export * from './define.ts';
export * from './errors.ts';
export type * from './methods/app.ts';
export type * from './events/app.ts';
export { DISCONNECTED } from './events/app.ts';
export type * from './methods/directory.ts';
export type * from './methods/changes.ts';
export type * from './methods/objects.ts';
export type * from './methods/readiness.ts';
export type * from './methods/recipients.ts';
export type * from './methods/cloud.ts';
export type * from './events/objects.ts';
export type * from './events/cloud.ts';
export type * from './events/directory.ts';
export type * from './events/readiness.ts';
export type * from './methods/offline.ts';
export type * from './events/offline.ts';
export type * from './methods/guided.ts';
export type * from './events/guided.ts';

/**
 * The whole IPC contract. Each domain declares its methods beside the others; this object is their
 * union. Nothing else defines IPC: channel names, the preload bridge, the browser transport and
 * the main-side registry are all derived from these keys.
 */
export const methods = {
  ...appMethods,
  ...directoryMethods,
  ...objectsMethods,
  ...changesMethods,
  ...readinessMethods,
  ...recipientsMethods,
  ...cloudMethods,
  ...offlineMethods,
  ...guidedMethods,
};
export const events = {
  ...appEvents,
  ...directoryEvents,
  ...objectsEvents,
  ...changesEvents,
  ...readinessEvents,
  ...cloudEvents,
  ...offlineEvents,
  ...guidedEvents,
};

export type Methods = typeof methods;
export type Events = typeof events;
export type MethodName = keyof Methods & string;
export type EventName = keyof Events & string;

export type MethodInput<K extends MethodName> = z.input<Methods[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Methods[K]['input']>;
export type MethodOutput<K extends MethodName> =
  Methods[K] extends MethodSpec<z.ZodType, infer O> ? O : never;
export type EventPayload<E extends EventName> = Events[E] extends EventSpec<infer P> ? P : never;

export const methodNames = Object.keys(methods) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}
export function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}

/** IPC channel of a method: derived, never written by hand. */
export function methodChannel(name: MethodName): string {
  return `rd:call:${name}`;
}
/** IPC channel of an event. */
export function eventChannel(name: EventName): string {
  return `rd:event:${name}`;
}

/** What the renderer sees as `window.api`, whichever transport carries it. */
export type Api = {
  [K in MethodName]: (input: MethodInput<K>) => Promise<Result<MethodOutput<K>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
