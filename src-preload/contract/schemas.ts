import { z } from 'zod';

/**
 * Input pieces several methods share, defined once so every method validates a DN, a GUID or a
 * status the same way. Types derive from them (z.infer) where a method's output uses them too.
 */

/** A distinguished name as typed or read; AD allows up to 4,096 characters in practice. */
export const dnInput = z.string().min(1).max(4096);

/** A GUID in its text form, without braces: objectGUIDs, Graph object ids, app (client) ids. */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A DNS domain name: dot-separated labels of letters, digits and inner hyphens. */
export const DOMAIN_NAME_PATTERN =
  /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

/** objectGUID in its usual text form (the first three groups little-endian, as AD prints it). */
export const guidInput = z.string().regex(GUID_PATTERN, 'An objectGUID');

/** A certificate's SHA-256 fingerprint as AA:BB:… (Node's fingerprint256). */
export const fingerprintInput = z
  .string()
  .regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, 'A SHA-256 fingerprint as AA:BB:…');

/** An LDAP attribute name (RFC 4512 descr: a letter, then letters, digits and hyphens). */
export const attributeNameInput = z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,255}$/, 'An LDAP attribute name');

/**
 * Attributes a list reads beyond its fixed columns (the column chooser's choices): at most 32, so
 * a list page stays a page.
 */
export const extraColumnsInput = z.array(attributeNameInput).max(32).default([]);

/** Chosen by the renderer when it starts a list load, so its pages can be told from an older load's. */
export const loadIdInput = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'A load id');

/** Which objects Find and the object picker look at. */
export const findKinds = z.enum(['all', 'users', 'groups', 'contacts']);

export const changeStatuses = z.enum([
  'pending',
  'applying',
  'applied',
  'retryable',
  'conflict',
  'rejected',
  'discarded',
]);
