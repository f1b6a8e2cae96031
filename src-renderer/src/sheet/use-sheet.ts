import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  ChangeView,
  ErrorInfo,
  ObjectSheet,
  ValidationIssue,
} from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { useStore } from '../store/store.ts';
import { diffEdits, type Values } from './draft.ts';

export interface SheetState {
  sheet: ObjectSheet | null;
  loadError: ErrorInfo | null;
  draft: Values;
  base: Values;
  dirty: boolean;
  issues: ValidationIssue[];
  canApply: boolean;
  /** A validation of the current draft is still running: Apply waits for it. */
  validating: boolean;
  busy: boolean;
  /** The last change sent from this sheet, with its outcome. */
  lastChange: ChangeView | null;
  applyError: ErrorInfo | null;
  setValues(attr: string, values: string[]): void;
  canWrite(attr: string): boolean;
  apply(): Promise<boolean>;
  resolve(keep: 'mine' | 'theirs'): Promise<void>;
  reload(): Promise<void>;
}

const GENERAL_FIELDS = ['mail', 'proxyAddresses', 'mailNickname', 'displayName', 'userPrincipalName'];

/**
 * A property sheet's state: the values read (the base of every compare-and-swap), the admin's draft,
 * inline validation from main, and Apply through the change journal.
 */
export function useSheet(dn: string | null): SheetState {
  const [sheet, setSheet] = useState<ObjectSheet | null>(null);
  const [loadError, setLoadError] = useState<ErrorInfo | null>(null);
  const [draft, setDraft] = useState<Values>({});
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [lastChange, setLastChange] = useState<ChangeView | null>(null);
  const [applyError, setApplyError] = useState<ErrorInfo | null>(null);
  const validation = useRef(0);
  /** The draft the current `issues` were computed for. */
  const [validatedDraft, setValidatedDraft] = useState<Values | null>(null);
  const reloadObject = useStore((s) => s.reloadObject);

  const reload = useCallback(async () => {
    if (!dn) return;
    const result = await getApi()['objects.load']({ dn });
    if (result.ok) {
      setSheet(result.value);
      setDraft({});
      setIssues([]);
      setLoadError(null);
    } else setLoadError(result.error);
  }, [dn]);

  useEffect(() => {
    setSheet(null);
    setLastChange(null);
    setApplyError(null);
    void reload();
  }, [reload]);

  const base = useMemo(() => sheet?.details.attributes ?? {}, [sheet]);
  const merged = useMemo(() => ({ ...base, ...draft }), [base, draft]);
  // Binary-ness comes from the schema: an attribute the object does not hold yet is not in details.binary.
  const binaryAttrs = useMemo(
    () => (sheet?.allowed ?? []).filter((a) => a.binary).map((a) => a.name),
    [sheet],
  );
  const edits = useMemo(() => diffEdits(base, draft, binaryAttrs), [base, draft, binaryAttrs]);

  // Validate the Exchange General fields as the admin types; main also checks the whole directory.
  // Until the answer for this very draft is in, Apply stays disabled: typing SMTP:bob@@x.com and
  // pressing Enter at once must not get past the check (main refuses it anyway).
  const needsValidation = !!sheet && !!dn && Object.keys(draft).some((a) => GENERAL_FIELDS.includes(a));
  const validating = needsValidation && validatedDraft !== draft;
  useEffect(() => {
    if (!needsValidation) return;
    const ticket = ++validation.current;
    const checked = draft;
    const timer = setTimeout(async () => {
      const value = (attr: string) => merged[attr]?.[0];
      const input = {
        dn,
        proxyAddresses: merged.proxyAddresses ?? [],
        ...(value('mail') !== undefined ? { mail: value('mail') } : {}),
        ...(value('mailNickname') !== undefined ? { mailNickname: value('mailNickname') } : {}),
        ...(value('displayName') !== undefined ? { displayName: value('displayName') } : {}),
        ...(draft.userPrincipalName ? { userPrincipalName: value('userPrincipalName') } : {}),
      };
      const result = await getApi()['objects.validateGeneral'](input);
      if (ticket !== validation.current) return;
      if (result.ok) setIssues(result.value.issues);
      setValidatedDraft(checked);
    }, 250);
    return () => clearTimeout(timer);
  }, [draft, merged, needsValidation, dn]);

  const writable = useMemo(
    () => new Set((sheet?.details.writable ?? []).map((a) => a.toLowerCase())),
    [sheet],
  );

  async function apply(): Promise<boolean> {
    if (!sheet || edits.length === 0) return true;
    if (validating) return false;
    setBusy(true);
    setApplyError(null);
    const { row, objectClass } = sheet.details;
    const result = await getApi()['changes.submit']({
      changes: [{ dn: row.dn, objectGuid: row.guid, objectClass, edits }],
    });
    setBusy(false);
    if (!result.ok) {
      setApplyError(result.error);
      return false;
    }
    const change = result.value[0] ?? null;
    setLastChange(change);
    if (change?.status === 'applied') {
      await reload();
      if (dn) void reloadObject(dn);
      return true;
    }
    return false;
  }

  async function resolve(keep: 'mine' | 'theirs') {
    if (!lastChange) return;
    setBusy(true);
    const result = await getApi()['changes.resolve']({ id: lastChange.id, keep });
    setBusy(false);
    if (result.ok) {
      setLastChange(result.value);
      if (keep === 'theirs' || result.value.status === 'applied') {
        await reload();
        if (dn) void reloadObject(dn);
      }
    } else setApplyError(result.error);
  }

  return {
    sheet,
    loadError,
    draft: merged,
    base,
    dirty: edits.length > 0,
    issues,
    canApply: !validating && !issues.some((i) => i.severity === 'error'),
    validating,
    busy,
    lastChange,
    applyError,
    setValues: (attr, values) => setDraft((d) => ({ ...d, [attr]: values })),
    canWrite: (attr) => writable.has(attr.toLowerCase()),
    apply,
    resolve,
    reload,
  };
}
