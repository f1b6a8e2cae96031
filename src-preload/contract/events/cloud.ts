import { event } from '../define.ts';
import type { CloudSignInPrompt, CloudStatus } from '../methods/cloud.ts';

export const cloudEvents = {
  /** The device code of a running cloud.signIn, to show to the admin. */
  onCloudSignInPrompt: event<CloudSignInPrompt>(),
  /** Pushed on sign-in, sign-out, a new registration and refreshed tenant facts. */
  onCloudStatusChanged: event<CloudStatus>(),
};
