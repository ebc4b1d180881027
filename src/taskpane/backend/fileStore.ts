/**
 * The received files of the browser page, kept in this browser's IndexedDB so
 * that a reload or a closed tab loses nothing. Only the submitted bytes and the
 * time they came are stored; findings are computed again from them. Inside
 * Excel the files live in the workbook instead.
 */
export interface StoredFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly receivedAt: string;
  /** The file's own date (`File.lastModified`, ISO): of a unit's two reports, the newer is summed. */
  readonly fileDate?: string;
}

export interface FileStore {
  list(): Promise<StoredFile[]>;
  put(file: StoredFile): Promise<void>;
  remove(name: string): Promise<void>;
}

const DB = "baocao06";
const STORE = "received";

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

class IdbFileStore implements FileStore {
  private db: Promise<IDBDatabase> | null = null;

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const r = indexedDB.open(DB, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: "name" });
      r.onsuccess = () => {
        // Another tab clearing the storage must not wait for this one.
        r.result.onversionchange = () => r.result.close();
        resolve(r.result);
      };
      r.onerror = () => reject(r.error);
    });
    return this.db;
  }

  async list(): Promise<StoredFile[]> {
    const db = await this.open();
    const rows = (await request(db.transaction(STORE, "readonly").objectStore(STORE).getAll())) as StoredFile[];
    return rows.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  }

  async put(file: StoredFile): Promise<void> {
    const db = await this.open();
    // "relaxed": no disk flush per file; 175 files in a row would otherwise wait on 175 flushes.
    const tx = db.transaction(STORE, "readwrite", { durability: "relaxed" });
    tx.objectStore(STORE).put(file);
    await done(tx);
  }

  async remove(name: string): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(STORE, "readwrite");
    tx.objectStore(STORE).delete(name);
    await done(tx);
  }
}

/** Memory only: private windows or browsers that refuse IndexedDB still work for the session. */
export class MemoryFileStore implements FileStore {
  private readonly files = new Map<string, StoredFile>();
  async list(): Promise<StoredFile[]> {
    return [...this.files.values()];
  }
  async put(file: StoredFile): Promise<void> {
    this.files.set(file.name, file);
  }
  async remove(name: string): Promise<void> {
    this.files.delete(name);
  }
}

/** IndexedDB when the browser gives it, else memory; `persistent` says which, so the pane can tell the clerk. */
export async function openFileStore(): Promise<{ store: FileStore; persistent: boolean }> {
  if (typeof indexedDB === "undefined") return { store: new MemoryFileStore(), persistent: false };
  const store = new IdbFileStore();
  try {
    await store.list();
    return { store, persistent: true };
  } catch {
    return { store: new MemoryFileStore(), persistent: false };
  }
}
