import { event } from '../define.ts';
import type { ChangeView } from '../methods/changes.ts';

export const changesEvents = {
  /** A change was recorded or its status changed (applied, conflict, rejected, retried, discarded). */
  onChangeUpdated: event<ChangeView>(),
};
