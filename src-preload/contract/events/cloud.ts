import { event } from '../define.ts';
import type { CloudObjectView, CloudSignInPrompt, CloudStatus } from '../methods/cloud.ts';

/**
 * One AD object's Cloud tab after a cloud action wrote to its cloud twin (hard match, licences,
 * source of authority): main looks it up once the write is in and pushes it, so the renderer shows
 * the new state without asking again.
 */
export interface CloudObjectChanged {
  objectGuid: string;
  /** The AD object's DN as the action named it. */
  dn: string;
  view: CloudObjectView;
}

export const cloudEvents = {
  /** The device code of a running cloud.signIn, to show to the admin. */
  onCloudSignInPrompt: event<CloudSignInPrompt>(),
  /** Pushed on sign-in, sign-out, a new registration and refreshed tenant facts. */
  onCloudStatusChanged: event<CloudStatus>(),
  /** Pushed after a cloud action, before its answer: the object's fresh Cloud tab view. */
  onCloudObjectChanged: event<CloudObjectChanged>(),
};
