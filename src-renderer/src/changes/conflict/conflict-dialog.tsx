import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Text,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { AttributeFacts, ChangeView, ErrorInfo } from '../../../../src-preload/contract/index.ts';
import type { AttributeChoice } from '../../../../src-preload/shared/merge-values.ts';
import { getApi } from '../../api/api.ts';
import { firstRdnValue } from '../../components/dn-name.ts';
import { ConflictAttribute } from './conflict-attribute.tsx';
import { conflictRows, unchangedAttrs } from './conflict-rows.ts';
import { useConflictStyles } from './conflict-view.styles.ts';

export type AttributeChoices = Record<string, AttributeChoice>;

/**
 * The three-way view of a conflict: per attribute the values when I read them, mine and theirs,
 * a choice for each, and the result previewed with the shared merge rule. Apply resolution sends
 * the choices; main checks the result and a refusal is shown here, with nothing lost.
 * `facts` (from an open sheet) says which attributes hold one value; without it they are read.
 */
export function ConflictDialog({
  change,
  facts,
  onClose,
  onApply,
}: {
  change: ChangeView;
  facts?: readonly AttributeFacts[];
  onClose(): void;
  /** Sends the choices; answers the refusal to show, or null when resolved. */
  onApply(choices: AttributeChoices): Promise<ErrorInfo | null>;
}) {
  const styles = useConflictStyles();
  const [loadedFacts, setLoadedFacts] = useState<readonly AttributeFacts[] | null>(facts ?? null);
  const [choices, setChoices] = useState<AttributeChoices>({});
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (facts !== undefined) return;
    let live = true;
    // Single- or multi-valued comes from the schema, as the sheet has it for this object.
    void getApi()
      ['objects.load']({ dn: change.dn })
      .then((result) => {
        if (live && result.ok) setLoadedFacts(result.value.allowed);
      });
    return () => {
      live = false;
    };
  }, [facts, change.dn]);

  const rows = useMemo(() => conflictRows(change, loadedFacts), [change, loadedFacts]);
  const unchanged = useMemo(() => unchangedAttrs(change), [change]);
  const complete = rows.every((row) => choices[row.attr] !== undefined);

  async function apply() {
    setBusy(true);
    setError(null);
    const refused = await onApply(choices);
    setBusy(false);
    if (refused) setError(refused);
    else onClose();
  }

  return (
    <Dialog open modalType="modal" onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Resolve the conflict on {firstRdnValue(change.dn)}</DialogTitle>
          <DialogContent className={styles.body}>
            <Text>
              Someone else changed {rows.length === 1 ? 'an attribute' : `${rows.length} attributes`} of this
              object after you read it (change #{change.id}). Nothing was overwritten. For each attribute,
              keep your values, take theirs or, for a list, merge both sides&apos; additions and removals.
            </Text>
            {rows.map((row) => (
              <ConflictAttribute
                key={row.attr}
                change={change}
                row={row}
                choice={choices[row.attr]}
                onChoose={(choice) => setChoices((current) => ({ ...current, [row.attr]: choice }))}
              />
            ))}
            {unchanged.length > 0 && (
              <Text className={styles.note}>
                Also written, as you set them (unchanged on the server): {unchanged.join(', ')}.
              </Text>
            )}
            {error && (
              <MessageBar intent="error" role="alert" layout="multiline">
                <MessageBarBody>
                  {error.message} Your change is kept as it was: choose again or close.
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!complete || busy} onClick={() => void apply()}>
              Apply resolution
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
