import {
  Button,
  Checkbox,
  Dialog,
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
  Spinner,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import type { ErrorInfo, ReadinessReport } from '../../../src-preload/contract/index.ts';
import { findingsCsv } from '../../../src-preload/shared/readiness/idfix-csv.ts';
import { fixChanges } from '../../../src-preload/shared/readiness/fix-edit.ts';
import { getApi } from '../api/api.ts';
import { VirtualTable } from '../components/virtual-table.tsx';
import { useStore } from '../store/store.ts';
import { FINDING_COLUMNS, ruleCounts, type FindingRow } from './readiness-columns.ts';
import {
  loadReadinessSettings,
  parseDnLines,
  parseDomains,
  saveReadinessSettings,
} from './readiness-settings.ts';

const useStyles = makeStyles({
  surface: { width: 'min(1200px, 96vw)', maxWidth: 'none', height: 'min(820px, 92vh)' },
  // Fluent's own grid keeps the title's close button beside it; only the height is ours.
  body: { height: '100%', maxHeight: 'none' },
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minHeight: 0,
    flexGrow: 1,
  },
  scope: { display: 'grid', gridTemplateColumns: '2fr 2fr 1.5fr', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
  grid: { display: 'flex', flexDirection: 'column', minHeight: '240px', flexGrow: 1 },
  title: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
});

const ALL = '*';

/** The sync-readiness scan: IdFix's checks and Entra Connect's export errors, with fixes through the journal. */
export function ReadinessDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const styles = useStyles();
  const info = useStore((s) => s.info);
  const rootDn = useStore((s) => s.rootDn);
  const readOnly = useStore((s) => s.connection.readOnly);
  const profileId = info?.profile.id ?? '';
  const tenantDomains = useStore((s) => s.cloud?.tenant?.verifiedDomains.map((d) => d.name).join('\n') ?? '')
    .split('\n')
    .filter(Boolean);
  const [baseDn, setBaseDn] = useState('');
  const [excludeText, setExcludeText] = useState('');
  const [domainsText, setDomainsText] = useState('');
  const [plainText, setPlainText] = useState(false);
  const [forest, setForest] = useState(false);
  const cloudAccount = useStore((s) => s.cloud?.account?.username ?? null);
  const [compareCloud, setCompareCloud] = useState(false);
  const [report, setReport] = useState<ReadinessReport | null>(null);
  const [rows, setRows] = useState<FindingRow[]>([]);
  const [rule, setRule] = useState(ALL);
  const [selection, setSelection] = useState<string[]>([]);
  const [busy, setBusy] = useState<'scan' | 'fix' | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [outcome, setOutcome] = useState('');
  const [scanId, setScanId] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);

  // The running scan counts up as main reads its pages.
  useEffect(() => {
    if (scanId === null) return;
    return getApi().on('onReadinessProgress', (p) => {
      if (p.scanId === scanId) setProgress(p.read);
    });
  }, [scanId]);

  useEffect(() => {
    if (!open || profileId === '') return;
    const saved = loadReadinessSettings(profileId);
    setBaseDn((b) => b || rootDn || '');
    setExcludeText(saved.excludeDns.join('\n'));
    setDomainsText(saved.verifiedDomains.join(', '));
  }, [open, profileId, rootDn]);

  const counts = useMemo(() => ruleCounts(rows), [rows]);
  const shown = useMemo(() => (rule === ALL ? rows : rows.filter((r) => r.rule === rule)), [rows, rule]);
  const selected = useMemo(() => {
    const keys = new Set(selection);
    return shown.filter((r) => keys.has(r.key));
  }, [shown, selection]);
  const fixable = selected.filter((r) => r.fix);

  async function scan() {
    const excludeDns = parseDnLines(excludeText);
    const verifiedDomains = parseDomains(domainsText);
    saveReadinessSettings(profileId, { excludeDns, verifiedDomains });
    const id = `scan-${Date.now().toString(36)}`;
    setScanId(id);
    setProgress(0);
    setBusy('scan');
    setError(null);
    setOutcome('');
    const result = await getApi()['readiness.scan']({
      scanId: id,
      ...(forest ? { forest: true } : { baseDn: baseDn.trim() }),
      excludeDns,
      ...(verifiedDomains.length > 0 ? { verifiedDomains } : {}),
      // Once a scope was scanned, main reads only what changed since (it scans in full otherwise).
      incremental: report !== null,
      plainTextInvites: plainText,
      cloud: compareCloud && cloudAccount !== null,
    });
    setBusy(null);
    setScanId(null);
    if (!result.ok) return setError(result.error);
    if (result.value.cancelled) return setOutcome('Scan stopped: nothing is shown from a partial read.');
    setReport(result.value);
    setRows(result.value.findings.map((f, i) => ({ ...f, key: String(i) })));
    setSelection([]);
    setRule(ALL);
  }

  async function fix() {
    const changes = fixChanges(fixable);
    if (changes.length === 0) return;
    setBusy('fix');
    setError(null);
    const result = await getApi()['changes.submit']({ changes });
    setBusy(null);
    if (!result.ok) return setError(result.error);
    const applied = new Set(result.value.filter((c) => c.status === 'applied').map((c) => c.objectGuid));
    const fixedKeys = new Set(fixable.filter((f) => applied.has(f.objectGuid)).map((f) => f.key));
    setRows((all) => all.filter((r) => !fixedKeys.has(r.key)));
    setSelection([]);
    const left = result.value.length - applied.size;
    setOutcome(
      `Fixed ${fixedKeys.size} problem${fixedKeys.size === 1 ? '' : 's'} on ${applied.size} object${applied.size === 1 ? '' : 's'}` +
        (left > 0
          ? `; ${left} change${left === 1 ? ' is' : 's are'} in Changes with the reason (conflict or refused).`
          : '.') +
        ' Undo is in Changes.',
    );
  }

  function exportCsv() {
    const blob = new Blob([findingsCsv(shown)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'readiness.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody className={styles.body}>
          <DialogTitle
            action={
              <Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={onClose} />
            }
          >
            Sync readiness
          </DialogTitle>
          <DialogContent className={styles.content}>
            <div className={styles.scope}>
              <Field label="Scan under" hint="A container's DN: the domain, or one OU">
                <Input value={baseDn} disabled={forest} onChange={(_e, d) => setBaseDn(d.value)} />
              </Field>
              <Field label="Not synced" hint="OUs outside the Entra Connect scope, one DN per line">
                <Textarea rows={2} value={excludeText} onChange={(_e, d) => setExcludeText(d.value)} />
              </Field>
              <Field
                label="Verified domains"
                hint={
                  tenantDomains.length > 0
                    ? `Empty: the signed-in tenant's (${tenantDomains.join(', ')})`
                    : "The tenant's, e.g. contoso.com; empty: UPN suffixes not checked (or sign in to Microsoft 365)"
                }
              >
                <Input value={domainsText} onChange={(_e, d) => setDomainsText(d.value)} />
              </Field>
            </div>
            <Checkbox
              checked={forest}
              onChange={(_e, d) => setForest(d.checked === true)}
              label="Scan the whole forest instead (every domain, through the global catalog)"
            />
            <Checkbox
              checked={plainText}
              onChange={(_e, d) => setPlainText(d.checked === true)}
              label="Also find mail users whose meeting invites arrive as plain text (staged migration: UseMapiRichTextFormat Never)"
            />
            <Checkbox
              checked={compareCloud && cloudAccount !== null}
              disabled={cloudAccount === null}
              onChange={(_e, d) => setCompareCloud(d.checked === true)}
              label={
                cloudAccount
                  ? `Also compare with Microsoft 365 (${cloudAccount}): cloud duplicates, soft matches, the tenant's provisioning errors`
                  : 'Also compare with Microsoft 365 (sign in first)'
              }
            />
            <div className={styles.actions}>
              <Button
                appearance="primary"
                disabled={busy !== null || (!forest && baseDn.trim() === '')}
                onClick={() => void scan()}
              >
                {report ? 'Scan again' : 'Scan'}
              </Button>
              {busy === 'fix' && <Spinner size="tiny" label="Fixing…" />}
              {busy === 'scan' && (
                <>
                  <Spinner size="tiny" label={`Scanning… ${progress.toLocaleString('en-US')} objects read`} />
                  <Button onClick={() => scanId && void getApi()['readiness.cancel']({ scanId })}>
                    Stop
                  </Button>
                </>
              )}
              <Field label="Show" orientation="horizontal">
                <Dropdown
                  value={
                    rule === ALL
                      ? `All problems (${rows.length})`
                      : `${rule} (${counts.find((c) => c.rule === rule)?.count ?? 0})`
                  }
                  selectedOptions={[rule]}
                  onOptionSelect={(_e, d) => {
                    setRule(d.optionValue ?? ALL);
                    setSelection([]);
                  }}
                >
                  <Option value={ALL}>{`All problems (${rows.length})`}</Option>
                  {counts.map((c) => (
                    <Option key={c.rule} value={c.rule}>{`${c.rule} (${c.count})`}</Option>
                  ))}
                </Dropdown>
              </Field>
              <span className={styles.grow} />
              {!readOnly && (
                <Button disabled={busy !== null || fixable.length === 0} onClick={() => void fix()}>
                  {`Apply suggested fix${fixable.length === 1 ? '' : 'es'} (${fixable.length})`}
                </Button>
              )}
              <Button disabled={shown.length === 0} onClick={exportCsv}>
                Export CSV
              </Button>
            </div>
            {error && (
              <MessageBar intent="error">
                <MessageBarBody>{error.message}</MessageBarBody>
              </MessageBar>
            )}
            <Text role="status" data-testid="readiness-summary">
              {outcome && !report
                ? outcome
                : report
                  ? `${report.checked.toLocaleString('en-US')} objects checked, ${report.skipped.toLocaleString('en-US')} skipped as IdFix skips them, ${report.outOfScope.toLocaleString('en-US')} outside the sync scope${report.cloudCompared !== null ? `, compared with ${report.cloudCompared.toLocaleString('en-US')} Microsoft 365 objects` : ''}: ${rows.length.toLocaleString('en-US')} problems.${report.incremental ? ` Re-scan: read ${report.read.toLocaleString('en-US')} changed object${report.read === 1 ? '' : 's'}.` : ''}${outcome ? ` ${outcome}` : ''}`
                  : 'Checks people and groups as IdFix and Entra Connect do; nothing is changed until you apply a fix.'}
            </Text>
            {report && (
              <MessageBar intent={report.health.exchangeSchema ? 'info' : 'warning'}>
                <MessageBarBody data-testid="schema-health">{report.health.advice}</MessageBarBody>
              </MessageBar>
            )}
            <div className={styles.grid}>
              <VirtualTable
                rows={shown}
                columns={FINDING_COLUMNS}
                rowKey={(r) => r.key}
                selection={selection}
                onSelectionChange={setSelection}
                ariaLabel="Readiness problems"
              />
            </div>
          </DialogContent>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
