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
import { useEffect, useMemo, useState } from 'react';
import { getApi } from '../api/api.ts';
import { attributeNameInput } from '../../../src-preload/contract/schemas.ts';
import { useStore } from '../store/store.ts';
import { attributeKey, type ListView, withColumn } from './column-layout.ts';

// Attributes admins add most often, offered first; then every attribute of the schema, or any name typed.
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
  const [schemaNames, setSchemaNames] = useState<string[]>([]);
  // Read once per opening from main's schema (live, cached or the sample's): as ADUC's chooser lists them.
  useEffect(() => {
    if (!open) return;
    let current = true;
    void getApi()
      ['directory.attributeNames']({})
      .then((result) => {
        if (current && result.ok) setSchemaNames(result.value);
      });
    return () => {
      current = false;
    };
  }, [open]);
  const offered = useMemo(() => {
    const first = new Set(SUGGESTIONS.map((s) => s.toLowerCase()));
    return [...SUGGESTIONS, ...schemaNames.filter((n) => !first.has(n.toLowerCase()))];
  }, [schemaNames]);
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
                hint="Type to pick from the schema's attributes, e.g. department or extensionAttribute1"
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
                {offered.map((s) => (
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
