import type { StateCreator } from 'zustand';
import type {
  ErrorInfo,
  ListPage,
  ListRow,
  MethodInput,
  ObjectDetails,
  TreeNode,
} from '../../../src-preload/contract/index.ts';
import { extraAttributes } from '../frame/column-layout.ts';
import { getApi } from '../api/api.ts';
import { objectKey } from './objects-slice.ts';
import type { StoreState } from './store.ts';

export interface TreeEntry {
  node: TreeNode;
  /** DNs of loaded children; undefined until the branch is first opened. */
  children?: string[];
  loading: boolean;
}

export type FindQuery = Omit<MethodInput<'directory.find'>, 'attributes'>;

export interface BrowseSlice {
  tree: Record<string, TreeEntry>;
  rootDn: string | null;
  openBranches: string[];
  /** The container whose contents the list shows, or null when the list shows find results. */
  container: string | null;
  listTitle: string;
  rows: ListRow[];
  /** The running (or last) load of the container's contents; pages of any other load are ignored. */
  listLoadId: string | null;
  /** True while pages are still arriving: the rows so far are shown, the status bar counts up. */
  listLoading: boolean;
  /** The last load stopped before the end (Stop, or more objects than the list's limit). */
  listIncomplete: 'cancelled' | 'truncated' | null;
  /** About how many the loading container holds (main's cache count), or null when unknown. */
  listExpected: number | null;
  /**
   * Rows on screen came from the cache (online, a container listed before) and the DC's pages are
   * still confirming them: how many the DC has sent so far, or null when the list is not a preview.
   */
  listChecked: number | null;
  listError: ErrorInfo | null;
  /** The Find that produced the results on screen, so a new column can read them again. */
  lastFind: { title: string; query: FindQuery } | null;
  selection: string[];
  /** The one selected object whose details the pane shows (its copy is in `objects`). */
  selectedGuid: string | null;
  loadRoot(): Promise<void>;
  toggleBranch(dn: string, open: boolean): Promise<void>;
  openContainer(dn: string): Promise<void>;
  /** One page of the running load (main's onListPage). */
  listPage(page: ListPage): void;
  /** Stops the running load: the rows read so far stay. */
  cancelList(): Promise<void>;
  /** Runs Find and shows its results in the list; the error, if it failed. */
  runFind(title: string, query: FindQuery): Promise<ErrorInfo | null>;
  /** Reads what the list shows again: the container, or the last Find. */
  reloadList(): Promise<void>;
  select(dns: string[]): Promise<void>;
  /** Shows one object in the details pane (held in `objects`), or none. */
  showDetails(details: ObjectDetails | null): void;
  /** F5: re-reads the container's branch and list (what others changed; own writes are pushed). */
  refresh(): Promise<void>;
  /** Re-reads one tree node's children, and its list when it is the open container. */
  refreshNode(dn: string): Promise<void>;
  /** Where the next Find looks when it was opened on a tree node ("Find in this OU"). */
  findIn: string | null;
  openFind(baseDn: string | null): void;
  closeFind(): void;
  resetBrowse(): void;
}

const emptyBrowse = {
  tree: {},
  rootDn: null,
  openBranches: [],
  container: null,
  listTitle: '',
  rows: [],
  listLoadId: null,
  listLoading: false,
  listIncomplete: null,
  listExpected: null,
  listChecked: null,
  listError: null,
  lastFind: null,
  findIn: null,
  selection: [],
  selectedGuid: null,
};

/**
 * A live page over a list painted from the cache: each row replaces the cached row with its GUID
 * (in place, so nothing jumps), new ones are added at the end; `confirmed` gains their keys.
 */
function confirmRows(rows: ListRow[], live: readonly ListRow[], confirmed: Set<string>): ListRow[] {
  if (live.length === 0) return rows;
  const incoming = new Map(live.map((row) => [objectKey(row.guid), row]));
  for (const key of incoming.keys()) confirmed.add(key);
  const next = rows.map((row) => {
    const key = objectKey(row.guid);
    const fresh = incoming.get(key);
    if (fresh === undefined) return row;
    incoming.delete(key);
    return fresh;
  });
  return incoming.size === 0 ? next : next.concat([...incoming.values()]);
}

export const createBrowseSlice: StateCreator<StoreState, [], [], BrowseSlice> = (set, get) => {
  /** The running load's rows the DC has sent, while the list is painted from the cache. */
  let confirmed: Set<string> | null = null;
  return {
    ...emptyBrowse,
    loadRoot: async () => {
      const info = get().info;
      if (!info) return;
      const root: TreeNode = {
        dn: info.domainDn,
        name: info.domainDnsName,
        kind: 'domain',
        hasChildren: true,
      };
      set({ tree: { [root.dn]: { node: root, loading: false } }, rootDn: root.dn, openBranches: [] });
      // A new directory: which of its subtrees are kept offline (the menu offers a refresh for those).
      void get().loadOfflineCopies();
      await get().toggleBranch(root.dn, true);
      await get().openContainer(root.dn);
    },
    toggleBranch: async (dn, open) => {
      const { openBranches, tree } = get();
      set({
        openBranches: open ? [...new Set([...openBranches, dn])] : openBranches.filter((d) => d !== dn),
      });
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
      // Main cancels a running load when a new one starts; the new id makes its late pages harmless.
      const loadId = crypto.randomUUID();
      set({
        container: dn,
        listTitle: entry?.node.name ?? dn,
        rows: [],
        listLoadId: loadId,
        listLoading: true,
        listIncomplete: null,
        listExpected: null,
        listChecked: null,
        listError: null,
        lastFind: null,
        selection: [],
      });
      confirmed = null;
      get().showDetails(null);
      const attributes = extraAttributes(get().layouts.container);
      const result = await getApi()['directory.list']({ dn, loadId, attributes });
      if (!result.ok && get().listLoadId === loadId) set({ listLoading: false, listError: result.error });
    },
    listPage: (page) => {
      if (page.loadId !== get().listLoadId) return;
      if (page.fromCache === true) {
        confirmed ??= new Set();
        set({ rows: get().rows.concat(page.rows), listExpected: page.expected, listChecked: 0 });
        return;
      }
      let rows = get().rows;
      if (confirmed !== null) rows = confirmRows(rows, page.rows, confirmed);
      else if (page.rows.length > 0) rows = rows.concat(page.rows);
      if (!page.done) {
        set({ rows, listExpected: page.expected, listChecked: confirmed === null ? null : page.loaded });
        return;
      }
      // The DC has sent everything: a cached row it did not send is no longer there. A load that
      // stopped early (Stop, an error) proves nothing, and keeps what the cache showed.
      const complete = !page.cancelled && page.error === null && !page.truncated;
      if (confirmed !== null && complete) {
        const sent = confirmed;
        rows = rows.filter((row) => sent.has(objectKey(row.guid)));
      }
      confirmed = null;
      set({
        rows,
        listChecked: null,
        listLoading: false,
        listError: page.error,
        listIncomplete: page.cancelled ? 'cancelled' : page.truncated ? 'truncated' : null,
      });
    },
    cancelList: async () => {
      const { listLoadId, listLoading } = get();
      if (listLoadId === null || !listLoading) return;
      // Stopped now, for the user; main's last page (cancelled) then finds nothing left to do.
      set({ listLoading: false, listIncomplete: 'cancelled', listLoadId: null });
      await getApi()['directory.cancelList']({ loadId: listLoadId });
    },
    runFind: async (title, query) => {
      const attributes = extraAttributes(get().layouts.find);
      const result = await getApi()['directory.find']({ ...query, attributes });
      if (!result.ok) return result.error;
      const more = result.value.truncated ? ' (more results exist: narrow the search)' : '';
      void get().cancelList();
      set({
        container: null,
        lastFind: { title, query },
        listTitle: `${title}: ${result.value.rows.length}${more}`,
        rows: result.value.rows,
        listLoadId: null,
        listLoading: false,
        listIncomplete: null,
        selection: [],
        listError: null,
      });
      get().showDetails(null);
      return null;
    },
    reloadList: async () => {
      const { container, lastFind } = get();
      if (container !== null) await get().openContainer(container);
      else if (lastFind !== null) await get().runFind(lastFind.title, lastFind.query);
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
      const { container } = get();
      if (container) await get().refreshNode(container);
    },
    refreshNode: async (dn) => {
      const entry = get().tree[dn];
      if (entry) {
        const { children: _drop, ...rest } = entry;
        set({ tree: { ...get().tree, [dn]: { ...rest, loading: false } } });
        if (get().openBranches.includes(dn)) await get().toggleBranch(dn, true);
      }
      if (get().container === dn) await get().openContainer(dn);
    },
    openFind: (baseDn) => {
      set({ findIn: baseDn });
      get().openDialog('find');
    },
    closeFind: () => {
      set({ findIn: null });
      get().openDialog(null);
    },
    resetBrowse: () => {
      confirmed = null;
      get().showDetails(null);
      set(emptyBrowse);
    },
  };
};
