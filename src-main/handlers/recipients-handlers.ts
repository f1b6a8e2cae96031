import { NO_TENANT, verifiedOption, type TenantDomains } from '../cloud/tenant-domains.ts';
import {
  AppError,
  type ChangeInput,
  type ChangeView,
  type RecipientContext,
  type ValidationIssue,
} from '../../src-preload/contract/index.ts';
import type { RecipientFields } from '../../src-preload/shared/recipients/recipient-fields.ts';
import {
  CONVERSION_READ_ATTRIBUTES,
  planConversion,
  type ConversionInput,
} from '../../src-preload/shared/recipients/recipient-convert.ts';
import { planRecipient, type RecipientPlan } from '../../src-preload/shared/recipients/recipient-plan.ts';
import type { StampableKind } from '../../src-preload/shared/recipients/recipient-stamp.ts';
import { KINDS } from '../../src-preload/shared/recipients/recipient-types.ts';
import { tenantName } from '../../src-preload/shared/recipients/target-address.ts';
import { addressTemplateDomain } from '../../src-preload/shared/recipients/naming.ts';
import { knownUpnSuffixes } from '../../src-preload/shared/recipients/upn.ts';
import type { NewChange } from '../changes/change.ts';
import type { DirectoryScope, Journal } from '../changes/journal.ts';
import { accountSteps } from '../changes/account-steps.ts';
import type { NewPasswordChange } from '../changes/password-change.ts';
import { createChange } from '../changes/placement-rules.ts';
import { guidDn } from '../changes/ports.ts';
import { toPowerShell } from '../changes/powershell.ts';
import { checkSubmittedChanges } from '../changes/submit-rules.ts';
import type { ConnectionService } from '../connection/connection-service.ts';
import type { ObjectChangeFeed } from '../connection/object-change-feed.ts';
import { requireEncryptedTransport } from '../directory/password.ts';
import type { DirectorySession } from '../directory/session.ts';
import type { DomainHandlers } from '../ipc/handlers.ts';
import { CachedDirectory } from '../cache/cached-directory.ts';
import type { DirectoryReader } from '../directory/reader.ts';
import { strings } from '../directory/entry.ts';
import { isSampleProfile } from '../../src-preload/shared/sample-directory.ts';
import { queuedCreateIssues, uniquenessIssues } from '../recipients/uniqueness.ts';
import type { UniqueKeys } from '../../src-preload/shared/recipients/recipient-plan.ts';
import { sameDomain } from '../../src-preload/shared/values.ts';
import type { Settings } from '../store/settings.ts';
import { refuseErrors } from '../changes/submit-rules.ts';

interface ProfileDefaults {
  tenant?: string;
  addressTemplate?: string;
}

const defaultsKey = (profileId: string) => `recipients.defaults.${profileId}`;

/**
 * The recipient wizards' and conversions' main side. Whatever the renderer showed, main plans the
 * entry again from the typed fields with the same shared function, re-runs every rule (uniqueness
 * included, against the directory as it is now) and journals only what it computed itself.
 */
export function recipientsHandlers(deps: {
  connection: ConnectionService;
  journal: Journal;
  objectChanges: Pick<ObjectChangeFeed, 'settled'>;
  settings: Settings;
  /** The sample directory's copy takes each of its changes as a DC would (see sample-writes.ts). */
  sample?: { write(changes: readonly ChangeView[]): Promise<void> };
  /** The signed-in tenant: its verified domains for the UPN check, its initial domain as the tenant. */
  tenant?: TenantDomains;
}): DomainHandlers<'recipients'> {
  const { connection, journal, settings } = deps;
  const tenant = deps.tenant ?? NO_TENANT;
  const author = () => connection.state.identity ?? 'unknown';

  function writable(): { directory: Directory; scope: DirectoryScope } {
    const scope = connection.writableScope();
    if (scope === null)
      throw new AppError('READ_ONLY', 'This connection is read-only: changes are not allowed.');
    return { directory: directory(), scope };
  }

  /**
   * Where recipients are planned and checked: the live session, or while the DC is away (and in
   * the sample) the cached copy, so the wizards work offline as the sheets do; what is made there
   * queues like any edit and is checked again against the DC before it is sent (create-guard.ts).
   */
  function directory(): Directory {
    const reader = connection.reader();
    return reader instanceof CachedDirectory
      ? { reader, holders: reader, live: false }
      : { reader, holders: connection.requireSession(), live: true };
  }

  function upnSuffixes(session: { rootDse: DirectorySession['rootDse'] }): string[] {
    return knownUpnSuffixes(session.rootDse.upnSuffixes, [session.rootDse.domainDnsName]);
  }

  /** The tenant name of the signed-in tenant's initial domain (contoso for contoso.onmicrosoft.com). */
  function signedInTenant(): string | undefined {
    const initial = tenant()?.initial;
    return initial ? tenantName(initial) : undefined;
  }

  function defaults(): ProfileDefaults {
    const profileId = connection.state.profileId;
    return profileId === null ? {} : (settings.get<ProfileDefaults>(defaultsKey(profileId)) ?? {});
  }

  function saveDefaults(next: ProfileDefaults): void {
    const profileId = connection.state.profileId;
    if (profileId === null) throw new AppError('NOT_CONNECTED', 'Connect to a directory first.');
    settings.set(defaultsKey(profileId), next);
  }

  function context(): RecipientContext {
    const session = connection.reader();
    const saved = defaults();
    return {
      upnSuffixes: upnSuffixes(session),
      domainDnsName: session.rootDse.domainDnsName,
      tenant: saved.tenant ?? signedInTenant() ?? null,
      addressTemplate: saved.addressTemplate ?? null,
      mailDomain: addressTemplateDomain(tenant()?.default, session.rootDse.domainDnsName),
    };
  }

  /** The plan, the shared rules' issues and the directory's duplicates. */
  async function preflight(
    { reader, holders, live }: Directory,
    kind: StampableKind,
    parentDn: string,
    fields: RecipientFields,
  ): Promise<{
    plan: RecipientPlan;
    change: ReturnType<typeof createChange> | null;
    issues: ValidationIssue[];
  }> {
    const plan = planRecipient(kind, parentDn, fields, { knownUpnSuffixes: upnSuffixes(reader) });
    const duplicates = await uniquenessIssues(holders, plan.unique);
    const issues = [
      ...plan.issues,
      ...duplicates,
      ...queuedClashes(live, plan.unique),
      ...checkedOffline(live),
    ];
    const blocked = issues.some((found) => found.severity === 'error');
    const change = blocked
      ? null
      : createChange({
          parentDn,
          name: plan.name,
          objectClass: plan.objectClass,
          attributes: plan.attributes,
        });
    return { plan, change, issues };
  }

  async function recordAndSend(change: NewChange, scope: DirectoryScope): Promise<ChangeView> {
    const recorded = journal.record({ ...change, author: author(), ...scope });
    return (await recordedAndSent([recorded], scope, false))[0]!;
  }

  /** The object's values as the change's base: read from the DC, or offline from the cached copy. */
  async function currentValues(
    reader: DirectoryReader,
    live: boolean,
    objectGuid: string,
    attrs: string[],
  ): Promise<Record<string, string[]>> {
    if (live) return connection.requireSession().readAttributes(guidDn(objectGuid), attrs);
    const entry = await reader.read(guidDn(objectGuid));
    return Object.fromEntries(
      attrs.flatMap((attr) => {
        const values = attr.toLowerCase() === 'objectclass' ? entry.objectClass : strings(entry, attr);
        return values.length === 0 ? [] : [[attr, values]];
      }),
    );
  }

  /**
   * Offline, the creates waiting in this directory's journal: their names and addresses are taken
   * too. (Online they were sent already; the sample's are in its copy.)
   */
  function queuedClashes(live: boolean, keys: UniqueKeys): ValidationIssue[] {
    const scope = connection.writableScope();
    if (live || scope === null || isSampleProfile(scope.profileId)) return [];
    const queued = journal
      .list({ statuses: ['pending', 'retryable'] })
      .filter((change) => change.profileId === scope.profileId && sameDomain(change.domain, scope.domain));
    return queuedCreateIssues(queued, keys);
  }

  /** Said once beside the checks when they ran against the cached copy, not the DC. */
  function checkedOffline(live: boolean): ValidationIssue[] {
    if (live || isSampleProfile(connection.state.profileId)) return [];
    return [
      {
        code: 'checked-offline',
        severity: 'warning',
        field: 'name',
        message:
          'Checked against the offline copy, not the domain controller: the object is created when the directory is reachable, after its addresses, UPN and alias are checked there again.',
      },
    ];
  }

  /** Sends the lane of what was just recorded (one object), and answers with the steps as they ended. */
  async function recordedAndSent(
    recorded: readonly ChangeView[],
    scope: DirectoryScope,
    preflighted: boolean,
  ): Promise<ChangeView[]> {
    if (isSampleProfile(scope.profileId)) await deps.sample?.write(recorded);
    // Checked against the live directory just now: the create goes without a second check.
    if (connection.state.status === 'online')
      await journal.sendObjects([recorded[0]!.objectGuid], scope, { preflighted });
    // The new or converted object is pushed (onObjectChanged) before the answer: no refetch.
    await deps.objectChanges.settled();
    return recorded.map((step) => journal.get(step.id));
  }

  async function conversion({ reader, holders, live }: Directory, request: ConversionRequest) {
    // Offline the cached values are the base, as for any edit: the compare-and-swap tells when sent.
    const current = await currentValues(reader, live, request.objectGuid, [...CONVERSION_READ_ATTRIBUTES]);
    if (Object.keys(current).length === 0)
      throw new AppError('NOT_FOUND', 'The object no longer exists.', { objectGuid: request.objectGuid });
    const { objectGuid: _guid, dn: _dn, targetKind, ...input } = request;
    const plan = planConversion(current, targetKind, withTenant(targetKind, input));
    const duplicates = [
      ...(await uniquenessIssues(holders, plan.unique, { guid: request.objectGuid })),
      ...queuedClashes(live, plan.unique),
    ];
    const change: NewChange & ChangeInput = {
      objectGuid: request.objectGuid,
      dn: request.dn,
      objectClass: current.objectClass ?? [],
      edits: plan.edits.map((edit) => ({ attr: edit.attr, base: edit.base ?? [], desired: edit.desired })),
    };
    return { plan, issues: [...plan.issues, ...duplicates, ...checkedOffline(live)], change };
  }

  /** The remembered tenant fills in for a remote kind when none was typed. */
  function withTenant<T extends { tenant?: string | undefined }>(kind: StampableKind, input: T): T {
    if (KINDS[kind].remoteKindBits === undefined || input.tenant?.trim()) return input;
    const known = defaults().tenant ?? signedInTenant();
    return known === undefined ? input : { ...input, tenant: known };
  }

  function rememberTenant(kind: StampableKind, tenant: string | undefined): void {
    if (KINDS[kind].remoteKindBits === undefined || !tenant?.trim()) return;
    const saved = defaults();
    const name = tenantName(tenant);
    if (saved.tenant !== name) saveDefaults({ ...saved, tenant: name });
  }

  return {
    'recipients.context': () => context(),
    'recipients.saveDefaults': ({ tenant, addressTemplate }) => {
      const next = { ...defaults() };
      if (tenant !== undefined) {
        if (tenant === null || tenant.trim() === '') delete next.tenant;
        else next.tenant = tenantName(tenant);
      }
      if (addressTemplate !== undefined) {
        if (addressTemplate === null || addressTemplate.trim() === '') delete next.addressTemplate;
        else if (!addressTemplate.includes('@'))
          throw new AppError(
            'INVALID_INPUT',
            'An address template needs an @ and a domain, e.g. %g.%s@contoso.com.',
            { addressTemplate },
          );
        else next.addressTemplate = addressTemplate.trim();
      }
      saveDefaults(next);
      return context();
    },
    'recipients.preflight': async ({ kind, parentDn, fields }) => {
      const { plan, change, issues } = await preflight(directory(), kind, parentDn, withTenant(kind, fields));
      return {
        dn: plan.dn,
        objectClass: plan.objectClass,
        attributes: plan.attributes,
        issues,
        canCreate: change !== null,
        powershell: change === null ? '' : toPowerShell({ ...change, operation: 'create' }),
      };
    },
    'recipients.create': async ({ kind, parentDn, fields, password, mustChange, enable }) => {
      const { directory, scope } = writable();
      const typed = withTenant(kind, fields);
      const { change, issues } = await preflight(directory, kind, parentDn, typed);
      refuseErrors(issues);
      // The schema's rules (single-valued, rangeUpper…) as for any create.
      await checkSubmittedChanges([change!], {
        schema: directory.reader.schema,
        upn: { knownSuffixes: upnSuffixes(directory.reader), ...verifiedOption(tenant) },
        readCurrent: async () => ({}),
      });
      const steps: (NewChange | NewPasswordChange)[] = [change!];
      if (password !== undefined) {
        if (KINDS[kind].baseClass !== 'user')
          throw new AppError('INVALID_INPUT', 'Only a user account has a password.', { kind });
        // Said before anything is recorded, so no step waits for a session that could never send it.
        if (isSampleProfile(scope.profileId))
          throw new AppError(
            'INVALID_INPUT',
            'The sample directory has no domain controller to set passwords: leave the password empty (the account is created disabled).',
            { kind },
          );
        requireEncryptedTransport(connection.requireSession().profile);
        steps.push(...accountSteps(change!, password, mustChange === true, enable !== false));
      }
      rememberTenant(kind, typed.tenant);
      const recorded = journal.recordMany(steps.map((step) => ({ ...step, author: author(), ...scope })));
      return recordedAndSent(recorded, scope, directory.live);
    },
    'recipients.previewConversion': async (request) => {
      const { plan, issues, change } = await conversion(directory(), request);
      const canConvert = !issues.some((found) => found.severity === 'error') && plan.edits.length > 0;
      return {
        from: plan.from,
        target: plan.target,
        edits: plan.edits,
        issues,
        canConvert,
        cloudEffect: plan.cloudEffect,
        powershell: canConvert ? toPowerShell(change) : '',
      };
    },
    'recipients.convert': async (request) => {
      const { directory, scope } = writable();
      const { plan, issues, change } = await conversion(directory, request);
      refuseErrors(issues);
      if (plan.edits.length === 0)
        throw new AppError('INVALID_INPUT', 'Nothing to change: the object already has this stamp.');
      await checkSubmittedChanges([change], {
        schema: directory.reader.schema,
        upn: { knownSuffixes: upnSuffixes(directory.reader), ...verifiedOption(tenant) },
        readCurrent: (_change, attrs) =>
          currentValues(directory.reader, directory.live, request.objectGuid, attrs),
      });
      rememberTenant(request.targetKind, withTenant(request.targetKind, request).tenant);
      return recordAndSend(change, scope);
    },
  };
}

/** The reader plans from; holders is where duplicates are looked for; live: a DC answers both. */
interface Directory {
  reader: DirectoryReader;
  holders: DirectorySession | CachedDirectory;
  live: boolean;
}

type ConversionRequest = ConversionInput & { objectGuid: string; dn: string; targetKind: StampableKind };
