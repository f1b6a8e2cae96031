import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  ChangeView,
  ChangeInput,
  ErrorInfo,
  ObjectDetails,
  ObjectSheet,
  ValidationIssue,
} from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { objectKey } from '../store/objects-slice.ts';
import { useStore } from '../store/store.ts';
import { membershipChange } from '../components/group-change.ts';
import { diffEdits, withoutSettled, type Values } from './draft.ts';
import type { AttributeChoice } from '../../../src-preload/shared/merge-values.ts';

export interface SheetState {
  sheet: ObjectSheet | null;
  loadError: ErrorInfo | null;
  draft: Values;
  base: Values;
  dirty: boolean;
  /** Groups to join or leave with the next Apply (memberOf is a back link: each is a group change). */
  groupEdits: GroupEdit[];
  stageGroup(group: Pick<ObjectDetails, 'row' | 'objectClass'>, action: 'add' | 'remove'): void;
  unstageGroup(groupDn: string): void;
  /** The group changes the last Apply sent, with their outcomes. */
  groupOutcomes: ChangeView[];
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
  /** The three-way view's choices: answers main's refusal, or null once resolved. */
  resolveAttributes(attributes: Record<string, AttributeChoice>): Promise<ErrorInfo | null>;
  reload(): Promise<void>;
}

export interface GroupEdit {
  group: Pick<ObjectDetails, 'row' | 'objectClass'>;
  action: 'add' | 'remove';
}

const GENERAL_FIELDS = ['mail', 'proxyAddresses', 'mailNickname', 'displayName', 'userPrincipalName'];

/** What the sheet opened with besides the object itself (which lives in the store, once). */
type SheetFacts = Omit<ObjectSheet, 'details'> & { guid: string };

/**
 * A property sheet's state: the values read (the base of every compare-and-swap), the admin's draft,
 * inline validation from main, and Apply through the change journal. The object is the store's one
 * copy: after Apply, main pushes the fresh entry and the sheet shows it without reading again.
 */
export function useSheet(dn: string | null): SheetState {
  const [facts, setFacts] = useState<SheetFacts | null>(null);
  const [loadError, setLoadError] = useState<ErrorInfo | null>(null);
  const [draft, setDraft] = useState<Values>({});
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [lastChange, setLastChange] = useState<ChangeView | null>(null);
  const [groupEdits, setGroupEdits] = useState<GroupEdit[]>([]);
  const [groupOutcomes, setGroupOutcomes] = useState<ChangeView[]>([]);
  const [applyError, setApplyError] = useState<ErrorInfo | null>(null);
  const validation = useRef(0);
  /** The draft the current `issues` were computed for. */
  const [validatedDraft, setValidatedDraft] = useState<Values | null>(null);
  /** The object this sheet holds in the store, released when it shows another or closes. */
  const held = useRef<string | null>(null);
  const holdObject = useStore((s) => s.holdObject);
  const releaseObject = useStore((s) => s.releaseObject);
  const details = useStore((s) => (facts ? s.objects[objectKey(facts.guid)] : undefined));
  const sheet = useMemo<ObjectSheet | null>(() => {
    if (!facts || !details) return null;
    const { guid: _guid, ...rest } = facts;
    return { ...rest, details };
  }, [facts, details]);

  const reload = useCallback(async () => {
    if (!dn) return;
    const result = await getApi()['objects.load']({ dn });
    if (result.ok) {
      const { details: loaded, ...rest } = result.value;
      holdObject(loaded);
      if (held.current !== null) releaseObject(held.current);
      held.current = loaded.row.guid;
      setFacts({ ...rest, guid: loaded.row.guid });
      setDraft({});
      setGroupEdits([]);
      setGroupOutcomes([]);
      setIssues([]);
      setLoadError(null);
    } else setLoadError(result.error);
  }, [dn, holdObject, releaseObject]);

  useEffect(() => {
    setFacts(null);
    setLastChange(null);
    setApplyError(null);
    void reload();
  }, [reload]);

  // The sheet holds its object while open; closing it lets the store forget the copy.
  useEffect(
    () => () => {
      if (held.current !== null) releaseObject(held.current);
      held.current = null;
    },
    [releaseObject],
  );

  // A fresh copy pushed by main (after this sheet's Apply, or anyone's change to the object): what
  // the draft wanted and the object now holds is settled; what the admin typed since stays a draft.
  const attributes = details?.attributes;
  useEffect(() => {
    if (attributes) setDraft((current) => withoutSettled(current, attributes));
  }, [attributes]);

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
    if (!sheet || (edits.length === 0 && groupEdits.length === 0)) return true;
    if (validating) return false;
    setBusy(true);
    setApplyError(null);
    const { row, objectClass } = sheet.details;
    const own: ChangeInput[] =
      edits.length > 0 ? [{ dn: row.dn, objectGuid: row.guid, objectClass, edits }] : [];
    // One submit: the object's own edits and every group it joins or leaves, all queued or none.
    const groups = groupEdits.map((g) => membershipChange(g.group, [row.dn], g.action));
    const result = await getApi()['changes.submit']({ changes: [...own, ...groups] });
    setBusy(false);
    if (!result.ok) {
      setApplyError(result.error);
      return false;
    }
    const sent = result.value;
    const ownChange = own.length > 0 ? (sent[0] ?? null) : null;
    const groupChanges = sent.slice(own.length);
    if (ownChange) setLastChange(ownChange);
    setGroupOutcomes(groupChanges);
    // What landed is no longer staged; main pushes this object back with its new memberOf.
    setGroupEdits((staged) => staged.filter((_g, i) => groupChanges[i]?.status !== 'applied'));
    return sent.every((change) => change.status === 'applied');
  }

  function stageGroup(group: Pick<ObjectDetails, 'row' | 'objectClass'>, action: 'add' | 'remove') {
    const key = group.row.dn.toLowerCase();
    setGroupEdits((staged) => {
      const other = staged.find((g) => g.group.row.dn.toLowerCase() === key);
      // Removing a group staged for joining (or the reverse) just forgets the staged edit.
      if (other && other.action !== action) return staged.filter((g) => g !== other);
      if (other) return staged;
      return [...staged, { group, action }];
    });
  }

  async function resolve(keep: 'mine' | 'theirs') {
    if (!lastChange) return;
    setBusy(true);
    const result = await getApi()['changes.resolve']({ id: lastChange.id, keep });
    setBusy(false);
    if (result.ok) {
      setLastChange(result.value);
      // Theirs writes nothing, so nothing is pushed: read their values to edit from them.
      if (keep === 'theirs') await reload();
    } else setApplyError(result.error);
  }

  async function resolveAttributes(attributes: Record<string, AttributeChoice>): Promise<ErrorInfo | null> {
    if (!lastChange) return null;
    setBusy(true);
    const result = await getApi()['changes.resolve']({ id: lastChange.id, attributes });
    setBusy(false);
    if (!result.ok) return result.error;
    setLastChange(result.value);
    // Everything taken from theirs writes nothing, so nothing is pushed: read their values.
    if (result.value.status === 'discarded') {
      await reload();
      return null;
    }
    // Decided: the draft of these attributes gives way to what main pushes (the merged values).
    const decided = new Set(lastChange.edits.map((e) => e.attr.toLowerCase()));
    setDraft((current) =>
      Object.fromEntries(Object.entries(current).filter(([attr]) => !decided.has(attr.toLowerCase()))),
    );
    return null;
  }

  return {
    sheet,
    loadError,
    draft: merged,
    base,
    dirty: edits.length > 0 || groupEdits.length > 0,
    groupEdits,
    stageGroup,
    unstageGroup: (groupDn) =>
      setGroupEdits((staged) => staged.filter((g) => g.group.row.dn.toLowerCase() !== groupDn.toLowerCase())),
    groupOutcomes,
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
    resolveAttributes,
    reload,
  };
}
