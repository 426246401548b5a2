import fs from 'node:fs';

/** Extracted text is capped so one huge file cannot bloat the database or the search index. */
const MAX_TEXT_CHARS = 1_000_000;
const MAX_EXTRACT_BYTES = 50 * 1024 * 1024;

export type Extraction =
  { status: 'done'; text: string } | { status: 'unsupported' } | { status: 'failed'; reason: string };

/** Reads the text of a PDF or DOCX file (in a worker thread: see TextExtractionWorker). */
export type BinaryTextReader = (filePath: string, kind: 'pdf' | 'docx') => Promise<string>;

const BINARY: Record<string, 'pdf' | 'docx'> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};
const PLAIN = new Set(['text/plain', 'text/markdown', 'text/csv']);

async function readTextFile(filePath: string): Promise<string> {
  const fh = await fs.promises.open(filePath, 'r');
  try {
    const buf = Buffer.alloc(Math.min((await fh.stat()).size, MAX_TEXT_CHARS * 4));
    await fh.read(buf, 0, buf.length, 0);
    return buf.toString('utf8');
  } finally {
    await fh.close();
  }
}

/**
 * Pulls searchable text out of PDF, DOCX, TXT, Markdown and CSV files; other types are
 * 'unsupported'. The type and size checks and plain text run here; only PDF and DOCX go to
 * `readBinary`, so an image or an oversized file never starts the extraction thread. There, what
 * a file decompresses to is bounded (uploads/decompressionLimits.ts): a zip or PDF bomb comes back
 * 'failed' with the limit it hit as the reason, and the file stays stored.
 */
export async function extractText(
  filePath: string,
  mimeType: string,
  readBinary: BinaryTextReader,
): Promise<Extraction> {
  const binary = BINARY[mimeType];
  if (!binary && !PLAIN.has(mimeType)) return { status: 'unsupported' };
  try {
    const { size } = await fs.promises.stat(filePath);
    if (size > MAX_EXTRACT_BYTES) return { status: 'failed', reason: 'file too large for text extraction' };
    const text = binary ? await readBinary(filePath, binary) : await readTextFile(filePath);
    return { status: 'done', text: text.replaceAll('\u0000', '').slice(0, MAX_TEXT_CHARS) };
  } catch (err) {
    return { status: 'failed', reason: err instanceof Error ? err.message : String(err) };
  }
}
