import { describe, expect, it } from 'vitest';
import { recipientTypeLabel } from './recipient-label.ts';

describe('recipientTypeLabel', () => {
  it('names the remote kinds whose values exceed 32 bits', () => {
    expect(recipientTypeLabel('2147483648')).toBe('Remote user mailbox');
    expect(recipientTypeLabel('34359738368')).toBe('Remote shared mailbox');
    expect(recipientTypeLabel('128')).toBe('Mail user');
  });
  it('is empty for objects that are not recipients and says when a value is unknown', () => {
    expect(recipientTypeLabel('')).toBe('');
    expect(recipientTypeLabel('34359738369')).toBe('Other recipient (34359738369)');
  });
});
