import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** Key/value settings stored as JSON, so a setting keeps its type across restarts. */
export interface Settings {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

export function createSettings(db: DatabaseSync): Settings {
  const select: StatementSync = db.prepare('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare('DELETE FROM settings WHERE key = ?');
  return {
    get<T>(key: string): T | undefined {
      const row = select.get(key) as { value: string } | undefined;
      return row === undefined ? undefined : (JSON.parse(row.value) as T);
    },
    set(key, value) {
      if (value === undefined)
        throw new TypeError(`Setting "${key}" cannot be set to undefined; delete it instead.`);
      upsert.run(key, JSON.stringify(value));
    },
    delete(key) {
      remove.run(key);
    },
  };
}
