// The Cloud tab's view of one AD object, looked up in one place: for cloud.object, and once more
// after a cloud action wrote to the object's cloud twin, when main pushes it (onCloudObjectChanged)
// before the action answers. The renderer shows the pushed view; it never asks again after a write.

import type { CloudObjectView, EventPayload } from '../../src-preload/contract/index.ts';
import type { Entry } from '../directory/entry.ts';
import type { CloudService } from './cloud-service.ts';
import { lookUpCloudObject } from './cloud-object.ts';
import type { GraphApi } from './graph-api.ts';

export interface CloudViewFeed {
  lookUp(api: GraphApi, entry: Entry): Promise<CloudObjectView>;
  /** Looks the object up after a write and pushes its view; a failed look-up must not fail the write. */
  announce(api: GraphApi, entry: Entry): Promise<void>;
}

export function cloudViewFeed(
  cloud: Pick<CloudService, 'tenantFacts'>,
  emit: (payload: EventPayload<'onCloudObjectChanged'>) => void,
): CloudViewFeed {
  // Licence names come from the tenant's SKUs; without them the view still says everything else.
  const lookUp = async (api: GraphApi, entry: Entry) =>
    lookUpCloudObject(api, entry, await cloud.tenantFacts().catch(() => null));
  return {
    lookUp,
    async announce(api, entry) {
      // The write went in and its answer says so; a tab left showing the state before is better
      // than an action reported as failed that did happen.
      const view = await lookUp(api, entry).catch(() => null);
      if (view) emit({ objectGuid: entry.guid, dn: entry.dn, view });
    },
  };
}
