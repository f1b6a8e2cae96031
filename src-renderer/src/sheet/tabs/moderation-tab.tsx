import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { readAdBoolean } from '../../../../src-preload/shared/recipients/ad-values.ts';
import { validateModeration } from '../../../../src-preload/shared/recipients/moderation.ts';
import { valuesOf } from '../../../../src-preload/shared/values.ts';
import { FieldList } from '../field-list.tsx';
import { BYPASS_MODERATION, MODERATION_ENABLED, MODERATION_NOTIFY, MODERATORS } from '../tab-fields.ts';
import type { SheetState } from '../use-sheet.ts';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Message approval: moderators approve messages to the group; the bypass list skips approval. */
export function ModerationTab({ state }: { state: SheetState }) {
  const styles = useStyles();
  const draft = state.draft;
  // The same rule main applies: moderation needs someone to approve (moderators, else owners).
  const problems = validateModeration({
    enabled: readAdBoolean(valuesOf(draft, MODERATION_ENABLED.attr)) === true,
    isGroup: true,
    moderatorCount: valuesOf(draft, MODERATORS.attr).length,
    ownerCount: valuesOf(draft, 'managedBy').length + valuesOf(draft, 'msExchCoManagedByLink').length,
  });
  return (
    <div className={styles.stack}>
      <FieldList fields={[MODERATION_ENABLED]} state={state} />
      {problems.map((problem) => (
        <MessageBar key={problem.code} intent="warning" role="alert">
          <MessageBarBody>{problem.message}</MessageBarBody>
        </MessageBar>
      ))}
      <FieldList fields={[MODERATORS, BYPASS_MODERATION, MODERATION_NOTIFY]} state={state} />
    </div>
  );
}
