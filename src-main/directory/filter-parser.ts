import type { Filter } from 'ldapts';
import {
  AndFilter,
  ApproximateFilter,
  EqualityFilter,
  ExtensibleFilter,
  GreaterThanEqualsFilter,
  LessThanEqualsFilter,
  NotFilter,
  OrFilter,
  PresenceFilter,
  SubstringFilter,
} from 'ldapts';
import { AppError } from '../../src-preload/contract/errors.ts';

/**
 * RFC 4515 string filter → ldapts filter objects, for the "custom LDAP filter" mode.
 *
 * Why our own parser: ldapts' FilterParser turns `\c3\a9` into two Latin-1 characters (so
 * non-ASCII escapes reach the server as the wrong bytes), rejects attribute options such as
 * `member;range=…` and OIDs, and its errors carry no position. Here `\xx` escapes are decoded
 * as bytes, then as UTF-8 text when they form valid UTF-8, else kept as a Buffer (binary
 * equality such as objectGUID).
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });
// descr (letters, digits, hyphen) or numeric OID, each optionally followed by ;options
const ATTRIBUTE = /^(?:[A-Za-z][A-Za-z0-9-]*|\d+(?:\.\d+)*)(?:;[A-Za-z0-9-]+)*/;
const MATCHING_RULE = /^(?:[A-Za-z][A-Za-z0-9-]*|\d+(?:\.\d+)*)/;

export interface FilterErrorDetails extends Record<string, unknown> {
  filter: string;
  /** 0-based index into the filter text where parsing stopped. */
  position: number;
  expected: string;
}

class Cursor {
  readonly text: string;
  pos = 0;
  constructor(text: string) {
    this.text = text;
  }
  peek(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }
  fail(expected: string, at = this.pos): never {
    const found = at < this.text.length ? `'${this.text[at]}'` : 'the end of the filter';
    const details: FilterErrorDetails = { filter: this.text, position: at, expected };
    throw new AppError(
      'INVALID_FILTER',
      `The LDAP filter is not valid at character ${at + 1}: expected ${expected}, found ${found}.`,
      details,
    );
  }
  expect(char: string): void {
    if (this.peek() !== char) this.fail(`'${char}'`);
    this.pos += 1;
  }
}

/** Parses and validates a filter; throws AppError INVALID_FILTER with the position on error. */
export function parseFilter(text: string): Filter {
  const trimmed = text.trim();
  if (trimmed === '') {
    throw new AppError('INVALID_FILTER', 'The LDAP filter is empty.', {
      filter: text,
      position: 0,
      expected: "'('",
    });
  }
  // Like ADUC's custom search, accept a lone item without its outer parentheses: "cn=Zoë*".
  const source = trimmed.startsWith('(') ? trimmed : `(${trimmed})`;
  const offset = trimmed.startsWith('(') ? text.indexOf(trimmed) : text.indexOf(trimmed) - 1;
  const cursor = new Cursor(source);
  try {
    const result = parseOne(cursor);
    if (cursor.pos !== source.length) cursor.fail('the end of the filter (unbalanced parentheses?)');
    return result;
  } catch (error) {
    // Report positions in the text the admin typed, not in the wrapped copy.
    if (error instanceof AppError && error.details !== undefined && offset !== 0) {
      const details = error.details as unknown as FilterErrorDetails;
      const position = Math.max(0, details.position + offset);
      throw new AppError(
        'INVALID_FILTER',
        error.message.replace(/character \d+/, `character ${position + 1}`),
        {
          ...details,
          filter: text,
          position,
        },
      );
    }
    throw error;
  }
}

function parseOne(c: Cursor): Filter {
  c.expect('(');
  let result: Filter;
  const head = c.peek();
  if (head === '&' || head === '|') {
    c.pos += 1;
    const filters: Filter[] = [];
    while (c.peek() === '(') filters.push(parseOne(c));
    if (filters.length === 0) c.fail(`a '(' starting the first filter of '${head}'`);
    result = head === '&' ? new AndFilter({ filters }) : new OrFilter({ filters });
  } else if (head === '!') {
    c.pos += 1;
    result = new NotFilter({ filter: parseOne(c) });
  } else {
    result = parseItem(c);
  }
  c.expect(')');
  return result;
}

function parseItem(c: Cursor): Filter {
  const rest = c.text.slice(c.pos);
  const attribute = ATTRIBUTE.exec(rest)?.[0] ?? '';
  if (attribute === '' && c.peek() !== ':') c.fail('an attribute name');
  c.pos += attribute.length;
  const op = c.peek();
  if (op === ':') return parseExtensible(c, attribute);
  if ((op === '~' || op === '>' || op === '<') && c.peek(1) === '=') {
    c.pos += 2;
    const value = asText(c, readValue(c), op);
    if (op === '~') return new ApproximateFilter({ attribute, value });
    return op === '>'
      ? new GreaterThanEqualsFilter({ attribute, value })
      : new LessThanEqualsFilter({ attribute, value });
  }
  if (op !== '=') c.fail("'=', '~=', '>=', '<=' or ':='");
  c.pos += 1;
  return parseEqualityOrSubstring(c, attribute);
}

function parseEqualityOrSubstring(c: Cursor, attribute: string): Filter {
  const parts: Buffer[] = [readValue(c)];
  while (c.peek() === '*') {
    c.pos += 1;
    parts.push(readValue(c));
  }
  if (parts.length === 1) {
    const bytes = parts[0] ?? Buffer.alloc(0);
    return new EqualityFilter({ attribute, value: decodeOrKeep(bytes) });
  }
  if (parts.length === 2 && parts.every((p) => p.length === 0)) return new PresenceFilter({ attribute });
  const texts = parts.map((p) => asText(c, p, '*'));
  const initial = texts[0] ?? '';
  const final = texts[texts.length - 1] ?? '';
  const any = texts.slice(1, -1).filter((t) => t !== '');
  return new SubstringFilter({ attribute, initial, any, final });
}

function parseExtensible(c: Cursor, attribute: string): Filter {
  let dnAttributes = false;
  let rule: string | undefined;
  c.expect(':');
  if (/^dn[:]/i.test(c.text.slice(c.pos, c.pos + 3))) {
    dnAttributes = true;
    c.pos += 3;
  }
  if (c.peek() !== '=') {
    const found = MATCHING_RULE.exec(c.text.slice(c.pos))?.[0] ?? '';
    if (found === '') c.fail('a matching rule OID or name');
    rule = found;
    c.pos += found.length;
    c.expect(':');
  }
  if (attribute === '' && rule === undefined)
    c.fail('a matching rule (an extensible filter without attribute needs one)');
  c.expect('=');
  const value = asText(c, readValue(c), ':=');
  return new ExtensibleFilter({ matchType: attribute, rule, dnAttributes, value });
}

/** Reads an assertion value up to `*` or `)`, decoding `\xx` escapes into bytes. */
function readValue(c: Cursor): Buffer {
  const chunks: Buffer[] = [];
  let literalStart = c.pos;
  const flush = (): void => {
    if (c.pos > literalStart) chunks.push(Buffer.from(c.text.slice(literalStart, c.pos), 'utf8'));
  };
  while (c.pos < c.text.length) {
    const ch = c.peek();
    if (ch === ')' || ch === '*') break;
    if (ch === '(') c.fail("'\\28' (an escaped '(') or ')'");
    if (ch === '\0') c.fail("'\\00' (an escaped NUL)");
    if (ch === '\\') {
      flush();
      const hex = c.text.slice(c.pos + 1, c.pos + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex))
        c.fail('two hex digits after \\ (write \\5c for a backslash, \\2a for *)', c.pos + 1);
      chunks.push(Buffer.from([Number.parseInt(hex, 16)]));
      c.pos += 3;
      literalStart = c.pos;
      continue;
    }
    c.pos += 1;
  }
  flush();
  // Values end at ')' or '*'; running off the end means a missing ')'.
  if (c.pos >= c.text.length) c.fail("')'");
  return Buffer.concat(chunks);
}

function decodeOrKeep(bytes: Buffer): string | Buffer {
  try {
    return utf8.decode(bytes);
  } catch {
    return bytes;
  }
}

function asText(c: Cursor, bytes: Buffer, operator: string): string {
  const value = decodeOrKeep(bytes);
  if (typeof value === 'string') return value;
  return c.fail(`a UTF-8 text value (binary values only work with '=', not '${operator}')`, c.pos - 1);
}
