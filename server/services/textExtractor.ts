import fs from 'node:fs';
import { PDFParse } from 'pdf-parse';
import mammoth from 'mammoth';

/** Extracted text is capped so one huge file cannot bloat the database or the search index. */
export const MAX_TEXT_CHARS = 1_000_000;
const MAX_EXTRACT_BYTES = 50 * 1024 * 1024;

export type Extraction =
  { status: 'done'; text: string } | { status: 'unsupported' } | { status: 'failed'; reason: string };

const EXTRACTABLE = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
  'text/markdown',
  'text/csv',
]);

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

async function extractPdf(filePath: string): Promise<string> {
  const parser = new PDFParse({ data: await fs.promises.readFile(filePath) });
  try {
    // pdf-parse marks page breaks with "-- n of m --" lines; they are not the document's words.
    return (await parser.getText()).text.replace(/\n*-- \d+ of \d+ --\n*/g, '\n');
  } finally {
    await parser.destroy();
  }
}

/** Pulls searchable text out of PDF, DOCX, TXT, Markdown and CSV files; other types are 'unsupported'. */
export async function extractText(filePath: string, mimeType: string): Promise<Extraction> {
  if (!EXTRACTABLE.has(mimeType)) return { status: 'unsupported' };
  try {
    const { size } = await fs.promises.stat(filePath);
    if (size > MAX_EXTRACT_BYTES) return { status: 'failed', reason: 'file too large for text extraction' };
    let text: string;
    if (mimeType === 'application/pdf') text = await extractPdf(filePath);
    else if (mimeType.startsWith('text/')) text = await readTextFile(filePath);
    else text = (await mammoth.extractRawText({ path: filePath })).value;
    return { status: 'done', text: text.replaceAll('\u0000', '').slice(0, MAX_TEXT_CHARS) };
  } catch (err) {
    return { status: 'failed', reason: err instanceof Error ? err.message : String(err) };
  }
}
