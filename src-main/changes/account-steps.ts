import { NEW_USER_ACCOUNT_CONTROL } from '../../src-preload/shared/recipients/recipient-plan.ts';
import type { NewChange } from './change.ts';
import { passwordChange, type NewPasswordChange } from './password-change.ts';

/** NORMAL_ACCOUNT: the created account without ACCOUNTDISABLE. */
const ENABLED_ACCOUNT_CONTROL = NEW_USER_ACCOUNT_CONTROL & ~2;

/**
 * What follows a new user's create in its lane, each step recorded on its own so a failure
 * part-way shows which step stopped and can be retried: the password (held in memory only), then
 * enabling the account, a compare-and-swap from the value the create wrote, with pwdLastSet 0
 * when the user must change the password at next logon.
 */
export function accountSteps(
  create: NewChange,
  password: string,
  mustChange: boolean,
  enable: boolean,
): (NewChange | NewPasswordChange)[] {
  const steps: (NewChange | NewPasswordChange)[] = [
    passwordChange({
      objectGuid: create.objectGuid,
      dn: create.dn,
      objectClass: create.objectClass,
      password,
      mustChange: false,
      unlock: false,
    }),
  ];
  const edits: NewChange['edits'] = [];
  if (enable)
    edits.push({
      attr: 'userAccountControl',
      base: [String(NEW_USER_ACCOUNT_CONTROL)],
      desired: [String(ENABLED_ACCOUNT_CONTROL)],
    });
  // A fresh account's pwdLastSet is whatever the password step made it: replaced, not compared.
  if (mustChange) edits.push({ attr: 'pwdLastSet', base: null, desired: ['0'] });
  if (edits.length > 0)
    steps.push({ objectGuid: create.objectGuid, dn: create.dn, objectClass: create.objectClass, edits });
  return steps;
}
