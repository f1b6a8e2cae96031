import type { StateCreator } from 'zustand';
import type { StampableKind } from '../../../src-preload/shared/recipients/recipient-stamp.ts';
import type { StoreState } from './store.ts';

/** Which recipient dialog is open: the New Object wizard, or a convert / mail-enable / disable mail. */
export interface RecipientsSlice {
  /** The wizard: the kind it starts with and the container it creates in. */
  newObject: { kind: StampableKind; parentDn: string } | null;
  conversion: { dn: string; mode: ConversionMode } | null;
  /** Opens the wizard in `parentDn`, or in the container on screen (the domain when none is). */
  openNewObject(kind: StampableKind, parentDn?: string): void;
  openConversion(dn: string, mode: ConversionMode): void;
  closeRecipientDialog(): void;
}

export type ConversionMode = 'enable' | 'convert' | 'disable';

export const createRecipientsSlice: StateCreator<StoreState, [], [], RecipientsSlice> = (set, get) => ({
  newObject: null,
  conversion: null,
  openNewObject: (kind, parentDn) => {
    const where = parentDn ?? get().container ?? get().rootDn;
    if (where !== null) set({ newObject: { kind, parentDn: where } });
  },
  openConversion: (dn, mode) => set({ conversion: { dn, mode } }),
  closeRecipientDialog: () => set({ newObject: null, conversion: null }),
});
