import { EqualityFilter } from 'ldapts';
import { first, strings } from './entry.ts';
import type { Entry } from './entry.ts';
import { searchAll } from './search.ts';
import type { SearchContext } from './search.ts';

/** One attributeSchema object, as editors need it. */
export interface AttributeDefinition {
  name: string;
  attributeId: string;
  /** 2.5.5.x */
  syntax: string;
  omSyntax: number;
  singleValued: boolean;
  rangeLower: number | undefined;
  rangeUpper: number | undefined;
  linkId: number | undefined;
  systemOnly: boolean;
}

/** One classSchema object. objectClassCategory: 0 = 88 class, 1 = structural, 2 = abstract, 3 = auxiliary. */
export interface ClassDefinition {
  name: string;
  subClassOf: string;
  auxiliaryClass: string[];
  systemAuxiliaryClass: string[];
  mayContain: string[];
  mustContain: string[];
  systemMayContain: string[];
  systemMustContain: string[];
  objectClassCategory: number;
}

// Octet string, SID, NT security descriptor: bytes, never text.
const BINARY_SYNTAXES = new Set(['2.5.5.10', '2.5.5.17', '2.5.5.15']);

/** Used until the schema is loaded (rootDSE and schema reads themselves). */
const KNOWN_BINARY = [
  'objectGUID',
  'objectSid',
  'thumbnailPhoto',
  'msExchMailboxGuid',
  'msExchArchiveGUID',
  'jpegPhoto',
  'mS-DS-ConsistencyGuid',
  'sIDHistory',
  'nTSecurityDescriptor',
  'schemaIDGUID',
];

export class DirectorySchema {
  readonly #attributes = new Map<string, AttributeDefinition>();
  readonly #classes = new Map<string, ClassDefinition>();
  readonly #binary = new Map<string, string>();

  constructor(attributes: AttributeDefinition[], classes: ClassDefinition[]) {
    for (const a of attributes) {
      this.#attributes.set(a.name.toLowerCase(), a);
      if (BINARY_SYNTAXES.has(a.syntax)) this.#binary.set(a.name.toLowerCase(), a.name);
    }
    for (const c of classes) this.#classes.set(c.name.toLowerCase(), c);
    if (attributes.length === 0) for (const name of KNOWN_BINARY) this.#binary.set(name.toLowerCase(), name);
  }

  static empty(): DirectorySchema {
    return new DirectorySchema([], []);
  }

  attribute(name: string): AttributeDefinition | undefined {
    return this.#attributes.get(baseName(name));
  }

  class(name: string): ClassDefinition | undefined {
    return this.#classes.get(name.toLowerCase());
  }

  get attributeCount(): number {
    return this.#attributes.size;
  }

  isBinary(name: string): boolean {
    return this.#binary.has(baseName(name));
  }

  isSingleValued(name: string): boolean {
    return this.attribute(name)?.singleValued ?? false;
  }

  /** Every attribute that can be shown as text (binary ones left out), by name: the column chooser's list. */
  textAttributeNames(): string[] {
    return [...this.#attributes.values()]
      .filter((a) => !this.#binary.has(a.name.toLowerCase()))
      .map((a) => a.name)
      .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  }

  /** The Exchange attributes the app edits exist in this forest. */
  hasExchangeSchema(): boolean {
    return this.#attributes.has('mailnickname') && this.#attributes.has('msexchrecipienttypedetails');
  }

  /** Canonical names of the binary attributes among `requested` (all of them for `*`). */
  binaryAmong(requested: readonly string[]): string[] {
    if (requested.includes('*')) return [...this.#binary.values()];
    const found: string[] = [];
    for (const name of requested) {
      const canonical = this.#binary.get(name.toLowerCase());
      if (canonical !== undefined) found.push(canonical);
    }
    return found;
  }
}

function baseName(name: string): string {
  const semicolon = name.indexOf(';');
  return (semicolon === -1 ? name : name.slice(0, semicolon)).toLowerCase();
}

const ATTRIBUTE_FIELDS = [
  'lDAPDisplayName',
  'attributeID',
  'attributeSyntax',
  'oMSyntax',
  'isSingleValued',
  'rangeLower',
  'rangeUpper',
  'linkID',
  'systemOnly',
];
const CLASS_FIELDS = [
  'lDAPDisplayName',
  'subClassOf',
  'auxiliaryClass',
  'systemAuxiliaryClass',
  'mayContain',
  'mustContain',
  'systemMayContain',
  'systemMustContain',
  'objectClassCategory',
];

function optionalNumber(entry: Entry, name: string): number | undefined {
  const value = first(entry, name);
  return value === undefined ? undefined : Number(value);
}

export function toAttributeDefinition(e: Entry): AttributeDefinition {
  return {
    name: first(e, 'lDAPDisplayName') ?? '',
    attributeId: first(e, 'attributeID') ?? '',
    syntax: first(e, 'attributeSyntax') ?? '',
    omSyntax: Number(first(e, 'oMSyntax') ?? 0),
    singleValued: first(e, 'isSingleValued') === 'TRUE',
    rangeLower: optionalNumber(e, 'rangeLower'),
    rangeUpper: optionalNumber(e, 'rangeUpper'),
    linkId: optionalNumber(e, 'linkID'),
    systemOnly: first(e, 'systemOnly') === 'TRUE',
  };
}

export function toClassDefinition(e: Entry): ClassDefinition {
  return {
    name: first(e, 'lDAPDisplayName') ?? '',
    subClassOf: first(e, 'subClassOf') ?? '',
    auxiliaryClass: strings(e, 'auxiliaryClass'),
    systemAuxiliaryClass: strings(e, 'systemAuxiliaryClass'),
    mayContain: strings(e, 'mayContain'),
    mustContain: strings(e, 'mustContain'),
    systemMayContain: strings(e, 'systemMayContain'),
    systemMustContain: strings(e, 'systemMustContain'),
    objectClassCategory: Number(first(e, 'objectClassCategory') ?? 0),
  };
}

/** Reads attributeSchema and classSchema from the schema naming context (two paged searches). */
export async function loadSchema(ctx: SearchContext, schemaNamingContext: string): Promise<DirectorySchema> {
  const [attributes, classes] = await Promise.all([
    searchAll(ctx, {
      base: schemaNamingContext,
      scope: 'one',
      filter: new EqualityFilter({ attribute: 'objectClass', value: 'attributeSchema' }),
      attributes: ATTRIBUTE_FIELDS,
    }),
    searchAll(ctx, {
      base: schemaNamingContext,
      scope: 'one',
      filter: new EqualityFilter({ attribute: 'objectClass', value: 'classSchema' }),
      attributes: CLASS_FIELDS,
    }),
  ]);
  return new DirectorySchema(attributes.map(toAttributeDefinition), classes.map(toClassDefinition));
}
