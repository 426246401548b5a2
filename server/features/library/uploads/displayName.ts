import path from 'node:path';
import type { AcceptedMime } from './fileSniffer';

/**
 * Characters a display name never keeps: control characters (C0, C1), line and paragraph
 * separators, lone surrogates, and invisible format characters (Unicode category Cf): the bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F,
 * U+061C) that make `invoice‮fdp.exe` read as `invoiceexe.pdf`, zero-width spaces, soft hyphens,
 * byte-order marks, tag characters. Zero-width (non-)joiners (U+200C, U+200D) stay: Persian and
 * Indic spellings and emoji need them, and they reorder nothing.
 */
const INVISIBLE = /[\p{Cc}\p{Zl}\p{Zp}\p{Cs}]|(?![\u200c\u200d])\p{Cf}/gu;

/** Display text (a title, a file name) without control and invisible format characters, trimmed. */
export const cleanDisplayText = (text: string): string => text.replace(INVISIBLE, '').trim();

/** The extensions each accepted type is shown with; the first is added when a name's contradicts its type. */
const EXTENSIONS: Record<AcceptedMime, readonly string[]> = {
  'application/pdf': ['.pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['.pptx'],
  'application/vnd.oasis.opendocument.text': ['.odt'],
  'text/plain': ['.txt'],
  'text/markdown': ['.md', '.markdown'],
  'text/csv': ['.csv'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
};

const MAX_NAME_CHARS = 200;

/**
 * The name a stored file is shown and downloaded under: the client's name without directories,
 * control or invisible format characters, trailing dots or spaces (which Windows drops, turning
 * `x.html.` into `x.html`), at most 200 characters (the end kept, so the extension survives). An
 * extension that contradicts the type sniffed from the bytes gets the type's own appended
 * (`x.html` holding a PNG is `x.html.png`), so the saved file never opens as something else; a
 * name without any extension is kept as it is. Idempotent: applying it to its result changes nothing.
 */
export function displayFilename(original: string, mimeType: string): string {
  const base = cleanDisplayText(path.posix.basename(original.replace(/\\/g, '/'))).replace(/[. ]+$/, '');
  const allowed = (EXTENSIONS as Record<string, readonly string[] | undefined>)[mimeType];
  const dot = base.lastIndexOf('.');
  const extension = dot === -1 ? '' : base.slice(dot).toLowerCase();
  const suffix = allowed && (base === '' || (extension !== '' && !allowed.includes(extension))) ? allowed[0]! : '';
  const stem = base || 'file';
  // Cut by characters (code points), from the start, so neither a surrogate pair nor the extension is split.
  const chars = [...stem];
  return chars.slice(Math.max(0, chars.length - (MAX_NAME_CHARS - suffix.length))).join('') + suffix;
}
