import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Where uploaded bytes live: `tmp/` for uploads in flight, `objects/<aa>/<key>` for stored versions.
 * Keys are random; nothing a client sends ever becomes part of a path.
 */
export class FileStore {
  readonly tmpDir: string;
  readonly objectsDir: string;
  /** Uploads being written to tmp/, each until its file is complete or removed. */
  private readonly writing = new Set<Promise<void>>();

  constructor(readonly root: string) {
    this.tmpDir = path.join(root, 'tmp');
    this.objectsDir = path.join(root, 'objects');
    fs.mkdirSync(this.tmpDir, { recursive: true });
    fs.mkdirSync(this.objectsDir, { recursive: true });
  }

  newTempPath(): string {
    return path.join(this.tmpDir, `${randomBytes(16).toString('hex')}.part`);
  }

  /** Counts an upload as in flight until `work` (writing its temporary file, or removing it) ends. */
  track(work: Promise<void>): void {
    this.writing.add(work);
    const done = () => void this.writing.delete(work);
    work.then(done, done);
  }

  /**
   * Resolves once no upload is being written. At shutdown, after the connections were cut, this is
   * when every partial file has been removed.
   */
  async settled(): Promise<void> {
    while (this.writing.size) await Promise.allSettled([...this.writing]);
  }

  pathOf(storageKey: string): string {
    if (!/^[a-f0-9]{2}\/[a-f0-9]{32}$/.test(storageKey)) throw new Error('invalid storage key');
    return path.join(this.objectsDir, storageKey);
  }

  /** Moves a finished temporary file into place under a fresh key (same filesystem: a rename). */
  async adopt(tempPath: string): Promise<string> {
    const key = randomBytes(16).toString('hex');
    const storageKey = `${key.slice(0, 2)}/${key}`;
    const target = this.pathOf(storageKey);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await fs.promises.rename(tempPath, target);
    return storageKey;
  }

  async remove(filePath: string): Promise<void> {
    await fs.promises.rm(filePath, { force: true });
  }

  /** Deletes temporary files older than maxAgeMs (left by a crash mid-upload). */
  async sweepTemp(maxAgeMs: number): Promise<number> {
    const now = Date.now();
    let removed = 0;
    for (const name of await fs.promises.readdir(this.tmpDir)) {
      const p = path.join(this.tmpDir, name);
      const st = await fs.promises.stat(p).catch(() => null);
      if (st && now - st.mtimeMs > maxAgeMs) {
        await this.remove(p);
        removed++;
      }
    }
    return removed;
  }
}
