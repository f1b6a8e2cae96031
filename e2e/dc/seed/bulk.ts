// SEED_USERS=N: N plain remote-mailbox users in OU=Bulk, 11 populated attributes each, for benchmarks.

import { ldifEntry } from '../ldif.ts';
import { USER_CLASSES, COMPANY, UAC_ENABLED_NO_PASSWORD } from './entries.ts';
import {
  FIRST_NAMES,
  LAST_NAMES,
  OFFICES,
  TITLES_BY_DEPARTMENT,
  aliasPart,
  pick,
  seededRandom,
} from './names.ts';
import { MAIL_DOMAIN, recipientStamp } from './recipient-stamps.ts';

export function bulkOuDn(domainDn: string): string {
  return `OU=Bulk,${domainDn}`;
}

/** Streams the LDIF in chunks: 20,000 users would otherwise be one very large string. */
export function* bulkUsersLdif(domainDn: string, count: number): Generator<string> {
  const random = seededRandom(7);
  const parent = bulkOuDn(domainDn);
  yield ldifEntry(parent, {
    objectClass: ['top', 'organizationalUnit'],
    ou: 'Bulk',
    description: `SEED_USERS=${count} benchmark users`,
  });
  const departments = Object.keys(TITLES_BY_DEPARTMENT);
  let chunk = '';
  for (let i = 1; i <= count; i++) {
    const given = pick(random, FIRST_NAMES);
    const sn = pick(random, LAST_NAMES);
    const department = pick(random, departments);
    const alias = `${aliasPart(given)}.${aliasPart(sn)}.b${i}`;
    const sam = `bulk${String(i).padStart(6, '0')}`;
    const cn = `${given} ${sn} ${sam}`;
    const stamp = recipientStamp('remoteUserMailbox', { alias, secondaries: [`${sam}@${MAIL_DOMAIN}`] });
    chunk += ldifEntry(`CN=${cn},${parent}`, {
      objectClass: USER_CLASSES,
      cn,
      sAMAccountName: sam,
      userAccountControl: UAC_ENABLED_NO_PASSWORD,
      // The 11 benchmark attributes:
      givenName: given,
      sn,
      displayName: `${given} ${sn}`,
      mail: stamp.mail,
      title: pick(random, TITLES_BY_DEPARTMENT[department] ?? ['Employee']),
      department,
      telephoneNumber: `+1 555 ${String(i).padStart(7, '0')}`,
      company: COMPANY,
      description: `Bulk user ${i} (${pick(random, OFFICES)})`,
      userPrincipalName: `${alias}@${MAIL_DOMAIN}`,
      proxyAddresses: stamp.proxyAddresses,
      mailNickname: stamp.mailNickname,
      targetAddress: stamp.targetAddress,
      msExchRecipientTypeDetails: stamp.msExchRecipientTypeDetails,
      msExchRecipientDisplayType: stamp.msExchRecipientDisplayType,
      msExchRemoteRecipientType: stamp.msExchRemoteRecipientType,
    });
    if (i % 500 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
