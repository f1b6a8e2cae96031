import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  value: {
    margin: 0,
    wordBreak: 'break-all',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

/** What an admin compares with the DC's certificate before trusting it. */
export function CertificateFacts({ details }: { details: Record<string, unknown> }) {
  const styles = useStyles();
  const rows: [string, unknown][] = [
    ['Subject', details.subject],
    ['Issuer', details.issuer],
    ['Valid from', details.validFrom],
    ['Valid to', details.validTo],
    ['Names', details.san],
    ['SHA-256', details.fingerprint256],
  ];
  return (
    <dl className={styles.list} data-testid="certificate-facts">
      {rows
        .filter(([, v]) => v !== undefined && v !== null && v !== '')
        .map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd className={styles.value}>{String(value)}</dd>
          </div>
        ))}
    </dl>
  );
}
