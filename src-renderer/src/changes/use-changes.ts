import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChangeView, ErrorInfo, Result } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { mergeLoaded, upsertChange } from './change-status.ts';
import type { AttributeChoices } from './conflict/conflict-dialog.tsx';

export interface ChangesState {
  changes: ChangeView[];
  loading: boolean;
  error: ErrorInfo | null;
  /** The change an action is running on, to disable its buttons meanwhile. */
  busyId: number | null;
  retry(id: number): Promise<void>;
  discard(id: number): Promise<void>;
  resolve(id: number, keep: 'mine' | 'theirs'): Promise<void>;
  /** Per attribute (the three-way view): answers main's refusal, or null once resolved. */
  resolveAttributes(id: number, attributes: AttributeChoices): Promise<ErrorInfo | null>;
  undo(id: number, auditId: number): Promise<void>;
}

/**
 * The journal while the panel is open: read once, then kept current by onChangeUpdated pushes from
 * main (no polling). Results of the panel's own actions are folded in as well, since the push may
 * come before or after the reply.
 */
export function useChanges(open: boolean): ChangesState {
  const [changes, setChanges] = useState<ChangeView[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);
  const pushed = useRef<ChangeView[]>([]);

  useEffect(() => {
    if (!open) return;
    let live = true;
    pushed.current = [];
    const api = getApi();
    const unsubscribe = api.on('onChangeUpdated', (change) => {
      pushed.current.push(change);
      setChanges((list) => upsertChange(list, change));
    });
    setLoading(true);
    setError(null);
    void api['changes.list']({}).then((result) => {
      if (!live) return;
      setLoading(false);
      if (result.ok) setChanges(mergeLoaded(pushed.current, result.value));
      else setError(result.error);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [open]);

  const run = useCallback(async (id: number, call: () => Promise<Result<ChangeView>>) => {
    setBusyId(id);
    setError(null);
    const result = await call();
    setBusyId(null);
    if (result.ok) setChanges((list) => upsertChange(list, result.value));
    else setError(result.error);
  }, []);

  return {
    changes,
    loading,
    error,
    busyId,
    retry: (id) => run(id, () => getApi()['changes.retry']({ id })),
    discard: (id) => run(id, () => getApi()['changes.discard']({ id })),
    resolve: (id, keep) => run(id, () => getApi()['changes.resolve']({ id, keep })),
    undo: (id, auditId) => run(id, () => getApi()['changes.undo']({ auditId })),
    async resolveAttributes(id, attributes) {
      setBusyId(id);
      const result = await getApi()['changes.resolve']({ id, attributes });
      setBusyId(null);
      if (!result.ok) return result.error;
      setChanges((list) => upsertChange(list, result.value));
      return null;
    },
  };
}
