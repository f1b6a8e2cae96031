import type { DomainHandlers } from '../ipc/handlers.ts';
import type { ConnectionService } from '../connection/connection-service.ts';
import { AppError } from '../../src-preload/contract/index.ts';
import { hardMatchAd } from '../cloud/actions/hard-match-ad.ts';
import { asAppError, type CloudService } from '../cloud/cloud-service.ts';
import { lookUpCloudObject } from '../cloud/cloud-object.ts';
import { applyHardMatch, listHardMatchCandidates, previewHardMatch } from '../cloud/actions/hard-match.ts';
import { applyLicenceChange, previewLicenceChange } from '../cloud/actions/licences.ts';
import { applyRestore, listDeletedUsers, previewRestore } from '../cloud/actions/deleted-users.ts';
import {
  applySourceOfAuthority,
  previewSourceOfAuthority,
  readSourceOfAuthority,
} from '../cloud/actions/source-of-authority.ts';
import type { Entry } from '../directory/entry.ts';
import type { GraphApi } from '../cloud/graph-api.ts';
import type { CloudViewFeed } from '../cloud/cloud-view-feed.ts';

type ActionMethods =
  | 'cloud.hardMatchCandidates'
  | 'cloud.previewHardMatch'
  | 'cloud.hardMatch'
  | 'cloud.previewLicences'
  | 'cloud.changeLicences'
  | 'cloud.deletedUsers'
  | 'cloud.previewRestore'
  | 'cloud.restore'
  | 'cloud.sourceOfAuthority'
  | 'cloud.previewSourceOfAuthority'
  | 'cloud.setSourceOfAuthority';

/**
 * The cloud actions (hard match, licences, restore, source of authority): each has a preview with
 * its checks and PowerShell, and an apply that makes every check again before it writes. After a
 * write to an AD object's cloud twin, its fresh view is pushed before the answer (`views.announce`).
 */
export function cloudActionHandlers(
  cloud: CloudService,
  connection: ConnectionService,
  views: CloudViewFeed,
): Pick<DomainHandlers<'cloud'>, ActionMethods> {
  const run = async <T>(work: (api: GraphApi) => Promise<T>): Promise<T> => {
    const api = await cloud.requireApi();
    try {
      return await work(api);
    } catch (e) {
      throw asAppError(e);
    }
  };
  const read = (dn: string) => connection.reader().read(dn);
  const adUser = async (dn: string) => hardMatchAd(await read(dn));
  /** The cloud twin of the AD object, matched as the sync matches it. */
  const twinOf = async (api: GraphApi, entry: Entry) => {
    const view = await lookUpCloudObject(api, entry, null);
    if (!view.found || view.cloudId === null)
      throw new AppError('NOT_FOUND', 'This object is not in Microsoft 365 (yet): nothing to switch.');
    return { kind: view.kind, id: view.cloudId };
  };
  const twin = async (api: GraphApi, dn: string) => twinOf(api, await read(dn));
  return {
    'cloud.hardMatchCandidates': async ({ dn }) => {
      const ad = await adUser(dn);
      return run((api) => listHardMatchCandidates(api, ad));
    },
    'cloud.previewHardMatch': async ({ dn, cloudUserId }) => {
      const ad = await adUser(dn);
      const facts = await cloud.tenantFacts();
      return run((api) => previewHardMatch(api, { cloudUserId, ad }, facts));
    },
    'cloud.hardMatch': async ({ dn, cloudUserId }) => {
      const entry = await read(dn);
      const ad = hardMatchAd(entry);
      return run(async (api) => {
        const result = await applyHardMatch(api, { cloudUserId, ad });
        await views.announce(api, entry);
        return result;
      });
    },
    'cloud.previewLicences': ({ dn: _dn, ...input }) => run((api) => previewLicenceChange(api, input)),
    'cloud.changeLicences': async ({ dn, ...input }) => {
      const entry = dn === undefined ? null : await read(dn);
      return run(async (api) => {
        const result = await applyLicenceChange(api, input);
        if (entry) await views.announce(api, entry);
        return result;
      });
    },
    'cloud.deletedUsers': () => run((api) => listDeletedUsers(api)),
    'cloud.previewRestore': (input) => run((api) => previewRestore(api, input)),
    'cloud.restore': (input) => run((api) => applyRestore(api, input)),
    'cloud.sourceOfAuthority': ({ dn }) =>
      run(async (api) => readSourceOfAuthority(api, await twin(api, dn))),
    'cloud.previewSourceOfAuthority': ({ dn, cloudManaged }) =>
      run(async (api) =>
        previewSourceOfAuthority(api, { ...(await twin(api, dn)), isCloudManaged: cloudManaged }),
      ),
    'cloud.setSourceOfAuthority': async ({ dn, cloudManaged }) => {
      const entry = await read(dn);
      return run(async (api) => {
        const target = { ...(await twinOf(api, entry)), isCloudManaged: cloudManaged };
        const { after } = await applySourceOfAuthority(api, target);
        await views.announce(api, entry);
        return after;
      });
    },
  };
}
