import type { ValidationIssue } from '../../src-preload/contract/index.ts';
import type { DirectorySchema } from './schema.ts';

/**
 * What the schema says of a value before it is ever sent: the attribute exists and is not
 * system-only, a single-valued attribute gets one value, lengths and numbers within
 * rangeLower..rangeUpper, no NUL or control characters in text, bytes for binary syntaxes.
 * The server would refuse most of these too, but only after the change sat in the journal, and
 * for some (a NUL) Samba and Windows silently truncate instead.
 */

// 2.5.5.x syntaxes whose values are text the admin typed (strings of the various kinds).
const TEXT_SYNTAXES = new Set([
  '2.5.5.2',
  '2.5.5.3',
  '2.5.5.4',
  '2.5.5.5',
  '2.5.5.6',
  '2.5.5.12',
  '2.5.5.13',
]);
const INTEGER_SYNTAXES = new Set(['2.5.5.9', '2.5.5.16']);
const BOOLEAN_SYNTAX = '2.5.5.8';
/** Tab, line feed and carriage return are legitimate in multi-line fields (Notes, Street). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export interface SchemaEdit {
  attr: string;
  binary: boolean;
  /** The values the attribute will hold, where the edit says them all (a full set). */
  resulting: readonly string[] | null;
  /** The values the edit writes (a full set's desired, a delta's additions). */
  written: readonly string[];
}

export function schemaIssues(schema: DirectorySchema, edit: SchemaEdit): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (code: string, message: string, value?: string) =>
    issues.push(
      value === undefined
        ? { code, severity: 'error', field: edit.attr, message }
        : { code, severity: 'error', field: edit.attr, message, value },
    );
  if (schema.attributeCount === 0) return issues; // schema not read yet (never on a connected session)
  const definition = schema.attribute(edit.attr);
  if (definition === undefined) {
    add('unknown-attribute', `${edit.attr} is not an attribute of this forest's schema.`);
    return issues;
  }
  if (definition.systemOnly)
    add('system-only', `${edit.attr} is kept by the directory itself and cannot be written.`);
  const count = edit.resulting?.length ?? edit.written.length;
  if (definition.singleValued && count > 1)
    add('single-valued', `${edit.attr} holds one value only; ${count} were given.`);
  const binary = schema.isBinary(edit.attr);
  if (binary && !edit.binary)
    add('binary-syntax', `${edit.attr} holds bytes: it must be written as binary data, not as text.`);
  if (!binary && edit.binary) add('text-syntax', `${edit.attr} holds text, not binary data.`);
  const { rangeLower, rangeUpper } = definition;
  for (const value of edit.written) {
    if (TEXT_SYNTAXES.has(definition.syntax)) {
      if (CONTROL.test(value))
        add('control-character', `${edit.attr}: a value contains a NUL or control character.`, value);
      const length = [...value].length;
      if (rangeUpper !== undefined && length > rangeUpper)
        add('too-long', `${edit.attr}: at most ${rangeUpper} characters (this value has ${length}).`, value);
      if (rangeLower !== undefined && length < rangeLower)
        add(
          'too-short',
          `${edit.attr}: at least ${rangeLower} characters (this value has ${length}).`,
          value,
        );
    } else if (INTEGER_SYNTAXES.has(definition.syntax)) {
      if (!/^-?\d+$/.test(value))
        add('not-a-number', `${edit.attr}: "${value}" is not a whole number.`, value);
      else {
        const number = BigInt(value);
        if (rangeUpper !== undefined && number > BigInt(rangeUpper))
          add('too-large', `${edit.attr}: at most ${rangeUpper}.`, value);
        if (rangeLower !== undefined && number < BigInt(rangeLower))
          add('too-small', `${edit.attr}: at least ${rangeLower}.`, value);
      }
    } else if (definition.syntax === BOOLEAN_SYNTAX) {
      if (value !== 'TRUE' && value !== 'FALSE')
        add('not-a-boolean', `${edit.attr}: TRUE or FALSE, not "${value}".`, value);
    } else if (binary && edit.binary && rangeUpper !== undefined) {
      const bytes =
        Math.floor((value.length * 3) / 4) - (value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0);
      if (bytes > rangeUpper)
        add('too-large', `${edit.attr}: at most ${rangeUpper} bytes (this value has ${bytes}).`);
    }
  }
  return issues;
}
