// Test-only: JSON Schemas derived at test time from Microsoft's published Graph contract
// (e2e/graph/contract/v1.0-Prod.csdl.gz), so the Graph test server fails a test whenever a request or a
// response body strays from what real Graph declares. The CSDL is read with a tag tokenizer (its
// XML is regular: elements and attributes, no text content we need), never restated by hand.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

// The contract is vendored (contract/README.md says from where), so a clean clone anywhere has it;
// RD_GRAPH_CSDL points at another copy, plain or gzipped.
export const CSDL_PATH =
  process.env.RD_GRAPH_CSDL || fileURLToPath(new URL('./contract/v1.0-Prod.csdl.gz', import.meta.url));

function readCsdl(): string {
  const bytes = readFileSync(CSDL_PATH);
  return (CSDL_PATH.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

interface CsdlProperty {
  name: string;
  type: string;
  nullable: boolean;
  navigation: boolean;
}
interface CsdlStructured {
  kind: 'entity' | 'complex';
  name: string;
  base: string | null;
  properties: CsdlProperty[];
}
interface CsdlModel {
  structured: Map<string, CsdlStructured>;
  enums: Map<string, string[]>;
}

export type JsonSchema = Record<string, unknown>;

const TAG = /<(\/?)([A-Za-z:]+)((?:\s+[A-Za-z:]+="[^"]*")*)\s*(\/?)>/g;
const ATTR = /([A-Za-z:]+)="([^"]*)"/g;

function attrs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) out[m[1] ?? ''] = m[2] ?? '';
  return out;
}

export function parseCsdl(xml: string): CsdlModel {
  const structured = new Map<string, CsdlStructured>();
  const enums = new Map<string, string[]>();
  let namespace = '';
  let current: CsdlStructured | null = null;
  let currentEnum: string[] | null = null;
  // Aliases are document-wide: a type in one schema names another schema's type by its alias.
  const aliases = new Map<string, string>();
  for (const m of xml.matchAll(/<Schema Namespace="([^"]+)" Alias="([^"]+)"/g))
    aliases.set(m[2] ?? '', m[1] ?? '');
  const qualify = (t: string): string => {
    const dot = t.indexOf('.');
    const ns = aliases.get(t.slice(0, dot));
    return ns === undefined ? t : `${ns}.${t.slice(dot + 1)}`;
  };
  const qualifyType = (t: string): string => {
    const m = /^Collection\((.+)\)$/.exec(t);
    return m ? `Collection(${qualify(m[1] ?? '')})` : qualify(t);
  };
  for (const m of xml.matchAll(TAG)) {
    const closing = m[1] === '/';
    const tag = m[2] ?? '';
    const a = attrs(m[3] ?? '');
    const selfClosing = m[4] === '/';
    if (closing) {
      if (tag === 'EntityType' || tag === 'ComplexType') current = null;
      if (tag === 'EnumType') currentEnum = null;
      continue;
    }
    if (tag === 'Schema') {
      namespace = a.Namespace ?? '';
    } else if (tag === 'EntityType' || tag === 'ComplexType') {
      const type: CsdlStructured = {
        kind: tag === 'EntityType' ? 'entity' : 'complex',
        name: `${namespace}.${a.Name ?? ''}`,
        base: a.BaseType ? qualify(a.BaseType) : null,
        properties: [],
      };
      structured.set(type.name, type);
      current = selfClosing ? null : type;
    } else if (tag === 'EnumType') {
      currentEnum = [];
      enums.set(`${namespace}.${a.Name ?? ''}`, currentEnum);
    } else if (tag === 'Member' && currentEnum) {
      currentEnum.push(a.Name ?? '');
    } else if ((tag === 'Property' || tag === 'NavigationProperty') && current) {
      current.properties.push({
        name: a.Name ?? '',
        type: qualifyType(a.Type ?? ''),
        nullable: a.Nullable !== 'false',
        navigation: tag === 'NavigationProperty',
      });
    }
  }
  return { structured, enums };
}

let cached: CsdlModel | null = null;
export function graphModel(): CsdlModel {
  cached ??= parseCsdl(readCsdl());
  return cached;
}

/** Every property of a type, its base types' first (entity → directoryObject → user). */
function allProperties(model: CsdlModel, typeName: string): CsdlProperty[] {
  const type = model.structured.get(typeName);
  if (!type) throw new Error(`CSDL has no type ${typeName}`);
  return [...(type.base ? allProperties(model, type.base) : []), ...type.properties];
}

const EDM: Record<string, JsonSchema> = {
  'Edm.String': { type: 'string' },
  'Edm.Boolean': { type: 'boolean' },
  'Edm.Int32': { type: 'integer' },
  'Edm.Int64': { type: 'integer' },
  'Edm.Double': { type: 'number' },
  'Edm.DateTimeOffset': { type: 'string', format: 'date-time' },
  'Edm.Date': { type: 'string', format: 'date' },
  'Edm.Guid': { type: 'string', format: 'uuid' },
  'Edm.Binary': { type: 'string', format: 'base64' },
  'Edm.Duration': { type: 'string' },
  'Edm.TimeOfDay': { type: 'string' },
  'Edm.Stream': { type: 'string' },
};

/**
 * The JSON Schema of a CSDL type: structured types become objects whose properties are exactly
 * those declared (no extra properties but OData annotations: a typo in the app or the server fails
 * the test), each nullable unless Nullable="false". Referenced types live in $defs.
 */
export function schemaFor(typeName: string, options: { partial?: boolean } = {}): JsonSchema {
  const model = graphModel();
  const defs: Record<string, JsonSchema> = {};
  const ref = (t: string): JsonSchema => {
    const coll = /^Collection\((.+)\)$/.exec(t);
    if (coll) return { type: 'array', items: ref(coll[1] ?? '') };
    const edm = EDM[t];
    if (edm) return edm;
    if (t.startsWith('Edm.')) return {};
    const members = model.enums.get(t);
    if (members) return { type: 'string', enum: members };
    if (!(t in defs)) {
      defs[t] = {};
      defs[t] = structuredSchema(t, false);
    }
    return { $ref: t };
  };
  const structuredSchema = (t: string, partial: boolean): JsonSchema => {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const p of allProperties(model, t)) {
      // Navigation properties only appear with $expand, which the app does not use: any shape.
      const s = p.navigation ? {} : ref(p.type);
      properties[p.name] = p.nullable ? { anyOf: [{ type: 'null' }, s] } : s;
      if (!partial && !p.nullable && !p.navigation && p.type.startsWith('Collection(')) {
        // Non-nullable collections are always serialised (as [] when empty) when selected; the
        // server selects everything, so it must send them.
      }
    }
    return { type: 'object', properties, additionalProperties: false, required };
  };
  const root = structuredSchema(typeName, options.partial === true);
  return { ...root, $defs: defs, title: typeName };
}

/** A Graph collection page of a type: value[], with the OData control annotations. */
export function collectionSchema(typeName: string): JsonSchema {
  const item = schemaFor(typeName);
  const defs = item.$defs;
  return {
    type: 'object',
    properties: { value: { type: 'array', items: { ...item, $defs: undefined } } },
    required: ['value'],
    additionalProperties: false,
    $defs: defs,
    title: `Collection(${typeName})`,
  };
}

export interface ActionParameter {
  type: string;
  nullable: boolean;
  /** Annotated Org.OData.Core.V1.OptionalParameter: the body may leave it out. */
  optional?: boolean;
}

/** The JSON body of a bound action (its non-binding parameters). */
export function actionSchema(parameters: Record<string, ActionParameter>): JsonSchema {
  const model = graphModel();
  void model;
  const properties: Record<string, JsonSchema> = {};
  const defsHolder: Record<string, JsonSchema> = {};
  for (const [name, p] of Object.entries(parameters)) {
    const coll = /^Collection\((.+)\)$/.exec(p.type);
    const inner = coll ? (coll[1] ?? '') : p.type;
    let s: JsonSchema;
    if (EDM[inner]) s = EDM[inner];
    else {
      const sub = schemaFor(inner);
      Object.assign(defsHolder, sub.$defs as Record<string, JsonSchema>);
      defsHolder[inner] = { ...sub, $defs: undefined };
      s = { $ref: inner };
    }
    if (coll) s = { type: 'array', items: s };
    properties[name] = p.nullable ? { anyOf: [{ type: 'null' }, s] } : s;
  }
  return {
    type: 'object',
    properties,
    required: Object.keys(parameters).filter((name) => parameters[name]?.optional !== true),
    additionalProperties: false,
    $defs: defsHolder,
  };
}

/** Reads a bound action's parameters from the CSDL (the overload bound to bindingType). */
export function actionParameters(actionName: string, bindingType: string): Record<string, ActionParameter> {
  const xml = readCsdl();
  let inAction = false;
  let bound = false;
  let params: Record<string, ActionParameter> = {};
  let lastParam: ActionParameter | null = null;
  for (const m of xml.matchAll(TAG)) {
    const tag = m[2] ?? '';
    const a = attrs(m[3] ?? '');
    if (m[1] === '/' && tag === 'Action') {
      if (inAction && bound) return params;
      inAction = false;
      continue;
    }
    if (m[1] === '/') continue; // </Parameter> and other closing tags carry nothing
    if (tag === 'Action') {
      inAction = a.Name === actionName && m[4] !== '/';
      bound = false;
      params = {};
    } else if (tag === 'Parameter' && inAction) {
      const type = (a.Type ?? '').replace(/^(Collection\()?graph\./, '$1microsoft.graph.');
      lastParam = null;
      if (a.Name === 'bindingParameter') bound = type === bindingType;
      else {
        lastParam = { type, nullable: a.Nullable !== 'false' };
        params[a.Name ?? ''] = lastParam;
      }
    } else if (tag === 'Annotation' && inAction && lastParam) {
      if (a.Term === 'Org.OData.Core.V1.OptionalParameter') lastParam.optional = true;
    }
  }
  throw new Error(`CSDL has no action ${actionName} bound to ${bindingType}`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Validates a value against a schema made above (the subset of JSON Schema they use); returns
 * the mismatches as "path: problem", empty when the value conforms.
 */
export function validate(schema: JsonSchema, value: unknown): string[] {
  const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
  const errors: string[] = [];
  const check = (s: JsonSchema, v: unknown, path: string): boolean => {
    if (typeof s.$ref === 'string') {
      const target = defs[s.$ref];
      if (!target) {
        errors.push(`${path}: unknown $ref ${s.$ref}`);
        return false;
      }
      return check(target, v, path);
    }
    if (Array.isArray(s.anyOf)) {
      const before = errors.length;
      for (const alt of s.anyOf as JsonSchema[]) {
        const trial = errors.length;
        if (check(alt, v, path)) {
          errors.length = before;
          return true;
        }
        errors.length = trial;
      }
      check((s.anyOf as JsonSchema[])[(s.anyOf as JsonSchema[]).length - 1] ?? {}, v, path);
      return false;
    }
    const start = errors.length;
    switch (s.type) {
      case 'null':
        if (v !== null) errors.push(`${path}: expected null`);
        break;
      case 'string':
        if (typeof v !== 'string') errors.push(`${path}: expected a string, got ${JSON.stringify(v)}`);
        else if (Array.isArray(s.enum) && !s.enum.includes(v))
          errors.push(`${path}: "${v}" is not one of the enum's members`);
        else if (s.format === 'uuid' && !UUID.test(v)) errors.push(`${path}: "${v}" is not a GUID`);
        else if (s.format === 'date-time' && !DATE_TIME.test(v))
          errors.push(`${path}: "${v}" is not an ISO date-time`);
        else if (s.format === 'base64' && !BASE64.test(v)) errors.push(`${path}: not base64`);
        break;
      case 'boolean':
        if (typeof v !== 'boolean') errors.push(`${path}: expected a boolean`);
        break;
      case 'integer':
        if (!Number.isInteger(v)) errors.push(`${path}: expected an integer`);
        break;
      case 'number':
        if (typeof v !== 'number') errors.push(`${path}: expected a number`);
        break;
      case 'array':
        if (!Array.isArray(v)) errors.push(`${path}: expected an array`);
        else v.forEach((item, i) => check((s.items ?? {}) as JsonSchema, item, `${path}[${i}]`));
        break;
      case 'object': {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) {
          errors.push(`${path}: expected an object`);
          break;
        }
        const props = (s.properties ?? {}) as Record<string, JsonSchema>;
        const record = v as Record<string, unknown>;
        for (const req of (s.required ?? []) as string[])
          if (!(req in record)) errors.push(`${path}: missing ${req}`);
        for (const [k, item] of Object.entries(record)) {
          if (k.includes('@odata.')) continue; // control annotations: @odata.type, nextLink, count
          const p = props[k];
          if (p) check(p, item, `${path}.${k}`);
          else if (s.additionalProperties === false)
            errors.push(`${path}: ${k} is not a property of ${String(s.title ?? 'this type')}`);
        }
        break;
      }
      default:
        break;
    }
    return errors.length === start;
  };
  check(schema, value, '$');
  return errors;
}
