import { addDn, hasDn, removeDn } from '../../components/dn-values.ts';

// Exchange keeps each delivery-restriction list in two attributes and picks one by the SENDER's kind,
// on every recipient type: individual senders go to authOrig / unauthOrig (AcceptMessagesOnlyFrom,
// RejectMessagesFrom), groups whose members are meant go to dLMemSubmitPerms / dLMemRejectPerms
// (…FromDLMembers). The tab shows each pair as one list, as the Exchange console does.

export interface RestrictionPair {
  /** Individual senders (users, contacts). */
  people: string;
  /** Groups: their members. */
  groups: string;
}

export const ACCEPT: RestrictionPair = { people: 'authOrig', groups: 'dLMemSubmitPerms' };
export const REJECT: RestrictionPair = { people: 'unauthOrig', groups: 'dLMemRejectPerms' };

export interface PairValues {
  people: string[];
  groups: string[];
}

export interface PairEntry {
  dn: string;
  attr: string;
}

export function pairEntries(pair: RestrictionPair, values: PairValues): PairEntry[] {
  return [
    ...values.people.map((dn) => ({ dn, attr: pair.people })),
    ...values.groups.map((dn) => ({ dn, attr: pair.groups })),
  ];
}

/** Where a picked sender goes; a sender already on either side of the pair is not added twice. */
export function addSender(values: PairValues, dn: string, kind: string): PairValues {
  if (hasDn(values.people, dn) || hasDn(values.groups, dn)) return values;
  return kind === 'group'
    ? { people: values.people, groups: addDn(values.groups, dn) }
    : { people: addDn(values.people, dn), groups: values.groups };
}

export function removeSender(values: PairValues, dn: string): PairValues {
  return { people: removeDn(values.people, dn), groups: removeDn(values.groups, dn) };
}
