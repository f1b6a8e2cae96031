import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { selectDetails, useStore } from '../store/store.ts';
import { useFrameStyles } from './app-frame.styles.ts';
import { ObjectIcon } from '../components/object-icon.tsx';

const useStyles = makeStyles({
  body: {
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  heading: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, wordBreak: 'break-all' },
  hint: { color: tokens.colorNeutralForeground3 },
});

// The summary an admin checks at a glance; the property sheet has everything else.
const SUMMARY: [string, string][] = [
  ['Display name', 'displayName'],
  ['E-mail', 'mail'],
  ['Logon name', 'userPrincipalName'],
  ['Pre-Windows 2000', 'sAMAccountName'],
  ['Alias', 'mailNickname'],
  ['Target address', 'targetAddress'],
  ['Proxy addresses', 'proxyAddresses'],
  ['Description', 'description'],
  ['Office', 'physicalDeliveryOfficeName'],
  ['Telephone', 'telephoneNumber'],
  ['Department', 'department'],
  ['Title', 'title'],
];

export function DetailsPane() {
  const frame = useFrameStyles();
  const styles = useStyles();
  const details = useStore(selectDetails);
  const count = useStore((s) => s.selection.length);
  return (
    <>
      <div className={frame.paneTitle} role="heading" aria-level={2}>
        Details
      </div>
      <div className={styles.body} data-testid="details-pane">
        {!details ? (
          <Text className={styles.hint}>
            {count > 1 ? `${count} objects selected.` : 'Select an object to see its details.'}
          </Text>
        ) : (
          <>
            <div className={styles.heading}>
              <ObjectIcon kind={details.row.kind} disabled={details.row.disabled} />
              <Text weight="semibold" size={400}>
                {details.row.name}
              </Text>
            </div>
            <Text>{[details.row.type, details.row.recipientType].filter(Boolean).join(' · ')}</Text>
            {(details.readOnly || details.writable.length === 0) && (
              <Text className={styles.hint} data-testid="details-read-only">
                Read-only:{' '}
                {details.readOnly
                  ? 'this connection is in helpdesk mode.'
                  : 'your account may not change this object.'}
              </Text>
            )}
            <dl className={styles.facts}>
              {SUMMARY.filter(([, attr]) => (details.attributes[attr]?.length ?? 0) > 0).map(
                ([label, attr]) => (
                  <div key={attr} style={{ display: 'contents' }}>
                    <dt className={styles.term}>{label}</dt>
                    <dd className={styles.value}>
                      {(details.attributes[attr] ?? []).map((v) => (
                        <div key={v}>{v}</div>
                      ))}
                    </dd>
                  </div>
                ),
              )}
              <dt className={styles.term}>Location</dt>
              <dd className={styles.value}>{details.row.dn}</dd>
            </dl>
          </>
        )}
      </div>
    </>
  );
}
