import { Badge, Field, makeStyles, tokens } from '@fluentui/react-components';
import type { AccountState } from '../../../../src-preload/shared/account/account-state.ts';
import { accountStateText } from '../../../../src-preload/shared/account/account-state.ts';

const useStyles = makeStyles({
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** What ADUC spreads over the Account tab, said at the top of General: is this account usable? */
export function AccountStateLine({ account }: { account: AccountState }) {
  const styles = useStyles();
  const parts = accountStateText(account)
    .split(', ')
    .filter((part) => part !== '');
  return (
    <Field label="Account state">
      <div className={styles.badges} data-testid="account-state">
        {parts.length === 0 ? (
          <Badge appearance="tint" color="success">
            Enabled
          </Badge>
        ) : (
          parts.map((part) => (
            <Badge
              key={part}
              appearance="tint"
              color={part === 'Password never expires' ? 'informative' : 'warning'}
            >
              {part}
            </Badge>
          ))
        )}
      </div>
    </Field>
  );
}
