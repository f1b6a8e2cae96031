import { useCallback, useEffect, useState } from 'react';
import type { ErrorInfo, GuidedFixView, GuidedFixesView } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';

/**
 * The guided fixes while the dialog is open: read once when it opens, then kept current from what
 * main pushes (onGuidedFixChanged) after every start, step and check; never read again after one.
 */
export function useGuidedFixes(open: boolean) {
  const [state, setState] = useState<GuidedFixesView | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void getApi()
      ['guided.list']({})
      .then((result) => {
        if (!live) return;
        if (result.ok) setState(result.value);
        else setError(result.error);
      });
    const stop = getApi().on('onGuidedFixChanged', (fix) =>
      setState((s) => (s === null ? s : { ...s, fixes: upsert(s.fixes, fix) })),
    );
    return () => {
      live = false;
      stop();
    };
  }, [open]);

  const setSettings = useCallback(
    (settings: GuidedFixesView['settings']) => setState((s) => (s === null ? s : { ...s, settings })),
    [],
  );
  return { state, error, setError, setSettings };
}

function upsert(fixes: GuidedFixView[], fix: GuidedFixView): GuidedFixView[] {
  const at = fixes.findIndex((f) => f.id === fix.id);
  if (at < 0) return [fix, ...fixes];
  return fixes.map((f) => (f.id === fix.id ? fix : f));
}
