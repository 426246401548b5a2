import fs from 'node:fs';
import path from 'node:path';
import { fileTypeFromFile } from 'file-type';
import { ACCEPTED_FILE_TYPES } from '@shared/schemas/document';

export type AcceptedMime = keyof typeof ACCEPTED_FILE_TYPES;

const TEXT_BY_EXTENSION: Record<string, AcceptedMime> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.csv': 'text/csv',
};

const SNIFF_BYTES = 64 * 1024;

/** True when the first bytes decode as UTF-8 text with no NUL bytes (binary files nearly always have some). */
async function looksLikeText(filePath: string): Promise<boolean> {
  const fh = await fs.promises.open(filePath, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
    const head = buf.subarray(0, bytesRead);
    if (head.includes(0)) return false;
    try {
      // A multi-byte character may be cut at the end of the sample: drop up to 3 trailing bytes.
      new TextDecoder('utf-8', { fatal: true }).decode(bytesRead === SNIFF_BYTES ? head.subarray(0, bytesRead - 3) : head);
      return true;
    } catch {
      return false;
    }
  } finally {
    await fh.close();
  }
}

/**
 * Decides a stored file's type from its bytes, never from the client's name or MIME type.
 * Plain-text formats have no magic bytes, so for them the extension picks among text types,
 * and only after the bytes proved to be text. Returns null for anything not accepted.
 */
export async function sniffFileType(filePath: string, originalName: string): Promise<AcceptedMime | null> {
  const detected = await fileTypeFromFile(filePath);
  if (detected) return detected.mime in ACCEPTED_FILE_TYPES ? (detected.mime as AcceptedMime) : null;
  const textType = TEXT_BY_EXTENSION[path.extname(originalName).toLowerCase()];
  if (!textType) return null;
  return (await looksLikeText(filePath)) ? textType : null;
}
