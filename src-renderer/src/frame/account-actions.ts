import type { ChangeInput, ChangeView, ErrorInfo } from '../../../src-preload/contract/index.ts';
import { hasUacFlag, UAC, withUacFlag } from '../../../src-preload/shared/account/user-account-control.ts';
import { valuesOf } from '../../../src-preload/shared/values.ts';
import { getApi } from '../api/api.ts';

/**
 * ADUC's Enable Account / Disable Account on the selection: one compare-and-swap edit of
 * userAccountControl per account (the value just read is the base, so another admin's change to
 * another bit conflicts instead of being lost). Accounts already in the wanted state are left alone.
 */
export async function setAccountsEnabled(
  dns: readonly string[],
  enabled: boolean,
): Promise<{ changes: ChangeView[]; error: ErrorInfo | null }> {
  const api = getApi();
  const changes: ChangeInput[] = [];
  for (const dn of dns) {
    const read = await api['directory.read']({ dn });
    if (!read.ok) return { changes: [], error: read.error };
    const uac = valuesOf(read.value.attributes, 'userAccountControl');
    if (uac.length === 0 || hasUacFlag(uac, UAC.ACCOUNTDISABLE) === !enabled) continue;
    changes.push({
      dn: read.value.row.dn,
      objectGuid: read.value.row.guid,
      objectClass: read.value.objectClass,
      edits: [
        { attr: 'userAccountControl', base: uac, desired: withUacFlag(uac, UAC.ACCOUNTDISABLE, !enabled) },
      ],
    });
  }
  if (changes.length === 0) return { changes: [], error: null };
  const result = await api['changes.submit']({ changes });
  return result.ok ? { changes: result.value, error: null } : { changes: [], error: result.error };
}

/** ADUC's "Unlock account": lockoutTime 0 on each locked account, one journal change each. */
export async function unlockAccounts(
  rows: readonly { dn: string; guid: string }[],
): Promise<{ changes: ChangeView[]; error: ErrorInfo | null }> {
  if (rows.length === 0) return { changes: [], error: null };
  const result = await getApi()['changes.unlock']({
    objects: rows.map((row) => ({ dn: row.dn, objectGuid: row.guid })),
  });
  return result.ok ? { changes: result.value, error: null } : { changes: [], error: result.error };
}
