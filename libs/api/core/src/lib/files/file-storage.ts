import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where uploaded files (case attachments, claim photos, product media) live. The database keeps
 * the key and the metadata; the bytes are here. One interface so that an S3-compatible store can
 * be configured later without touching a feature: only `LocalFileStorage` exists today.
 */
export interface FileStorage {
  /** Stores the bytes under `key` (a relative path such as `cases/<uuid>`), replacing any before. */
  put(key: string, data: Uint8Array): Promise<void>;
  /** A stream of the stored bytes; rejects with code `ENOENT` when there are none. */
  read(key: string): Readable;
  delete(key: string): Promise<void>;
}

/** Injection token: `@Inject(FILE_STORAGE) storage: FileStorage`. */
export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** Keys are ours (prefix + uuid), but a key that climbs out of the root is refused all the same. */
const SAFE_KEY = /^[a-z0-9-]+(\/[A-Za-z0-9._-]+)+$/;

export class LocalFileStorage implements FileStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Written beside and renamed: a reader never sees half a file, a crash leaves no torn one.
    const partial = `${path}.${randomUUID()}.partial`;
    await writeFile(partial, data);
    await rename(partial, path);
  }

  read(key: string): Readable {
    return createReadStream(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    const path = join(this.root, key);
    if (!SAFE_KEY.test(key) || key.split('/').includes('..') || !path.startsWith(this.root + sep)) {
      throw new RangeError(`Not a storage key: ${key}`);
    }
    return path;
  }
}
