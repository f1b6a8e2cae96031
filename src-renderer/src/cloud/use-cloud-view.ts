import { useEffect, useRef } from 'react';
import { valuesOf } from '../../../src-preload/shared/values.ts';
import { getApi } from '../api/api.ts';
import { objectKey } from '../store/objects-slice.ts';
import type { CloudViewEntry } from '../store/cloud-slice.ts';
import { useStore } from '../store/store.ts';
import type { SheetState } from '../sheet/use-sheet.ts';

/**
 * The open sheet's object as Microsoft 365 holds it, looked up once it is `wanted` (the Cloud tab
 * shows, or the admin edits and the sheet must say before Apply whether the edit will flow). Kept in
 * the store while the sheet shows the object, so the tab and the warning share one look-up; main's
 * push after a cloud action replaces it. Looked up again only when the AD object itself changed.
 */
export function useCloudView(state: SheetState, wanted: boolean): CloudViewEntry | null {
  const row = state.sheet?.details.row ?? null;
  const dn = row?.dn ?? null;
  const guid = row?.guid ?? null;
  // The AD side decides what matches (UPN, addresses, consistency GUID): a new copy of the object
  // pushed by main (a new uSNChanged) may match differently.
  const version = valuesOf(state.sheet?.details.attributes ?? {}, 'uSNChanged')[0] ?? '';
  const signedIn = useStore((s) => s.cloud?.account != null);
  const entry = useStore((s) => (guid === null ? null : (s.cloudViews[objectKey(guid)] ?? null)));
  const cloudViewLoaded = useStore((s) => s.cloudViewLoaded);
  const forgetCloudView = useStore((s) => s.forgetCloudView);
  /** The guid and version last asked for: `wanted` toggling (a draft made and applied) asks no more. */
  const asked = useRef<string | null>(null);

  useEffect(() => {
    if (!signedIn) asked.current = null;
    if (!wanted || !signedIn || dn === null || guid === null) return;
    const key = `${guid}|${version}`;
    if (asked.current === key) return;
    asked.current = key;
    // A push that lands while this look-up is on its way is newer than its answer: keep the push.
    const before = useStore.getState().cloudViews[objectKey(guid)];
    void getApi()
      ['cloud.object']({ dn })
      .then((result) => {
        if (asked.current !== key || useStore.getState().cloudViews[objectKey(guid)] !== before) return;
        cloudViewLoaded(
          guid,
          result.ok ? { view: result.value, error: null } : { view: null, error: result.error },
        );
      });
  }, [wanted, signedIn, dn, guid, version, cloudViewLoaded]);

  // Kept only while the sheet shows the object.
  useEffect(() => {
    if (guid === null) return;
    return () => {
      asked.current = null;
      forgetCloudView(guid);
    };
  }, [guid, forgetCloudView]);

  return entry;
}
