import { useState } from 'react';
import type { ErrorInfo, Result } from '../../../src-preload/contract/index.ts';

/** One call at a time with its busy flag and error, for the cloud panels' buttons. */
export function useCloudCall() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  async function call<T>(send: () => Promise<Result<T>>): Promise<T | null> {
    setBusy(true);
    setError(null);
    try {
      const result = await send();
      if (!result.ok) setError(result.error);
      return result.ok ? result.value : null;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, setError, call };
}
