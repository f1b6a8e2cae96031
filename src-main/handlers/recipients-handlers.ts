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
import { uniquenessIssues } from '../recipients/uniqueness.ts';
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
  /** The signed-in tenant: its verified domains for the UPN check, its initial domain as the tenant. */
  tenant?: TenantDomains;
}): DomainHandlers<'recipients'> {
  const { connection, journal, settings } = deps;
  const tenant = deps.tenant ?? NO_TENANT;
  const author = () => connection.state.identity ?? 'unknown';

  function writable(): { session: DirectorySession; scope: DirectoryScope } {
    const session = connection.requireSession();
    const scope = connection.writableScope();
    if (scope === null)
      throw new AppError('READ_ONLY', 'This connection is read-only: changes are not allowed.');
    return { session, scope };
  }

  function upnSuffixes(session: DirectorySession): string[] {
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
    const session = connection.requireSession();
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
    session: DirectorySession,
    kind: StampableKind,
    parentDn: string,
    fields: RecipientFields,
  ): Promise<{
    plan: RecipientPlan;
    change: ReturnType<typeof createChange> | null;
    issues: ValidationIssue[];
  }> {
    const plan = planRecipient(kind, parentDn, fields, { knownUpnSuffixes: upnSuffixes(session) });
    const duplicates = await uniquenessIssues(session, plan.unique);
    const issues = [...plan.issues, ...duplicates];
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
    return (await recordedAndSent([recorded], scope))[0]!;
  }

  /** Sends the lane of what was just recorded (one object), and answers with the steps as they ended. */
  async function recordedAndSent(
    recorded: readonly ChangeView[],
    scope: DirectoryScope,
  ): Promise<ChangeView[]> {
    if (connection.state.status === 'online') await journal.sendObjects([recorded[0]!.objectGuid], scope);
    // The new or converted object is pushed (onObjectChanged) before the answer: no refetch.
    await deps.objectChanges.settled();
    return recorded.map((step) => journal.get(step.id));
  }

  async function conversion(session: DirectorySession, request: ConversionRequest) {
    if (connection.state.status !== 'online')
      throw new AppError(
        'OFFLINE',
        'Converting needs the directory: its current values are the base of the change.',
      );
    const current = await session.readAttributes(guidDn(request.objectGuid), [...CONVERSION_READ_ATTRIBUTES]);
    if (Object.keys(current).length === 0)
      throw new AppError('NOT_FOUND', 'The object no longer exists.', { objectGuid: request.objectGuid });
    const { objectGuid: _guid, dn: _dn, targetKind, ...input } = request;
    const plan = planConversion(current, targetKind, withTenant(targetKind, input));
    const duplicates = await uniquenessIssues(session, plan.unique, request.objectGuid);
    const change: NewChange & ChangeInput = {
      objectGuid: request.objectGuid,
      dn: request.dn,
      objectClass: current.objectClass ?? [],
      edits: plan.edits.map((edit) => ({ attr: edit.attr, base: edit.base ?? [], desired: edit.desired })),
    };
    return { plan, issues: [...plan.issues, ...duplicates], change };
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
      const session = connection.requireSession();
      const { plan, change, issues } = await preflight(session, kind, parentDn, withTenant(kind, fields));
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
      const { session, scope } = writable();
      const typed = withTenant(kind, fields);
      const { change, issues } = await preflight(session, kind, parentDn, typed);
      refuseErrors(issues);
      // The schema's rules (single-valued, rangeUpper…) as for any create.
      await checkSubmittedChanges([change!], {
        schema: session.schema,
        upn: { knownSuffixes: upnSuffixes(session), ...verifiedOption(tenant) },
        readCurrent: async () => ({}),
      });
      const steps: (NewChange | NewPasswordChange)[] = [change!];
      if (password !== undefined) {
        if (KINDS[kind].baseClass !== 'user')
          throw new AppError('INVALID_INPUT', 'Only a user account has a password.', { kind });
        // Said before anything is recorded, so no step waits for a session that could never send it.
        requireEncryptedTransport(session.profile);
        steps.push(...accountSteps(change!, password, mustChange === true, enable !== false));
      }
      rememberTenant(kind, typed.tenant);
      const recorded = journal.recordMany(steps.map((step) => ({ ...step, author: author(), ...scope })));
      return recordedAndSent(recorded, scope);
    },
    'recipients.previewConversion': async (request) => {
      const session = connection.requireSession();
      const { plan, issues, change } = await conversion(session, request);
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
      const { session, scope } = writable();
      const { plan, issues, change } = await conversion(session, request);
      refuseErrors(issues);
      if (plan.edits.length === 0)
        throw new AppError('INVALID_INPUT', 'Nothing to change: the object already has this stamp.');
      await checkSubmittedChanges([change], {
        schema: session.schema,
        upn: { knownSuffixes: upnSuffixes(session), ...verifiedOption(tenant) },
        readCurrent: (_change, attrs) => session.readAttributes(guidDn(request.objectGuid), attrs),
      });
      rememberTenant(request.targetKind, withTenant(request.targetKind, request).tenant);
      return recordAndSend(change, scope);
    },
  };
}

type ConversionRequest = ConversionInput & { objectGuid: string; dn: string; targetKind: StampableKind };
