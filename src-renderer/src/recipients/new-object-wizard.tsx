import { isSampleProfile } from '../../../src-preload/shared/sample-directory.ts';
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
  MessageBar,
  MessageBarBody,
  Option,
  Text,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { RecipientContext, ValidationIssue } from '../../../src-preload/contract/index.ts';
import {
  NEW_OBJECT_KINDS,
  type RecipientFields,
} from '../../../src-preload/shared/recipients/recipient-fields.ts';
import { planRecipient } from '../../../src-preload/shared/recipients/recipient-plan.ts';
import type { StampableKind } from '../../../src-preload/shared/recipients/recipient-stamp.ts';
import { KINDS } from '../../../src-preload/shared/recipients/recipient-types.ts';
import { getApi } from '../api/api.ts';
import { outcomeMessage } from '../changes/change-status.ts';
import { canonicalOf } from './canonical.ts';
import { useStore } from '../store/store.ts';
import { usePreflight } from './use-preflight.ts';
import {
  defaultTemplate,
  deriveFields,
  HAS_PASSWORD,
  issueField,
  pageFields,
  pagesFor,
  PAGE_TITLES,
  type DerivedField,
  type WizardDraft,
} from './wizard-draft.ts';
import {
  ExchangePage,
  GroupPage,
  LogonPage,
  NamePage,
  PasswordPage,
  SummaryPage,
  type PasswordDraft,
} from './wizard-pages.tsx';
import { useWizardStyles } from './wizard.styles.ts';

const UNIQUENESS_CODES = new Set(['taken', 'name-taken']);

/** ADUC's New Object wizard, one dialog for every recipient kind: the kind decides the pages. */
export function NewObjectWizard() {
  const target = useStore((s) => s.newObject);
  const close = useStore((s) => s.closeRecipientDialog);
  if (target === null) return null;
  // A new target is a new wizard: nothing typed for another container leaks into it.
  return (
    <Wizard
      key={`${target.kind}|${target.parentDn}`}
      initialKind={target.kind}
      parentDn={target.parentDn}
      onClose={close}
    />
  );
}

function Wizard({
  initialKind,
  parentDn,
  onClose,
}: {
  initialKind: StampableKind;
  parentDn: string;
  onClose(): void;
}) {
  const styles = useWizardStyles();
  const showNotice = useStore((s) => s.showNotice);
  const [draft, setDraft] = useState<WizardDraft>({ kind: initialKind, typed: { name: '' }, edited: {} });
  const [context, setContext] = useState<RecipientContext | null>(null);
  const [contextError, setContextError] = useState<string | null>(null);
  const [template, setTemplate] = useState<string | null>(null);
  const [pageIndex, setPageIndex] = useState(0);
  const [showAll, setShowAll] = useState(false);
  const [busy, setBusy] = useState(false);
  const [finishError, setFinishError] = useState<string | null>(null);
  const [password, setPassword] = useState<PasswordDraft>({
    password: '',
    confirm: '',
    mustChange: true,
    disabled: false,
  });

  useEffect(() => {
    void getApi()
      ['recipients.context']({})
      .then((result) => {
        if (result.ok) setContext(result.value);
        else setContextError(result.error.message);
      });
  }, []);

  const ctx = context ?? {
    upnSuffixes: [],
    domainDnsName: '',
    tenant: null,
    addressTemplate: null,
    mailDomain: '',
  };
  const effectiveTemplate = template ?? defaultTemplate(ctx);
  const fields = useMemo(
    () => deriveFields(draft, ctx, effectiveTemplate),
    // ctx is rebuilt each render from context; context itself is what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [draft, context, effectiveTemplate],
  );
  const { kind } = draft;
  const pages = pagesFor(kind);
  const page = pages[Math.min(pageIndex, pages.length - 1)]!;
  const local = planRecipient(kind, parentDn, fields, { knownUpnSuffixes: ctx.upnSuffixes });
  const {
    preflight,
    checking,
    error: preflightError,
  } = usePreflight(kind, parentDn, fields, context !== null);
  const remote = (preflight?.issues ?? []).filter((i) => UNIQUENESS_CODES.has(i.code));
  // Offline the checks ran against the cached copy: the last page says so, once.
  const notes = (preflight?.issues ?? []).filter((i) => i.code === 'checked-offline');
  const sample = useStore((s) => isSampleProfile(s.connection.profileId));
  const issues: ValidationIssue[] = [...local.issues, ...remote];
  const errors = issues.filter((i) => i.severity === 'error');

  const issueOf = (field: keyof RecipientFields) => {
    const value = fields[field];
    const filled = Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== '';
    if (!showAll && !filled) return undefined;
    const mine = issues.filter((i) => issueField(i, fields) === field);
    return mine.find((i) => i.severity === 'error') ?? mine[0];
  };
  const set = (
    field: keyof RecipientFields,
    value: RecipientFields[keyof RecipientFields],
    derived?: DerivedField,
  ) =>
    setDraft((d) => ({
      ...d,
      typed: { ...d.typed, [field]: value },
      edited: derived ? { ...d.edited, [derived]: true } : d.edited,
    }));
  const passwordMismatch = HAS_PASSWORD.has(kind) && password.password !== password.confirm;
  const pageHasErrors =
    errors.some((i) => pageFields(page, kind).includes(issueField(i, fields))) ||
    (page === 'password' && passwordMismatch);

  async function finish() {
    setShowAll(true);
    if (errors.length > 0) return;
    setBusy(true);
    setFinishError(null);
    const api = getApi();
    if (template !== null && template !== ctx.addressTemplate)
      await api['recipients.saveDefaults']({ addressTemplate: template });
    const withPassword = HAS_PASSWORD.has(kind) && password.password !== '' && !sample;
    const result = await api['recipients.create']({
      kind,
      parentDn,
      fields,
      ...(withPassword
        ? { password: password.password, mustChange: password.mustChange, enable: !password.disabled }
        : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setFinishError(result.error.message);
      return;
    }
    const [create, ...steps] = result.value;
    if (create === undefined) return;
    if (create.status !== 'applied' && create.status !== 'pending') {
      setFinishError(outcomeMessage(create) || `The creation is ${create.status}; see Changes.`);
      return;
    }
    // Main pushes the new object (onObjectChanged) before answering: it joins the list on screen
    // by itself, and is selected there from that push, as ADUC selects what New made.
    // The sample's copy takes the create at once (its journal entry stays pending, never sent).
    if (create.status === 'applied' || sample) useStore.getState().selectPushed(create.objectGuid);
    const stuck = steps.find((step) => step.status !== 'applied' && step.status !== 'pending');
    const what = KINDS[kind].displayName.toLowerCase();
    showNotice(
      sample
        ? {
            intent: 'success',
            text: `${fields.name} was created as a ${what} in the sample directory; it stays on this computer.`,
          }
        : create.status === 'pending'
          ? {
              intent: 'warning',
              text: `${fields.name} is queued: it is created when the directory is reachable.`,
            }
          : stuck
            ? {
                intent: 'warning',
                text: `${fields.name} was created as a ${what}, but ${stuck.operation === 'password' ? 'the password was not set' : 'the account was not enabled'}: ${outcomeMessage(stuck) || stuck.status}. Retry it in Changes.`,
              }
            : {
                intent: 'success',
                text: `${fields.name} was created as a ${what}${withPassword && !password.disabled ? ', with its password, and enabled' : ''}.`,
              },
    );
    onClose();
  }

  const label = NEW_OBJECT_KINDS.find((k) => k.kind === kind)?.label ?? KINDS[kind].displayName;
  const pageProps = { kind, fields, issueOf, set };
  return (
    <Dialog open onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>New Object – {label}</DialogTitle>
          <DialogContent>
            <div className={styles.page}>
              <Text className={styles.where}>Create in: {canonicalOf(parentDn)}</Text>
              <Text className={styles.step}>
                Step {pageIndex + 1} of {pages.length}: {PAGE_TITLES[page]}
              </Text>
              {contextError && (
                <MessageBar intent="error">
                  <MessageBarBody>{contextError}</MessageBarBody>
                </MessageBar>
              )}
              {page === 'name' && (
                <Field label="Object type">
                  <Dropdown
                    aria-label="Object type"
                    value={label}
                    selectedOptions={[kind]}
                    onOptionSelect={(_e, data) => {
                      if (!data.optionValue) return;
                      setDraft((d) => ({ ...d, kind: data.optionValue as StampableKind }));
                      setPageIndex(0);
                    }}
                  >
                    {NEW_OBJECT_KINDS.map((k) => (
                      <Option key={k.kind} value={k.kind}>
                        {k.label}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              )}
              {page === 'name' && <NamePage {...pageProps} />}
              {page === 'logon' && <LogonPage {...pageProps} suffixes={ctx.upnSuffixes} />}
              {page === 'group' && <GroupPage {...pageProps} />}
              {page === 'exchange' && (
                <ExchangePage {...pageProps} template={effectiveTemplate} onTemplate={setTemplate} />
              )}
              {page === 'password' && (
                <PasswordPage draft={password} onChange={setPassword} showAll={showAll} sample={sample} />
              )}
              {page === 'summary' && (
                <SummaryPage
                  preflight={preflight}
                  checking={checking}
                  error={preflightError}
                  issues={[...issues, ...notes]}
                />
              )}
              {finishError && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{finishError}</MessageBarBody>
                </MessageBar>
              )}
            </div>
          </DialogContent>
          <DialogActions>
            <Button disabled={pageIndex === 0} onClick={() => setPageIndex((i) => i - 1)}>
              Back
            </Button>
            {page !== 'summary' ? (
              <Button
                appearance="primary"
                onClick={() => {
                  if (pageHasErrors) setShowAll(true);
                  else setPageIndex((i) => i + 1);
                }}
              >
                Next
              </Button>
            ) : (
              <Button
                appearance="primary"
                disabled={
                  busy || errors.length > 0 || passwordMismatch || checking || preflight?.canCreate !== true
                }
                onClick={() => void finish()}
              >
                Finish
              </Button>
            )}
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
