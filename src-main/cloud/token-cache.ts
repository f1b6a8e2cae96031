// MSAL's token cache kept through an ICachePlugin over an injected encryptor and store: the shell
// passes Electron safeStorage and a file; the browser transport passes an in-memory store, so a
// sign-in there lasts for the session only.

import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';

export interface CacheEncryptor {
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}

export interface CacheStore {
  read(): Buffer | null;
  write(data: Buffer | null): void;
}

export function memoryCacheStore(): CacheStore {
  let data: Buffer | null = null;
  return {
    read: () => data,
    write: (d) => {
      data = d;
    },
  };
}

export function encryptedCachePlugin(encryptor: CacheEncryptor, store: CacheStore): ICachePlugin {
  return {
    beforeCacheAccess(context: TokenCacheContext): Promise<void> {
      const sealed = store.read();
      if (sealed) {
        try {
          context.tokenCache.deserialize(encryptor.decrypt(sealed));
        } catch {
          // A cache sealed by another machine or user cannot be opened: start signed out.
          store.write(null);
        }
      }
      return Promise.resolve();
    },
    afterCacheAccess(context: TokenCacheContext): Promise<void> {
      if (context.cacheHasChanged) store.write(encryptor.encrypt(context.tokenCache.serialize()));
      return Promise.resolve();
    },
  };
}

/**
 * The token cache kept in the app's secret store under one key: sealed by the OS keystore in the
 * shell (safeStorage), held in memory for the session in the browser transport. Nothing else keeps it.
 */
export function secretStoreCachePlugin(
  secrets: { get(key: string): Promise<string | null>; set(key: string, value: string): Promise<void> },
  key: string,
): ICachePlugin {
  return {
    async beforeCacheAccess(context: TokenCacheContext): Promise<void> {
      const text = await secrets.get(key);
      if (text) {
        try {
          context.tokenCache.deserialize(text);
        } catch {
          // A damaged cache means signed out, not a failure.
        }
      }
    },
    async afterCacheAccess(context: TokenCacheContext): Promise<void> {
      if (context.cacheHasChanged) await secrets.set(key, context.tokenCache.serialize());
    },
  };
}
