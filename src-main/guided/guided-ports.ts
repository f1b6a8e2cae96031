import type { ChangeInput, ChangeView, TenantFactsView } from '../../src-preload/contract/index.ts';
import type { Finding } from '../../src-preload/shared/readiness/finding.ts';
import type { GuidedStepDefinition } from '../../src-preload/shared/guided/guided-fix.ts';
import type { GraphApi } from '../cloud/graph-api.ts';
import type { Entry } from '../directory/entry.ts';

/**
 * What a guided fix does its work with: the same paths the rest of the app writes through (the
 * changes handlers, so every write is a journal change checked by main's rules; the cloud actions),
 * never a session or Graph call of its own making.
 */
export interface GuidedPorts {
  /** The object as the directory (or its cache) holds it now; a DN or <GUID=...>. */
  read(dn: string): Promise<Entry>;
  move(request: { objectGuid: string; dn: string; newParentDn: string }): Promise<ChangeView>;
  submit(changes: ChangeInput[]): Promise<ChangeView[]>;
  /** Graph, signed in (throws CLOUD_NOT_SIGNED_IN otherwise). */
  api(): Promise<GraphApi>;
  tenant(): Promise<TenantFactsView>;
  /** The readiness scan's plain-text-invites findings under baseDn. */
  plainTextFindings(baseDn: string): Promise<Finding[]>;
}

/** A kind of guided fix: its steps, what RecipientDesk does for the steps it can, and each check. */
export interface FixKind<F> {
  title: string;
  subject(facts: F): string;
  steps(facts: F): GuidedStepDefinition[];
  /** Does the step's action; only called for a step whose definition has one. */
  act(step: string, facts: F, ports: GuidedPorts, checks: readonly ({ at: string } | null)[]): Promise<void>;
  check(
    step: string,
    facts: F,
    ports: GuidedPorts,
    checks: readonly ({ at: string } | null)[],
  ): Promise<{ ok: boolean; text: string }>;
}
