import type { StateCreator } from 'zustand';
import type { ErrorInfo, ListRow, ObjectDetails, TreeNode } from '../../../src-preload/contract/index.ts';
import { getApi } from '../api/api.ts';
import { objectKey } from './objects-slice.ts';
import type { StoreState } from './store.ts';

export interface TreeEntry {
  node: TreeNode;
  /** DNs of loaded children; undefined until the branch is first opened. */
  children?: string[];
  loading: boolean;
}

export interface BrowseSlice {
  tree: Record<string, TreeEntry>;
  rootDn: string | null;
  openBranches: string[];
  /** The container whose contents the list shows, or null when the list shows find results. */
  container: string | null;
  listTitle: string;
  rows: ListRow[];
  listLoading: boolean;
  listError: ErrorInfo | null;
  selection: string[];
  /** The one selected object whose details the pane shows (its copy is in `objects`). */
  selectedGuid: string | null;
  loadRoot(): Promise<void>;
  toggleBranch(dn: string, open: boolean): Promise<void>;
  openContainer(dn: string): Promise<void>;
  showResults(title: string, rows: ListRow[]): void;
  select(dns: string[]): Promise<void>;
  /** Shows one object in the details pane (held in `objects`), or none. */
  showDetails(details: ObjectDetails | null): void;
  /** F5: re-reads the container's branch and list (what others changed; own writes are pushed). */
  refresh(): Promise<void>;
  resetBrowse(): void;
}

const emptyBrowse = {
  tree: {},
  rootDn: null,
  openBranches: [],
  container: null,
  listTitle: '',
  rows: [],
  listLoading: false,
  listError: null,
  selection: [],
  selectedGuid: null,
};

export const createBrowseSlice: StateCreator<StoreState, [], [], BrowseSlice> = (set, get) => ({
  ...emptyBrowse,
  loadRoot: async () => {
    const info = get().info;
    if (!info) return;
    const root: TreeNode = { dn: info.domainDn, name: info.domainDnsName, kind: 'domain', hasChildren: true };
    set({ tree: { [root.dn]: { node: root, loading: false } }, rootDn: root.dn, openBranches: [] });
    await get().toggleBranch(root.dn, true);
    await get().openContainer(root.dn);
  },
  toggleBranch: async (dn, open) => {
    const { openBranches, tree } = get();
    set({ openBranches: open ? [...new Set([...openBranches, dn])] : openBranches.filter((d) => d !== dn) });
    const entry = tree[dn];
    if (!open || !entry || entry.children) return;
    set({ tree: { ...get().tree, [dn]: { ...entry, loading: true } } });
    const result = await getApi()['directory.children']({ dn });
    const next = { ...get().tree };
    if (result.ok) {
      for (const child of result.value) next[child.dn] = next[child.dn] ?? { node: child, loading: false };
      next[dn] = { ...entry, loading: false, children: result.value.map((c) => c.dn) };
    } else {
      next[dn] = { ...entry, loading: false };
      set({ listError: result.error });
    }
    set({ tree: next });
  },
  openContainer: async (dn) => {
    const entry = get().tree[dn];
    set({
      container: dn,
      listTitle: entry?.node.name ?? dn,
      listLoading: true,
      listError: null,
      selection: [],
    });
    get().showDetails(null);
    const result = await getApi()['directory.list']({ dn });
    if (get().container !== dn) return; // the user moved on meanwhile
    if (result.ok) set({ rows: result.value.rows, listLoading: false });
    else set({ rows: [], listLoading: false, listError: result.error });
  },
  showResults: (title, rows) => {
    set({ container: null, listTitle: title, rows, selection: [], listError: null });
    get().showDetails(null);
  },
  select: async (dns) => {
    set({ selection: dns });
    const only = dns.length === 1 ? dns[0] : undefined;
    if (!only) {
      get().showDetails(null);
      return;
    }
    const result = await getApi()['directory.read']({ dn: only });
    if (get().selection.length === 1 && get().selection[0] === only)
      get().showDetails(result.ok ? result.value : null);
  },
  showDetails: (details) => {
    const previous = get().selectedGuid;
    if (details) get().holdObject(details);
    set({ selectedGuid: details ? objectKey(details.row.guid) : null });
    if (previous !== null) get().releaseObject(previous);
  },
  refresh: async () => {
    const { container, tree } = get();
    if (!container) return;
    const entry = tree[container];
    if (entry) {
      const { children: _drop, ...rest } = entry;
      set({ tree: { ...tree, [container]: { ...rest, loading: false } } });
      if (get().openBranches.includes(container)) await get().toggleBranch(container, true);
    }
    await get().openContainer(container);
  },
  resetBrowse: () => {
    get().showDetails(null);
    set(emptyBrowse);
  },
});
