import { makeStyles, tokens, Badge } from '@fluentui/react-components';
import { useStore } from '../store/store.ts';
import type { ConnectionState, ConnectionStatus } from '../../../src-preload/contract/index.ts';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
  },
  spacer: { flexGrow: 1 },
});

const LABELS: Record<ConnectionStatus, string> = {
  disconnected: 'Not connected',
  connecting: 'Connecting…',
  online: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};
const COLORS: Record<ConnectionStatus, 'informative' | 'success' | 'warning' | 'danger'> = {
  disconnected: 'informative',
  connecting: 'warning',
  online: 'success',
  reconnecting: 'warning',
  offline: 'danger',
};

/**
 * "4,000 of about 20,000…" while a list loads (the total as the cache last saw it; AD says none),
 * "4,000 so far…" without one, then "20,000 objects" (or why the list stopped short).
 */
export function objectCount(
  count: number,
  loading: boolean,
  incomplete: 'cancelled' | 'truncated' | null,
  expected: number | null = null,
  checked: number | null = null,
): string {
  const n = count.toLocaleString();
  if (loading && checked !== null)
    return `${n} from the cache, ${checked.toLocaleString()} checked with the DC so far…`;
  if (loading && expected !== null && expected > count) return `${n} of about ${expected.toLocaleString()}…`;
  if (loading) return `${n} so far…`;
  if (incomplete === 'cancelled') return `${n} objects (stopped)`;
  if (incomplete === 'truncated') return `${n} objects (more not shown)`;
  return `${n} objects`;
}

/** "Offline: shown from the cache, as of 3 Dec 2026, 09:14", or what the sample is. */
export function cacheText(connection: ConnectionState): string | null {
  const cache = connection.cache;
  if (cache === undefined) return null;
  const asOf = cache.asOf === null ? null : new Date(cache.asOf);
  const time = asOf === null || Number.isNaN(asOf.getTime()) ? 'unknown' : asOf.toLocaleString();
  if (cache.kind === 'sample')
    return `Sample directory (offline, snapshot of ${time}): changes stay on this computer and are never sent`;
  if (cache.byChoice)
    return `Working offline: shown from the cache, as of ${time}; changes wait until you go online`;
  return `Offline: shown from the cache, as of ${time}`;
}

export function StatusBar() {
  const styles = useStyles();
  const connection = useStore((s) => s.connection);
  const cached = connection.cache?.kind === 'sample' ? cacheText(connection) : null;
  const staleness = connection.cache?.kind === 'cache' ? cacheText(connection) : null;
  const count = useStore((s) => s.rows.length);
  const loading = useStore((s) => s.listLoading);
  const incomplete = useStore((s) => s.listIncomplete);
  const expected = useStore((s) => s.listExpected);
  const checked = useStore((s) => s.listChecked);
  const selected = useStore((s) => s.selection.length);
  const version = useStore((s) => s.appInfo?.version);
  return (
    <footer className={styles.bar} aria-label="Status">
      <span role="status" aria-live="polite" data-testid="connection-status">
        <Badge
          appearance="filled"
          color={connection.cache?.kind === 'sample' ? 'informative' : COLORS[connection.status]}
          size="small"
        />{' '}
        {cached ?? (
          <>
            {LABELS[connection.status]}
            {connection.server ? ` to ${connection.server}` : ''}
            {connection.identity ? ` as ${connection.identity}` : ''}
          </>
        )}
      </span>
      {staleness && <span data-testid="cache-age">{staleness}</span>}
      {connection.readOnly && <span data-testid="read-only-badge">Read-only</span>}
      <span className={styles.spacer} />
      <span data-testid="list-count">
        {objectCount(count, loading, incomplete, expected, checked)}
        {selected > 1 ? `, ${selected.toLocaleString()} selected` : ''}
      </span>
      {version && <span>RecipientDesk {version}</span>}
    </footer>
  );
}
