import { describe, expect, it } from 'vitest';
import type { AttributeFacts } from '../../../src-preload/contract/index.ts';
import { editorFor } from './field-spec.ts';
import { MAPI_RICH_TEXT, MODERATION_NOTIFY, REQUIRE_AUTHENTICATED_SENDERS } from './tab-fields.ts';

const facts = (syntax: string, singleValued: boolean): AttributeFacts => ({
  name: 'x',
  syntax,
  singleValued,
  binary: false,
  systemOnly: false,
});

describe('editorFor', () => {
  it('chooses the editor from the schema when the spec names none', () => {
    const spec = { attr: 'x', label: 'X' };
    expect(editorFor(spec, facts('2.5.5.8', true)).kind).toBe('switch');
    expect(editorFor(spec, facts('2.5.5.1', false)).kind).toBe('dn-list');
    expect(editorFor(spec, facts('2.5.5.12', false)).kind).toBe('values');
    expect(editorFor(spec, facts('2.5.5.12', true)).kind).toBe('text');
  });
  it('keeps the kind a spec asks for', () => {
    expect(editorFor({ attr: 'x', label: 'X', kind: 'multi-line' }, facts('2.5.5.12', true)).kind).toBe(
      'multi-line',
    );
  });
});

describe('choice fields', () => {
  it('the notify choice changes only the notification bits of msExchModerationFlags', () => {
    expect(MODERATION_NOTIFY.read?.(['7'])).toBe('always');
    expect(MODERATION_NOTIFY.write?.('never', ['7'])).toEqual(['1']);
  });
  it('MAPI rich text writes TRUE, FALSE or clears, and reads a foreign value as no option', () => {
    expect(MAPI_RICH_TEXT.write?.('Never', [])).toEqual(['FALSE']);
    expect(MAPI_RICH_TEXT.write?.('UseDefaultSettings', ['TRUE'])).toEqual([]);
    expect(MAPI_RICH_TEXT.read?.(['maybe'])).toBeUndefined();
  });
  it('an option without read/write is its values: absent is "not set"', () => {
    expect(REQUIRE_AUTHENTICATED_SENDERS.options.find((o) => o.id === 'default')?.values).toEqual([]);
  });
});
