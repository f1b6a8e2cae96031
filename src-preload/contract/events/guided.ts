import { event } from '../define.ts';
import type { GuidedFixView } from '../../shared/guided/guided-fix.ts';

export const guidedEvents = {
  /** A guided fix started, moved on, failed a check or was cancelled. */
  onGuidedFixChanged: event<GuidedFixView>(),
};
