import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
} from '@fluentui/react-components';
import { useState } from 'react';
import { attributeNameInput } from '../../../src-preload/contract/schemas.ts';
import { useStore } from '../store/store.ts';
import { attributeKey, type ListView, withColumn } from './column-layout.ts';

// Attributes admins add most often; any other name can be typed.
const SUGGESTIONS = [
  'department',
  'company',
  'title',
  'physicalDeliveryOfficeName',
  'telephoneNumber',
  'mailNickname',
  'sAMAccountName',
  'employeeID',
  'extensionAttribute1',
  'whenCreated',
  'whenChanged',
  'targetAddress',
];

/** "Add column": any attribute, by its LDAP name, as ADUC's Add/Remove Columns allows. */
export function AddColumnDialog({ view, open, onClose }: { view: ListView; open: boolean; onClose(): void }) {
  const layout = useStore((s) => s.layouts[view]);
  const setLayout = useStore((s) => s.setLayout);
  const [name, setName] = useState('');
  // The contract's own rule for an attribute name: main refuses anything else.
  const parsed = attributeNameInput.safeParse(name.trim());
  const invalid = name.trim() !== '' && !parsed.success;
  function add() {
    if (!parsed.success) return;
    setLayout(view, withColumn(layout, attributeKey(parsed.data), true));
    setName('');
    onClose();
  }
  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <DialogBody>
            <DialogTitle>Add column</DialogTitle>
            <DialogContent>
              <Field
                label="Attribute"
                hint="The attribute's LDAP name, e.g. department or extensionAttribute1"
                validationMessage={
                  invalid ? 'Letters, digits and hyphens, starting with a letter' : undefined
                }
              >
                <Input
                  autoFocus
                  list="rd-column-suggestions"
                  value={name}
                  onChange={(_e, d) => setName(d.value)}
                />
              </Field>
              <datalist id="rd-column-suggestions">
                {SUGGESTIONS.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>
                Cancel
              </Button>
              <Button appearance="primary" type="submit" disabled={!parsed.success}>
                Add
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
