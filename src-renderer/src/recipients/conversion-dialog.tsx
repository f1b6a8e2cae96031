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
  MessageBar,
  MessageBarBody,
  Option,
  Text,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type {
  ConversionPreview,
  ObjectDetails,
  RecipientContext,
} from '../../../src-preload/contract/index.ts';
import { suggestMailNickname } from '../../../src-preload/shared/recipients/mail-nickname.ts';
import { applyAddressTemplate, asciiFold } from '../../../src-preload/shared/recipients/naming.ts';
import { conversionTargets } from '../../../src-preload/shared/recipients/recipient-convert.ts';
import { classifyRecipient } from '../../../src-preload/shared/recipients/recipient-kind.ts';
import type { StampableKind } from '../../../src-preload/shared/recipients/recipient-stamp.ts';
import { KINDS, type RecipientKind } from '../../../src-preload/shared/recipients/recipient-types.ts';
import { valuesOf } from '../../../src-preload/shared/values.ts';
import { getApi } from '../api/api.ts';
import { outcomeMessage } from '../changes/change-status.ts';
import type { ConversionMode } from '../store/recipients-slice.ts';
import { useStore } from '../store/store.ts';
import { defaultTemplate } from './wizard-draft.ts';
import { useWizardStyles } from './wizard.styles.ts';

const TITLES: Record<ConversionMode, string> = {
  enable: 'Mail-enable',
  convert: 'Convert to…',
  disable: 'Disable mail',
};

/** The targets a mode offers: mail-enabled ones to enable or convert, the plain kind to disable. */
export function targetsFor(from: RecipientKind, mode: ConversionMode): StampableKind[] {
  return conversionTargets(from).filter((k) =>
    mode === 'disable' ? !KINDS[k].mailEnabled : KINDS[k].mailEnabled,
  );
}

export function ConversionDialog() {
  const target = useStore((s) => s.conversion);
  const close = useStore((s) => s.closeRecipientDialog);
  if (target === null) return null;
  return <Conversion key={`${target.dn}|${target.mode}`} dn={target.dn} mode={target.mode} onClose={close} />;
}

interface Inputs {
  alias: string;
  primaryAddress: string;
  tenant: string;
  externalAddress: string;
}

function Conversion({ dn, mode, onClose }: { dn: string; mode: ConversionMode; onClose(): void }) {
  const styles = useWizardStyles();
  const showNotice = useStore((s) => s.showNotice);
  const [object, setObject] = useState<ObjectDetails | null>(null);
  const [from, setFrom] = useState<RecipientKind | null>(null);
  const [targetKind, setTargetKind] = useState<StampableKind | null>(null);
  const [inputs, setInputs] = useState<Inputs>({
    alias: '',
    primaryAddress: '',
    tenant: '',
    externalAddress: '',
  });
  const [preview, setPreview] = useState<ConversionPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ticket = useRef(0);

  useEffect(() => {
    const api = getApi();
    void Promise.all([api['directory.read']({ dn }), api['recipients.context']({})]).then(
      ([read, context]) => {
        if (!read.ok) {
          setError(read.error.message);
          return;
        }
        const attrs = read.value.attributes;
        const kind = classifyRecipient({ ...attrs, objectClass: read.value.objectClass }).kind;
        setObject(read.value);
        setFrom(kind);
        setTargetKind(targetsFor(kind, mode)[0] ?? null);
        setInputs(defaults(read.value, context.ok ? context.value : null));
      },
    );
  }, [dn, mode]);

  const guid = object?.row.guid;
  const request =
    guid && targetKind
      ? {
          objectGuid: guid,
          dn,
          targetKind,
          ...Object.fromEntries(Object.entries(inputs).filter(([, v]) => v.trim() !== '')),
        }
      : null;
  const key = JSON.stringify(request);
  useEffect(() => {
    if (request === null) return;
    const mine = ++ticket.current;
    const timer = setTimeout(async () => {
      const result = await getApi()['recipients.previewConversion'](request);
      if (mine !== ticket.current) return;
      if (result.ok) {
        setPreview(result.value);
        setError(null);
      } else setError(result.error.message);
    }, 300);
    return () => clearTimeout(timer);
    // The key stands for the request (a new object each render, the same content).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  async function apply() {
    if (request === null) return;
    setBusy(true);
    const result = await getApi()['recipients.convert'](request);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const change = result.value;
    if (change.status !== 'applied') {
      setError(outcomeMessage(change) || `The change is ${change.status}; see Changes.`);
      return;
    }
    // The object's new stamp arrives by push (onObjectChanged): the list shows the new recipient type.
    showNotice({
      intent: 'success',
      text: `${object?.row.name ?? dn} is now a ${KINDS[targetKind!].displayName.toLowerCase()}.`,
    });
    onClose();
  }

  const options = from ? targetsFor(from, mode) : [];
  const needs = targetKind ? KINDS[targetKind] : null;
  const ready = preview !== null && preview.target === targetKind;
  const field = (name: keyof Inputs, label: string) => (
    <Field label={label}>
      <Input value={inputs[name]} onChange={(_e, data) => setInputs((i) => ({ ...i, [name]: data.value }))} />
    </Field>
  );
  return (
    <Dialog open onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>
            {TITLES[mode]} – {object?.row.name ?? ''}
          </DialogTitle>
          <DialogContent>
            <div className={styles.page}>
              {from && <Text>Now: {KINDS[from].displayName}</Text>}
              {from && options.length === 0 && (
                <MessageBar intent="warning">
                  <MessageBarBody>
                    A {KINDS[from].displayName.toLowerCase()} cannot be changed this way.
                  </MessageBarBody>
                </MessageBar>
              )}
              {options.length > 1 && (
                <Field label="Becomes">
                  <Dropdown
                    aria-label="Becomes"
                    value={targetKind ? KINDS[targetKind].displayName : ''}
                    selectedOptions={targetKind ? [targetKind] : []}
                    onOptionSelect={(_e, data) => setTargetKind((data.optionValue as StampableKind) ?? null)}
                  >
                    {options.map((k) => (
                      <Option key={k} value={k}>
                        {KINDS[k].displayName}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              )}
              {options.length === 1 && targetKind && <Text>Becomes: {KINDS[targetKind].displayName}</Text>}
              {needs?.mailEnabled && mode === 'enable' && field('alias', 'Alias')}
              {needs?.mailEnabled && mode === 'enable' && field('primaryAddress', 'Primary SMTP address')}
              {needs?.remoteKindBits !== undefined && field('tenant', 'Microsoft 365 tenant')}
              {(targetKind === 'mailUser' || targetKind === 'mailContact') &&
                field('externalAddress', 'External e-mail address')}
              {ready && (
                <MessageBar intent={mode === 'disable' ? 'warning' : 'info'}>
                  <MessageBarBody>{preview.cloudEffect}</MessageBarBody>
                </MessageBar>
              )}
              {ready &&
                preview.issues.map((found, i) => (
                  <MessageBar
                    key={`${found.code}-${i}`}
                    intent={found.severity === 'error' ? 'error' : 'warning'}
                  >
                    <MessageBarBody>{found.message}</MessageBarBody>
                  </MessageBar>
                ))}
              {ready && preview.edits.length > 0 && (
                <table className={styles.table} aria-label="Attributes to be changed">
                  <tbody>
                    {preview.edits.map((edit) => (
                      <tr key={edit.attr}>
                        <th className={styles.cell}>{edit.attr}</th>
                        <td className={styles.cell}>
                          {(edit.base ?? []).join('; ') || '(none)'} →{' '}
                          {edit.desired.join('; ') || '(removed)'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {ready && preview.powershell && (
                <pre className={styles.code} aria-label="PowerShell">
                  {preview.powershell}
                </pre>
              )}
              {error && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{error}</MessageBarBody>
                </MessageBar>
              )}
            </div>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={busy || !ready || !preview.canConvert}
              onClick={() => void apply()}
            >
              {mode === 'disable' ? 'Disable mail' : mode === 'enable' ? 'Mail-enable' : 'Convert'}
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** What Exchange would take by default: the alias from the logon name, the address from the profile's template. */
function defaults(object: ObjectDetails, context: RecipientContext | null): Inputs {
  const attrs = object.attributes;
  const one = (attr: string) => valuesOf(attrs, attr)[0] ?? '';
  const upn = one('userPrincipalName');
  const alias =
    one('mailNickname') ||
    suggestMailNickname(asciiFold(upn.split('@')[0] || object.row.name.replace(/\s+/g, '')));
  const template = context ? defaultTemplate(context) : '';
  const person = { givenName: one('givenName'), initials: one('initials'), sn: one('sn'), alias };
  const domain = template.slice(template.lastIndexOf('@') + 1);
  const primary =
    one('mail') || applyAddressTemplate(template, person) || (domain ? `${alias}@${domain}` : '');
  return { alias, primaryAddress: primary, tenant: context?.tenant ?? '', externalAddress: '' };
}
