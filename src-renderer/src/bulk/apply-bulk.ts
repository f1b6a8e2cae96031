import type { ChangeView, ObjectDetails } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { planBulk, type BulkForm, type Skipped } from './bulk-plan.ts';

/** changes.submit takes at most this many changes in one call. */
export const MAX_BULK_OBJECTS = 5000;
// Enough reads in flight to hide IPC latency without queuing thousands of LDAP searches at once.
const PARALLEL_READS = 8;

export interface BulkOutcome {
  submitted: ChangeView[];
  skipped: Skipped[];
  /** Objects that could not be read (moved, deleted, no access): nothing was sent for them. */
  unreadable: Skipped[];
  unchanged: number;
  /** The submission itself failed (offline journal refused, invalid input…). */
  error: string | null;
}

async function readAll(
  dns: readonly string[],
  onProgress: (done: number) => void,
): Promise<{ objects: ObjectDetails[]; unreadable: Skipped[] }> {
  const objects: ObjectDetails[] = [];
  const unreadable: Skipped[] = [];
  let next = 0;
  let done = 0;
  async function worker() {
    while (next < dns.length) {
      const dn = dns[next++];
      if (dn === undefined) break;
      const result = await getApi()['directory.read']({ dn });
      if (result.ok) objects.push(result.value);
      else unreadable.push({ dn, reason: result.error.message });
      onProgress(++done);
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, dns.length) }, worker));
  return { objects, unreadable };
}

/**
 * Reads every object fresh (its values become the compare-and-swap base), plans one change per
 * object and submits them all in one call.
 */
export async function applyBulk(
  form: BulkForm,
  dns: readonly string[],
  onProgress: (done: number) => void,
): Promise<BulkOutcome> {
  const { objects, unreadable } = await readAll(dns, onProgress);
  let group: ObjectDetails | null = null;
  if (form.groupDn) {
    const read = await getApi()['directory.read']({ dn: form.groupDn });
    if (!read.ok)
      return {
        submitted: [],
        skipped: [],
        unreadable,
        unchanged: 0,
        error: `The group: ${read.error.message}`,
      };
    group = read.value;
  }
  const plan = planBulk(form, objects, group);
  const base = { skipped: plan.skipped, unreadable, unchanged: plan.unchanged };
  if (plan.changes.length === 0) return { ...base, submitted: [], error: null };
  const result = await getApi()['changes.submit']({ changes: plan.changes });
  return result.ok
    ? { ...base, submitted: result.value, error: null }
    : { ...base, submitted: [], error: result.error.message };
}
