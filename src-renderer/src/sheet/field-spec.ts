import type { AttributeFacts } from '../../../src-preload/contract/index.ts';
import type { PickKinds } from '../components/object-picker.tsx';

/**
 * A form field described as data: which attribute, what to call it, and (when the schema alone
 * does not say) how to edit it. Tabs are lists of these; field-view.tsx renders any of them, with
 * the schema's facts (length limits, single-valued, syntax) and the bound user's rights applied.
 */
interface BaseSpec {
  /** The attribute, in the schema's spelling; matched without case, as LDAP names are. */
  attr: string;
  label: string;
  hint?: string;
  /** Takes the whole row of the form grid (lists and text boxes always do). */
  wide?: boolean;
}

/** One line of text (single-valued string attributes). */
export interface TextSpec extends BaseSpec {
  kind: 'text';
}

/** One value over several lines (street address, notes). */
export interface MultiLineSpec extends BaseSpec {
  kind: 'multi-line';
}

/** A multi-valued text attribute: one value per line. */
export interface ValuesSpec extends BaseSpec {
  kind: 'values';
}

/**
 * An AD Boolean as a switch. Absent is its own state ("not set", usually Exchange's default): on
 * writes TRUE, off writes FALSE only where the attribute was present, so on-then-off writes nothing.
 */
export interface SwitchSpec extends BaseSpec {
  kind: 'switch';
}

export interface ChoiceOption {
  id: string;
  label: string;
  /** The values this option writes; [] clears the attribute ("not set"). */
  values?: string[];
}

/**
 * One of several settings. By default an option is its `values`; an attribute that packs more than
 * the choice (a bit field) supplies `read` and `write`, which keep the other bits as they are.
 */
export interface ChoiceSpec extends BaseSpec {
  kind: 'choice';
  options: readonly ChoiceOption[];
  read?(values: readonly string[]): string | undefined;
  write?(id: string, current: readonly string[]): string[];
}

/**
 * A checkbox over part of an attribute (one bit of userAccountControl, a pwdLastSet state): read
 * says whether it is ticked, write gives the attribute's new values from the current ones.
 */
export interface CheckSpec extends BaseSpec {
  kind: 'check';
  read(values: readonly string[]): boolean;
  write(checked: boolean, current: readonly string[]): string[];
}

/** A date, or "never" (accountExpires): read/write convert the attribute's own format. */
export interface DateSpec extends BaseSpec {
  kind: 'date';
  neverLabel: string;
  read(values: readonly string[]): Date | null | undefined;
  write(date: Date | null): string[];
}

/** Shown, never edited: a constructed or system value in words (created, USNs, canonical name). */
export interface InfoSpec extends BaseSpec {
  kind: 'info';
  read?(values: readonly string[]): string;
}

/** DN values shown by name, with a picker to add and a Remove button on each. */
export interface DnListSpec extends BaseSpec {
  kind: 'dn-list';
  emptyText: string;
  /** A single-valued DN (manager, managedBy): picking replaces the one value. */
  single?: boolean;
  pickLabel?: string;
  pickKinds?: PickKinds;
  pickHint?: string;
}

export type KindedSpec =
  | TextSpec
  | MultiLineSpec
  | ValuesSpec
  | SwitchSpec
  | ChoiceSpec
  | CheckSpec
  | DateSpec
  | InfoSpec
  | DnListSpec;
export type FieldKind = KindedSpec['kind'];

/** A spec may leave its kind out: the schema then chooses the editor (see editorFor). */
export type FieldSpec = KindedSpec | (BaseSpec & { kind?: undefined; emptyText?: string });

const BOOLEAN_SYNTAX = '2.5.5.8';
const DN_SYNTAX = '2.5.5.1';

/** The spec with its editor decided: the spec's own kind, else what the attribute's syntax calls for. */
export function editorFor(spec: FieldSpec, facts: AttributeFacts): KindedSpec {
  if (spec.kind !== undefined) return spec;
  const { emptyText, ...base } = spec;
  if (facts.syntax === BOOLEAN_SYNTAX) return { ...base, kind: 'switch' };
  if (facts.syntax === DN_SYNTAX)
    return { ...base, kind: 'dn-list', emptyText: emptyText ?? 'None.', single: facts.singleValued };
  return facts.singleValued ? { ...base, kind: 'text' } : { ...base, kind: 'values' };
}

/** Lists and text boxes take a whole row; single-line fields sit two to a row. */
export function isWide(spec: KindedSpec): boolean {
  return spec.wide ?? (spec.kind === 'dn-list' || spec.kind === 'values' || spec.kind === 'multi-line');
}
