import { AppError } from '../../../src-preload/contract/errors.ts';
import type { HardMatchAd } from '../../../src-preload/shared/cloud/hard-match-rules.ts';
import { cloudKindOf } from '../cloud-object.ts';
import { first, firstBuffer, strings, type Entry } from '../../directory/entry.ts';

/** The AD side of a hard match, read from the directory: never what the renderer says it is. */
export function hardMatchAd(entry: Entry): HardMatchAd {
  if (cloudKindOf(entry) !== 'user')
    throw new AppError('VALIDATION_FAILED', 'Only a user account can take over a cloud user.');
  const upn = first(entry, 'userPrincipalName');
  if (!upn)
    throw new AppError(
      'VALIDATION_FAILED',
      'The AD account has no user logon name (UPN): give it one first.',
    );
  const guid = firstBuffer(entry, 'objectGUID');
  const consistency = firstBuffer(entry, 'mS-DS-ConsistencyGuid');
  const primary = strings(entry, 'proxyAddresses').find((p) => p.startsWith('SMTP:'));
  return {
    ...(guid ? { objectGuidBytes: [...guid] } : {}),
    consistencyGuidBase64: consistency && consistency.length === 16 ? consistency.toString('base64') : null,
    userPrincipalName: upn,
    primarySmtp: primary ? primary.slice(5) : (first(entry, 'mail') ?? null),
    dn: entry.dn,
    displayName: first(entry, 'displayName') ?? null,
  };
}
