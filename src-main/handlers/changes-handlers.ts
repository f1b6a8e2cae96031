import { NO_TENANT, verifiedOption, type TenantDomains } from '../cloud/tenant-domains.ts';
import { AppError, type ChangeInput, type ChangeView } from '../../src-preload/contract/index.ts';
import type { DirectoryScope, Journal } from '../changes/journal.ts';
import type { NewChange } from '../changes/change.ts';
import { guidDn } from '../changes/ports.ts';
import { checkSubmittedChanges } from '../changes/submit-rules.ts';
import { attributeResolutionEdits } from '../changes/resolve-attributes.ts';
import { resolutionEdits } from '../changes/reverse-edits.ts';
import { passwordChange, unlockChange } from '../changes/password-change.ts';
import { requireEncryptedTransport } from '../directory/password.ts';
import { createChange, moveChange, renameChange } from '../changes/placement-rules.ts';
import { sameDomain } from '../../src-preload/shared/values.ts';
import type { ConnectionService } from '../connection/connection-service.ts';
import type { ObjectChangeFeed } from '../connection/object-change-feed.ts';
import type { DirectoryReader } from '../directory/reader.ts';
import { strings } from '../directory/entry.ts';
import { isSampleProfile } from '../../src-preload/shared/sample-directory.ts';
import type { DomainHandlers } from '../ipc/handlers.ts';
import { knownUpnSuffixes } from '../../src-preload/shared/recipients/upn.ts';

/**
 * Every write goes through here: checked by main's own rules, recorded in the journal for the
 * connected profile and domain, then sent in its object's lane when the session is online.
 * Offline the change simply stays pending; nothing is sent and nothing is lost.
 */
export function changesHandlers(
  journal: Journal,
  connection: ConnectionService,
  objectChanges: Pick<ObjectChangeFeed, 'settled'>,
  /** The sample directory's copy takes each of its changes as a DC would (see sample-writes.ts). */
  sample?: { write(changes: readonly ChangeView[]): Promise<void> },
  /** With a Microsoft 365 sign-in, a UPN outside the tenant's verified domains is warned about. */
  tenant: TenantDomains = NO_TENANT,
): DomainHandlers<'changes'> {
  const online = () => connection.state.status === 'online';
  const author = () => connection.state.identity ?? 'unknown';

  /** The directory a new change is for: a session (offline is fine) or the sample, writable. */
  function writableSession(): { session: DirectoryReader; scope: DirectoryScope } {
    const session = connection.reader();
    const scope = connection.writableScope();
    if (scope === null)
      throw new AppError('READ_ONLY', 'This connection is read-only: changes are not allowed.');
    return { session, scope };
  }

  /** Sends the objects' lanes now when online, and returns the changes as they stand afterwards. */
  async function sendNow(recorded: readonly ChangeView[], scope: DirectoryScope): Promise<ChangeView[]> {
    if (isSampleProfile(scope.profileId)) await sample?.write(recorded);
    if (online())
      await journal.sendObjects(
        recorded.map((c) => c.objectGuid),
        scope,
      );
    // The fresh objects are pushed first (onObjectChanged), then the answer: the renderer shows
    // the new values without reading anything back.
    await objectChanges.settled();
    return recorded.map((change) => journal.get(change.id));
  }

  async function check(
    session: DirectoryReader,
    changes: readonly ChangeInput[],
    creating = false,
  ): Promise<void> {
    await checkSubmittedChanges(changes, {
      schema: session.schema,
      upn: {
        knownSuffixes: knownUpnSuffixes(session.rootDse.upnSuffixes, [session.rootDse.domainDnsName]),
        ...verifiedOption(tenant),
      },
      // A new object holds nothing but what the create writes.
      readCurrent: async (change, attrs) =>
        creating
          ? {}
          : connection.live
            ? connection
                .requireSession()
                .readAttributes(guidDn(change.objectGuid), attrs)
                .catch(() => null)
            : // Offline, or the sample: the values as cached are what the change was made against.
              session
                .read(guidDn(change.objectGuid))
                .then((entry) => Object.fromEntries(attrs.map((a) => [a, strings(entry, a)])))
                .catch(() => null),
    });
  }

  /** Records one change made here (not by the sheet's submit) and sends it at once when online. */
  async function recordAndSend(change: NewChange, scope: DirectoryScope): Promise<ChangeView> {
    const recorded = journal.record({ ...change, author: author(), ...scope });
    return (await sendNow([recorded], scope))[0]!;
  }

  return {
    'changes.submit': async ({ changes }) => {
      const { session, scope } = writableSession();
      await check(session, changes);
      // All or none are queued, so a bulk edit never half-lands in the journal.
      const recorded = journal.recordMany(changes.map((input) => ({ ...input, author: author(), ...scope })));
      return sendNow(recorded, scope);
    },
    'changes.delete': async ({ objects }) => {
      const { scope } = writableSession();
      const recorded = journal.recordMany(
        objects.map(({ dn, objectGuid }) => ({
          operation: 'delete' as const,
          dn,
          objectGuid,
          objectClass: [],
          edits: [],
          author: author(),
          ...scope,
        })),
      );
      return sendNow(recorded, scope);
    },
    'changes.list': ({ statuses, limit }) => {
      // Newest first: the panel shows what just happened at the top.
      const all = journal.list(statuses ? { statuses } : {}).reverse();
      return limit ? all.slice(0, limit) : all;
    },
    'changes.retry': async ({ id }) => {
      const { scope } = writableSession();
      const change = journal.get(id);
      if (isSampleProfile(change.profileId)) {
        throw new AppError(
          'VALIDATION_FAILED',
          `Change #${id} was made in the sample directory: it stays on this computer and is never sent. Reset the sample to undo it.`,
          { id },
        );
      }
      // A change goes only to the directory it was made in, whoever asks.
      if (change.profileId !== scope.profileId || !sameDomain(change.domain, scope.domain)) {
        throw new AppError(
          'VALIDATION_FAILED',
          `Change #${id} was made in another connection profile or domain; connect that profile to send it, or discard it.`,
          { id, profileId: change.profileId, domain: change.domain },
        );
      }
      await journal.retry(id);
      await objectChanges.settled();
      return journal.get(id);
    },
    'changes.discard': async ({ id }) => {
      const discarded = journal.discard(id);
      // What waited behind it in its object's lane may go now.
      const scope = connection.writableScope();
      if (online() && scope !== null) await journal.sendObjects([discarded.objectGuid], scope);
      return journal.get(id);
    },
    'changes.resolve': async (request) => {
      if ('keep' in request && request.keep === 'theirs')
        return journal.resolveConflict(request.id, 'theirs');
      const { session, scope } = writableSession();
      const conflict = journal.get(request.id);
      // Not (or no longer) a conflict: the journal says so in its words.
      if (conflict.status !== 'conflict') return journal.resolveConflict(request.id, 'mine');
      const resolution =
        'attributes' in request
          ? {
              attributes: request.attributes,
              edits: attributeResolutionEdits(
                conflict,
                request.attributes,
                (attr) => session.schema.attribute(attr)?.singleValued === true,
              ),
            }
          : null;
      // The result is a new change like any other: every rule runs on what it will write (a
      // merge can make two primaries), and a refusal leaves the conflict as it was.
      const edits = resolution?.edits ?? resolutionEdits(conflict.edits, conflictAttrs(conflict));
      if (edits.length > 0) await check(session, [{ ...conflict, edits } as ChangeInput]);
      const next = journal.resolveConflict(request.id, resolution ?? 'mine');
      if (next.status !== 'pending') return next;
      return (await sendNow([next], scope))[0]!;
    },
    'changes.undo': async ({ auditId }) => {
      const { scope } = writableSession();
      // The admin undoes it: the undo is theirs in the journal and the audit, as any edit is.
      const change = journal.undo(auditId, author());
      return (await sendNow([change], scope))[0]!;
    },
    'changes.create': async (request) => {
      const { session, scope } = writableSession();
      const change = createChange(request);
      await check(session, [change], true);
      return recordAndSend(change, scope);
    },
    'changes.rename': async (request) => {
      const { scope } = writableSession();
      return recordAndSend(renameChange(request), scope);
    },
    'changes.move': async (request) => {
      const { scope } = writableSession();
      return recordAndSend(moveChange(request), scope);
    },
    'changes.setPassword': async ({ password, ...request }) => {
      const { scope } = writableSession();
      // Said before anything is recorded: the dialog shows it, and no change waits for a session
      // that could never send it (the sample has none: a password is never set there).
      requireEncryptedTransport(connection.requireSession().profile);
      const recorded = journal.record({
        ...passwordChange({ ...request, password }),
        author: author(),
        ...scope,
      });
      return (await sendNow([recorded], scope))[0]!;
    },
    'changes.supplyPassword': async ({ id, password }) => {
      const { scope } = writableSession();
      requireEncryptedTransport(connection.requireSession().profile);
      const change = journal.supplyPassword(id, password);
      if (change.status === 'pending') return (await sendNow([change], scope))[0]!;
      await journal.retry(id);
      await objectChanges.settled();
      return journal.get(id);
    },
    'changes.unlock': async ({ objects }) => {
      const { scope } = writableSession();
      const recorded = journal.recordMany(
        objects.map((object) => ({ ...unlockChange(object), author: author(), ...scope })),
      );
      return sendNow(recorded, scope);
    },
    'changes.powershell': ({ id }) => journal.powershell(id),
    'changes.audit': ({ objectGuid }) => journal.audit(objectGuid ? { objectGuid } : {}),
  };
}

/** The three values a conflict kept, or none when the change is not (or no longer) a conflict. */
function conflictAttrs(change: ChangeView) {
  return change.outcome?.kind === 'conflict' ? change.outcome.attrs : {};
}
