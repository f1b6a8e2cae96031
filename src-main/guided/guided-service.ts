import { AppError } from '../../src-preload/contract/index.ts';
import {
  afterCheck,
  viewOfFix,
  type GuidedFixKind,
  type GuidedFixRecord,
  type GuidedFixView,
  type GuidedSettings,
} from '../../src-preload/shared/guided/guided-fix.ts';
import type { DirectoryScope } from '../changes/journal.ts';
import type { Settings } from '../store/settings.ts';
import type { FixKind, GuidedPorts } from './guided-ports.ts';
import type { GuidedStore } from './guided-store.ts';
import { missingAliasFix, startMissingAlias } from './missing-alias-fix.ts';
import { plainTextFix, startPlainText } from './plain-text-fix.ts';
import { startTakeover, takeoverFix } from './takeover-fix.ts';

const KINDS: Record<GuidedFixKind, FixKind<never>> = {
  'missing-alias': missingAliasFix as FixKind<never>,
  'plain-text-invites': plainTextFix as FixKind<never>,
  'cloud-takeover': takeoverFix as FixKind<never>,
};

const NO_SETTINGS: GuidedSettings = { outOfScopeDn: null, syncServer: null };

export interface GuidedServiceOptions {
  store: GuidedStore;
  settings: Settings;
  ports: GuidedPorts;
  /** The connected, writable directory; null when read-only or not connected. */
  scope(): DirectoryScope | null;
  /** Pushed after every change of a fix, so every open window shows where it stands. */
  onChanged(view: GuidedFixView): void;
  now?: () => Date;
}

/**
 * The guided fixes of the connected directory: started after main checked the object, each step
 * done (where RecipientDesk can) and checked here, the state saved after every check.
 */
export class GuidedService {
  readonly #o: GuidedServiceOptions;
  readonly #busy = new Set<number>();

  constructor(options: GuidedServiceOptions) {
    this.#o = options;
  }

  #now(): string {
    return (this.#o.now?.() ?? new Date()).toISOString();
  }

  #scope(): DirectoryScope {
    const scope = this.#o.scope();
    if (scope === null)
      throw new AppError(
        'READ_ONLY',
        'Guided fixes change the directory: connect with an account that may write.',
      );
    return scope;
  }

  view(fix: GuidedFixRecord): GuidedFixView {
    const kind = KINDS[fix.kind];
    const facts = fix.facts as never;
    return viewOfFix(fix, { title: kind.title, subject: kind.subject(facts), steps: kind.steps(facts) });
  }

  list(): GuidedFixView[] {
    const scope = this.#o.scope();
    return scope === null ? [] : this.#o.store.list(scope).map((f) => this.view(f));
  }

  settings(): GuidedSettings {
    const scope = this.#o.scope();
    if (scope === null) return NO_SETTINGS;
    return this.#o.settings.get<GuidedSettings>(`guided.settings.${scope.profileId}`) ?? NO_SETTINGS;
  }

  saveSettings(next: GuidedSettings): GuidedSettings {
    const scope = this.#scope();
    this.#o.settings.set(`guided.settings.${scope.profileId}`, next);
    return next;
  }

  async startMissingAlias(input: { dn: string; outOfScopeDn: string }): Promise<GuidedFixView> {
    const scope = this.#scope();
    const facts = await startMissingAlias(this.#o.ports, input);
    const open = this.#o.store
      .list(scope)
      .find(
        (f) =>
          f.status === 'open' &&
          f.kind === 'missing-alias' &&
          (f.facts as { objectGuid: string }).objectGuid === facts.objectGuid,
      );
    if (open)
      throw new AppError(
        'VALIDATION_FAILED',
        `A fix for this user is open already (#${open.id}): resume it.`,
      );
    // The OU chosen is the profile's from now on: the next fix offers it.
    this.#o.settings.set(`guided.settings.${scope.profileId}`, {
      ...this.settings(),
      outOfScopeDn: facts.outOfScopeDn,
    });
    return this.#created(scope, 'missing-alias', facts);
  }

  async startPlainText(input: { baseDn: string }): Promise<GuidedFixView> {
    const scope = this.#scope();
    return this.#created(scope, 'plain-text-invites', await startPlainText(this.#o.ports, input));
  }

  async startTakeover(input: { dn: string; cloudUserId: string }): Promise<GuidedFixView> {
    const scope = this.#scope();
    return this.#created(scope, 'cloud-takeover', await startTakeover(this.#o.ports, input));
  }

  #created(scope: DirectoryScope, kind: GuidedFixKind, facts: unknown): GuidedFixView {
    const view = this.view(this.#o.store.create(scope, kind, facts, this.#now()));
    this.#o.onChanged(view);
    return view;
  }

  #open(id: number): GuidedFixRecord {
    const fix = this.#o.store.get(this.#scope(), id);
    if (!fix) throw new AppError('NOT_FOUND', `No guided fix #${id} for this directory.`);
    if (fix.status !== 'open') throw new AppError('VALIDATION_FAILED', `Guided fix #${id} is ${fix.status}.`);
    return fix;
  }

  /** One step at a time per fix: a second click while the first runs is refused, not doubled. */
  async #exclusive<T>(id: number, work: () => Promise<T>): Promise<T> {
    if (this.#busy.has(id)) throw new AppError('VALIDATION_FAILED', `Guided fix #${id} is busy with a step.`);
    this.#busy.add(id);
    try {
      return await work();
    } finally {
      this.#busy.delete(id);
    }
  }

  /** Does the current step (where RecipientDesk can), then checks it. */
  run(id: number): Promise<GuidedFixView> {
    return this.#exclusive(id, async () => {
      const fix = this.#open(id);
      const kind = KINDS[fix.kind];
      const facts = fix.facts as never;
      const step = kind.steps(facts)[fix.step];
      if (!step?.action)
        throw new AppError(
          'VALIDATION_FAILED',
          'This step is done outside RecipientDesk: run its command, then check.',
        );
      await kind.act(step.key, facts, this.#o.ports, fix.checks);
      return this.#checked(fix);
    });
  }

  /** Checks the current step; a pass moves the fix on. */
  check(id: number): Promise<GuidedFixView> {
    return this.#exclusive(id, async () => this.#checked(this.#open(id)));
  }

  async #checked(fix: GuidedFixRecord): Promise<GuidedFixView> {
    const kind = KINDS[fix.kind];
    const facts = fix.facts as never;
    const steps = kind.steps(facts);
    const step = steps[fix.step];
    if (!step) throw new AppError('INTERNAL', `Guided fix #${fix.id} has no step ${fix.step}.`);
    const result = await kind.check(step.key, facts, this.#o.ports, fix.checks);
    const next = afterCheck(fix, steps.length, { ...result, at: this.#now() });
    this.#o.store.save(next);
    const view = this.view(next);
    this.#o.onChanged(view);
    return view;
  }

  cancel(id: number): GuidedFixView {
    const fix = this.#open(id);
    const next: GuidedFixRecord = { ...fix, status: 'cancelled', updatedAt: this.#now() };
    this.#o.store.save(next);
    const view = this.view(next);
    this.#o.onChanged(view);
    return view;
  }
}
