import { useEffect, useRef, useState } from 'react';
import type { RecipientPreflight } from '../../../src-preload/contract/index.ts';
import type { RecipientFields } from '../../../src-preload/shared/recipients/recipient-fields.ts';
import type { StampableKind } from '../../../src-preload/shared/recipients/recipient-stamp.ts';
import { getApi } from '../api/api.ts';

const DEBOUNCE_MS = 400;

/**
 * Main's preflight of the wizard's fields, debounced as the admin types: the directory-wide
 * uniqueness check, the exact attributes and the PowerShell. Only the answer to the newest fields
 * counts; an older one arriving late is dropped.
 */
export function usePreflight(
  kind: StampableKind,
  parentDn: string,
  fields: RecipientFields,
  enabled: boolean,
): { preflight: RecipientPreflight | null; checking: boolean; error: string | null } {
  const [preflight, setPreflight] = useState<RecipientPreflight | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ticket = useRef(0);
  const key = JSON.stringify([kind, parentDn, fields]);
  useEffect(() => {
    if (!enabled) return;
    const mine = ++ticket.current;
    setChecking(true);
    const timer = setTimeout(async () => {
      const result = await getApi()['recipients.preflight']({ kind, parentDn, fields });
      if (mine !== ticket.current) return;
      setChecking(false);
      if (result.ok) {
        setPreflight(result.value);
        setError(null);
      } else setError(result.error.message);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // The key stands for kind, parentDn and fields: a new object each render, the same content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, enabled]);
  return { preflight, checking, error };
}
