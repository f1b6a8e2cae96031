import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Regular, ErrorCircle16Regular, Warning16Regular } from '@fluentui/react-icons';
import type { ActionCheck } from '../../../src-preload/contract/index.ts';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  icon: { flexShrink: 0, marginTop: '2px' },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    margin: 0,
  },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
});

// The level is in words too, so forced colors and screen readers get it without the icon's colour.
const LEVEL = {
  ok: { word: 'OK', Icon: CheckmarkCircle16Regular, color: tokens.colorPaletteGreenForeground1 },
  warning: { word: 'Warning', Icon: Warning16Regular, color: tokens.colorPaletteDarkOrangeForeground1 },
  blocked: { word: 'Blocked', Icon: ErrorCircle16Regular, color: tokens.colorPaletteRedForeground1 },
} as const;

/** A cloud action's checks, as main made them (and will make again before it writes). */
export function ActionChecks({ checks }: { checks: readonly ActionCheck[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} data-testid="action-checks">
      {checks.map((c, i) => {
        const { word, Icon, color } = LEVEL[c.level];
        return (
          <li key={i} className={styles.item}>
            <Icon className={styles.icon} style={{ color }} aria-hidden />
            <Text>
              <strong>{word}:</strong> {c.text}
            </Text>
          </li>
        );
      })}
    </ul>
  );
}

/** The Microsoft Graph PowerShell that does the same, to copy into a script or a change record. */
export function PowerShellBlock({ lines }: { lines: readonly string[] }) {
  const styles = useStyles();
  const text = lines.join('\n');
  return (
    <div>
      <div className={styles.head}>
        <Text weight="semibold">Microsoft Graph PowerShell</Text>
        <Button size="small" onClick={() => void navigator.clipboard?.writeText(text)}>
          Copy
        </Button>
      </div>
      <pre className={styles.code} data-testid="action-powershell">
        {text}
      </pre>
    </div>
  );
}

export const isBlocked = (checks: readonly ActionCheck[]) => checks.some((c) => c.level === 'blocked');
