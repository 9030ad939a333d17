import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { LocalFileStorage } from './file-storage';

describe('LocalFileStorage', () => {
  let root: string;
  let storage: LocalFileStorage;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'lumen-files-'));
    storage = new LocalFileStorage(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores, reads back, replaces and deletes by key, leaving no partial file behind', async () => {
    await storage.put('cases/a1', new TextEncoder().encode('first'));
    await storage.put('cases/a1', new TextEncoder().encode('second'));
    expect(await text(storage.read('cases/a1'))).toBe('second');
    expect(await readdir(join(root, 'cases'))).toEqual(['a1']);
    await storage.delete('cases/a1');
    await expect(text(storage.read('cases/a1'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a key that would leave its root', () => {
    expect(() => storage.read('../etc/passwd')).toThrow(RangeError);
    expect(() => storage.read('cases/../../x')).toThrow(RangeError);
    expect(() => storage.read('/abs/path')).toThrow(RangeError);
  });
});
