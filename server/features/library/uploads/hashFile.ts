import { createHash } from 'node:crypto';
import fs from 'node:fs';

/** SHA-256 and size of a file, read as a stream. */
export async function hashFile(filePath: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(filePath)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha256: hash.digest('hex') };
}
