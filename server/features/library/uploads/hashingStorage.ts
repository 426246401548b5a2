import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import type { StorageEngine } from 'multer';
import type { FileStore } from './fileStore';

export interface StoredTempFile {
  path: string;
  size: number;
  sha256: string;
}

/**
 * A multer storage engine that streams each file to a temporary file while computing its SHA-256
 * and size, so nothing is ever held whole in memory. If the client goes away mid-upload the stream
 * is destroyed and the partial file deleted.
 */
export function hashingStorage(store: FileStore): StorageEngine {
  return {
    _handleFile(req: Request, file, cb) {
      const tempPath = store.newTempPath();
      const hash = createHash('sha256');
      let size = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      // 'close' also fires after a complete request; only an incomplete body means the client left.
      const onAbort = () => {
        if (!req.complete) file.stream.destroy(new Error('upload aborted by the client'));
      };
      req.once('close', onAbort);
      // Tracked until the file is complete or removed: shutdown waits for that (FileStore.settled).
      store.track(
        pipeline(file.stream, meter, fs.createWriteStream(tempPath, { flags: 'wx' })).then(
          () => {
            req.off('close', onAbort);
            const stored: StoredTempFile = { path: tempPath, size, sha256: hash.digest('hex') };
            cb(null, stored as unknown as Partial<Express.Multer.File>);
          },
          async (err: Error) => {
            req.off('close', onAbort);
            await store.remove(tempPath).catch(() => undefined);
            cb(err);
          },
        ),
      );
    },
    _removeFile(_req, file, cb) {
      store.remove((file as unknown as StoredTempFile).path).then(() => cb(null), cb);
    },
  };
}
