import { EqualityFilter } from 'ldapts';
import type { SchemaHealth } from '../../src-preload/contract/index.ts';
import { first } from '../directory/entry.ts';
import type { DirectorySession } from '../directory/session.ts';
import { generalizedTimeToDate } from '../../src-preload/shared/account/ad-time.ts';

/**
 * Seed scenario 7: Entra Connect reads the AD schema when it is installed; Exchange attributes
 * added later do not flow until its connector schema is refreshed and a full sync runs. So the
 * scan says whether the attributes exist and when the schema got them (their whenCreated).
 */
export async function schemaHealth(session: DirectorySession): Promise<SchemaHealth> {
  const [attribute] = await session.search({
    base: session.rootDse.schemaNamingContext,
    scope: 'one',
    filter: new EqualityFilter({ attribute: 'lDAPDisplayName', value: 'msExchRecipientTypeDetails' }),
    attributes: ['whenCreated'],
  });
  if (!attribute)
    return {
      exchangeSchema: false,
      extendedAt: null,
      advice:
        "The Exchange attributes are not in this forest's schema: proxyAddresses is there, but mailNickname, targetAddress and the recipient types are not. Extend the schema (Exchange setup /PrepareSchema), then refresh the Entra Connect connector schema and run Start-ADSyncSyncCycle -PolicyType Initial.",
    };
  const created = first(attribute, 'whenCreated') ?? '';
  const at = generalizedTimeToDate(created);
  const when = at ? at.toISOString() : null;
  return {
    exchangeSchema: true,
    extendedAt: when,
    advice: `The Exchange attributes are in the schema${when ? ` since ${when.slice(0, 10)}` : ''}. If Entra Connect was installed before that, its connector does not know them yet: refresh the connector schema (Entra Connect wizard: Refresh directory schema) and run Start-ADSyncSyncCycle -PolicyType Initial, or mail users and remote mailboxes stay unknown in the cloud.`,
  };
}
