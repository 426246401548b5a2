import fs from 'node:fs';
import type { DocumentPreviewDto } from '@shared/schemas/documentPreview';
import { DomainError } from '../../errors';
import { docxToHtml } from './docxToHtml';
import { renderMarkdown, sanitizeFragment } from '../../lib/markdown';

/** Text read for a preview: enough for any report or presentation summary; longer files are cut. */
const MAX_TEXT_BYTES = 512 * 1024;
/** Word files larger than this are offered for download only. */
const MAX_DOCX_BYTES = 20 * 1024 * 1024;
/** Converted HTML is cut at this length (at a tag boundary, then sanitised, which closes what is open). */
const MAX_HTML_CHARS = 1_000_000;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The start of a text file, and whether there was more. */
async function readStart(filePath: string): Promise<{ text: string; truncated: boolean }> {
  const fh = await fs.promises.open(filePath, 'r');
  try {
    const size = (await fh.stat()).size;
    const buf = Buffer.alloc(Math.min(size, MAX_TEXT_BYTES));
    await fh.read(buf, 0, buf.length, 0);
    // A cut inside a multi-byte character leaves one replacement character at the end: drop it.
    const text = buf.toString('utf8').replace(/\uFFFD$/, '');
    return { text: text.replaceAll('\u0000', ''), truncated: size > MAX_TEXT_BYTES };
  } finally {
    await fh.close();
  }
}

/** A 415 with a message for the reader: the page offers the download instead. */
const noPreview = (message: string) => new DomainError('unsupported_media_type', message);

async function docxPreview(filePath: string): Promise<DocumentPreviewDto> {
  const { size } = await fs.promises.stat(filePath);
  if (size > MAX_DOCX_BYTES)
    throw noPreview('This Word file is too large to show in the page; download it to read it.');
  const html = await docxToHtml(filePath).catch(() => {
    throw noPreview('This Word file could not be shown in the page; download it to read it.');
  });
  const truncated = html.length > MAX_HTML_CHARS;
  const cut = truncated ? html.slice(0, html.lastIndexOf('<', MAX_HTML_CHARS)) : html;
  return { format: 'html', content: sanitizeFragment(cut), truncated };
}

/** Previews by file content (sha256): versions never change, and popular files are read often. */
const cache = new Map<string, DocumentPreviewDto>();
const CACHE_SIZE = 30;

/**
 * A stored file made readable in the page: Markdown rendered and sanitised, DOCX converted and
 * sanitised, plain text and CSV as text. Other types are refused (415): the browser shows PDFs and
 * images itself.
 */
export async function previewFile(
  filePath: string,
  mimeType: string,
  sha256: string,
): Promise<DocumentPreviewDto> {
  const key = `${mimeType}:${sha256}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let preview: DocumentPreviewDto;
  if (mimeType === DOCX) preview = await docxPreview(filePath);
  else if (mimeType === 'text/markdown') {
    const { text, truncated } = await readStart(filePath);
    preview = { format: 'html', content: renderMarkdown(text), truncated };
  } else if (mimeType === 'text/plain' || mimeType === 'text/csv') {
    const { text, truncated } = await readStart(filePath);
    preview = { format: 'text', content: text, truncated };
  } else throw noPreview('This type of file has no page preview; download it to read it.');
  cache.set(key, preview);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return preview;
}
