import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { TenantFactsView } from '../../../src-preload/contract/index.ts';
import { formatDateTime } from './cloud-format.ts';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** What the tenant says of itself: the domains the UPN and address checks use, sync, licences. */
export function TenantFactsList({ tenant }: { tenant: TenantFactsView }) {
  const styles = useStyles();
  const takeover =
    tenant.hardMatchTakeoverBlocked === null
      ? 'Unknown: reading it needs a Global Administrator'
      : tenant.hardMatchTakeoverBlocked
        ? 'Blocked: a hard match cannot take over a cloud-only object'
        : 'Allowed';
  return (
    <dl className={styles.facts} data-testid="tenant-facts">
      <dt className={styles.term}>Organization</dt>
      <dd className={styles.detail}>{tenant.displayName}</dd>
      <dt className={styles.term}>Verified domains</dt>
      <dd className={styles.detail}>
        <ul className={styles.list}>
          {tenant.verifiedDomains.map((d) => (
            <li key={d.name}>
              {d.name}
              {d.isInitial ? ' (initial)' : ''}
              {d.isDefault ? ' (default)' : ''}
            </li>
          ))}
        </ul>
      </dd>
      <dt className={styles.term}>Directory sync</dt>
      <dd className={styles.detail}>
        {tenant.syncEnabled
          ? `On; last sync ${tenant.lastSyncDateTime ? formatDateTime(tenant.lastSyncDateTime) : 'not yet'}`
          : 'Off'}
      </dd>
      <dt className={styles.term}>Hard-match takeover</dt>
      <dd className={styles.detail}>{takeover}</dd>
      <dt className={styles.term}>Licences</dt>
      <dd className={styles.detail}>
        {tenant.skus.length === 0 ? (
          <Text>None</Text>
        ) : (
          <ul className={styles.list}>
            {tenant.skus.map((s) => (
              <li key={s.skuId}>
                {s.skuPartNumber}: {s.consumed} of {s.enabled} assigned
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
