import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Tab,
  TabList,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ErrorInfo } from '../../../src-preload/contract/index.ts';
import { useStore } from '../store/store.ts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type Kinds = 'all' | 'users' | 'groups' | 'contacts';
const KIND_LABELS: Record<Kinds, string> = {
  all: 'Users, Contacts, and Groups',
  users: 'Users',
  groups: 'Groups',
  contacts: 'Contacts',
};

/** ADUC's Find: ambiguous name resolution, or a custom LDAP filter, in the open OU or the whole domain. */
export function FindDialog() {
  const styles = useStyles();
  const open = useStore((s) => s.dialog === 'find');
  const close = useStore((s) => s.closeFind);
  const findIn = useStore((s) => s.findIn);
  const openContainer = useStore((s) => s.container);
  // "Find in this OU" on a tree node searches that node; otherwise the open container may be chosen.
  const container = findIn ?? openContainer;
  const containerName = useStore((s) => (container ? (s.tree[container]?.node.name ?? container) : null));
  const domainDn = useStore((s) => s.info?.domainDn);
  const runFind = useStore((s) => s.runFind);
  const [mode, setMode] = useState<'name' | 'filter'>('name');
  const [text, setText] = useState('');
  const [filter, setFilter] = useState('');
  const [kinds, setKinds] = useState<Kinds>('all');
  const [scope, setScope] = useState<'container' | 'domain'>('domain');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const nameBox = useRef<HTMLInputElement>(null);

  // Ctrl+F means "type a name": the caret goes to the name box, not to the dialog's first tab (where
  // Fluent's focus trap would put it, after autoFocus has already run).
  useEffect(() => {
    if (!open) return;
    if (findIn) setScope('container');
    const frame = requestAnimationFrame(() => nameBox.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [open, findIn]);

  async function onFind() {
    setBusy(true);
    setError(null);
    const baseDn = scope === 'container' && container ? container : domainDn;
    const query = mode === 'name' ? { text, kinds } : { filter, kinds };
    const label = mode === 'name' ? `"${text}"` : filter;
    const failed = await runFind(`Find results for ${label}`, { ...query, ...(baseDn ? { baseDn } : {}) });
    setBusy(false);
    if (failed) {
      setError(failed);
      return;
    }
    close();
  }

  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && close()}>
      <DialogSurface aria-describedby={undefined}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void onFind();
          }}
        >
          <DialogBody>
            <DialogTitle>Find</DialogTitle>
            <DialogContent className={styles.form}>
              <TabList selectedValue={mode} onTabSelect={(_e, d) => setMode(d.value as 'name' | 'filter')}>
                <Tab value="name">By name</Tab>
                <Tab value="filter">Custom LDAP filter</Tab>
              </TabList>
              <Field label="Find">
                <Dropdown
                  value={KIND_LABELS[kinds]}
                  selectedOptions={[kinds]}
                  onOptionSelect={(_e, d) => setKinds((d.optionValue as Kinds | undefined) ?? 'all')}
                >
                  {Object.entries(KIND_LABELS).map(([value, label]) => (
                    <Option key={value} value={value}>
                      {label}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Field label="In">
                <Dropdown
                  value={scope === 'domain' ? 'Entire domain' : (containerName ?? 'The open container')}
                  selectedOptions={[scope]}
                  onOptionSelect={(_e, d) => setScope(d.optionValue === 'container' ? 'container' : 'domain')}
                >
                  <Option value="domain">Entire domain</Option>
                  <Option value="container" disabled={!container}>
                    {containerName ?? 'The open container'}
                  </Option>
                </Dropdown>
              </Field>
              {mode === 'name' ? (
                <Field label="Name" hint="Part of a name, logon name or e-mail address">
                  <Input ref={nameBox} value={text} onChange={(_e, d) => setText(d.value)} />
                </Field>
              ) : (
                <Field label="LDAP filter">
                  <Textarea
                    value={filter}
                    onChange={(_e, d) => setFilter(d.value)}
                    placeholder="(&(objectClass=user)(mail=*@contoso.com))"
                  />
                </Field>
              )}
              {error && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{error.message}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => close()}>
                Cancel
              </Button>
              <Button appearance="primary" type="submit" disabled={busy}>
                Find Now
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
